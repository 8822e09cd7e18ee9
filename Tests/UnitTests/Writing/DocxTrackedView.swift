import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// Reads a .docx written by DraftDiff the way Word shows it with every change accepted or rejected:
/// a test's independent check of the tracked changes, on the XML itself.
struct DocxTrackedView {
    var parts: [String: Data]

    init(_ bytes: [UInt8]) throws {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = data
        }
        self.parts = parts
    }

    func document(_ name: String) throws -> XMLDocument {
        try XMLDocument(data: parts[name] ?? Data(), options: [])
    }

    /// The body paragraphs' texts (tables left out), with typed labels removed and empty paragraphs dropped.
    func paragraphs(accepted: Bool) throws -> [String] {
        let body = try document("word/document.xml").rootElement()!.elements(forName: "w:body")[0]
        var texts: [String] = []
        var pending = ""
        for paragraph in body.elements(forName: "w:p") {
            pending += text(of: paragraph, accepted: accepted)
            if markSurvives(paragraph, accepted: accepted) {
                texts.append(pending)
                pending = ""
            }
        }
        if !pending.isEmpty { texts.append(pending) }
        return texts.map(Self.withoutTypedLabel).filter { !$0.isEmpty }
    }

    /// The footnotes' texts in the order their surviving reference marks appear.
    func footnotes(accepted: Bool) throws -> [String] {
        guard parts["word/footnotes.xml"] != nil else { return [] }
        var byID: [String: String] = [:]
        for footnote in try document("word/footnotes.xml").rootElement()!.elements(forName: "w:footnote") {
            let id = footnote.attribute(forName: "w:id")?.stringValue ?? ""
            byID[id] = footnote.elements(forName: "w:p").map { text(of: $0, accepted: accepted) }.joined(separator: "\n")
        }
        let body = try document("word/document.xml")
        let references = try body.nodes(forXPath: "//*[local-name()='footnoteReference']").compactMap { $0 as? XMLElement }
        return references.filter { survives($0, accepted: accepted) }.compactMap {
            byID[$0.attribute(forName: "w:id")?.stringValue ?? ""]
        }
    }

    /// The text of a paragraph's runs that survive.
    func text(of paragraph: XMLElement, accepted: Bool) -> String {
        var out = ""
        func walk(_ node: XMLNode) {
            guard let element = node as? XMLElement else { return }
            switch element.name ?? "" {
            case "w:pPr", "w:rPr": return
            case "w:t", "w:delText": if survives(element, accepted: accepted) { out += element.stringValue ?? "" }
            case "w:tab": if survives(element, accepted: accepted) { out += "\t" }
            case "w:br": if survives(element, accepted: accepted) { out += "\n" }
            default: for child in element.children ?? [] { walk(child) }
            }
        }
        walk(paragraph)
        return out
    }

    /// Whether content survives: inside w:ins/w:moveTo it is gone when rejected, inside w:del/w:moveFrom when accepted.
    func survives(_ node: XMLNode, accepted: Bool) -> Bool {
        var current = node.parent
        while let element = current as? XMLElement {
            switch element.name ?? "" {
            case "w:ins", "w:moveTo": return accepted
            case "w:del", "w:moveFrom": return !accepted
            default: current = element.parent
            }
        }
        return true
    }

    private func markSurvives(_ paragraph: XMLElement, accepted: Bool) -> Bool {
        let marks = paragraph.elements(forName: "w:pPr").flatMap { $0.elements(forName: "w:rPr") }
        for mark in marks {
            if !mark.elements(forName: "w:ins").isEmpty || !mark.elements(forName: "w:moveTo").isEmpty { return accepted }
            if !mark.elements(forName: "w:del").isEmpty || !mark.elements(forName: "w:moveFrom").isEmpty { return !accepted }
        }
        return true
    }

    static func withoutTypedLabel(_ text: String) -> String {
        guard let tab = text.firstIndex(of: "\t"), text.distance(from: text.startIndex, to: tab) <= 9,
              text[..<tab].hasSuffix("."), !text[..<tab].contains(" ") else { return text }
        return String(text[text.index(after: tab)...])
    }
}
