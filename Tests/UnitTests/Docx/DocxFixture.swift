import Foundation
import DraftDiff
import ZIPFoundation

/// Small .docx packages built in memory by the tests themselves, and quick ways to read them.
enum DocxFixture {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// A zip archive holding `parts` (name → bytes), in memory.
    static func zip(_ parts: [(String, [UInt8])]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (name, bytes) in parts {
            let data = Data(bytes)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: Date(timeIntervalSince1970: 0), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](archive.data ?? Data())
    }

    /// A package with a main part `word/document.xml` whose body is `body`, and optional
    /// styles, numbering, footnotes and endnotes parts (their inner XML).
    static func docx(body: String, styles: String? = nil, numbering: String? = nil,
                     footnotes: String? = nil, endnotes: String? = nil, rootAttributes: String = "") throws -> [UInt8] {
        var parts: [(String, [UInt8])] = [
            ("[Content_Types].xml", Array(contentTypes.utf8)),
            ("_rels/.rels", Array(packageRelationships(target: "word/document.xml").utf8)),
            ("word/document.xml", Array(part("document", "<w:body>\(body)</w:body>", rootAttributes).utf8)),
        ]
        var relationships: [String] = []
        for (role, name, content) in [("styles", "styles", styles), ("numbering", "numbering", numbering),
                                      ("footnotes", "footnotes", footnotes), ("endnotes", "endnotes", endnotes)] {
            guard let content else { continue }
            relationships.append(#"<Relationship Id="r\#(role)" Type="\#(relationshipTypes)/\#(role)" Target="\#(name).xml"/>"#)
            parts.append(("word/\(name).xml", Array(part(name, content).utf8)))
        }
        let rels = #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + relationships.joined() + "</Relationships>"
        parts.append(("word/_rels/document.xml.rels", Array(rels.utf8)))
        return try zip(parts)
    }

    static func part(_ root: String, _ content: String, _ attributes: String = "") -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:\#(root) xmlns:w="\#(w)" \#(attributes)>\#(content)</w:\#(root)>"#
    }

    static func packageRelationships(target: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(relationshipTypes)/officeDocument" Target="\#(target)"/></Relationships>"#
    }

    static let contentTypes = #"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#

    /// A paragraph of plain runs: `p("Hello")`, with optional inner `w:pPr` content.
    static func p(_ text: String, properties: String = "") -> String {
        "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>") + run(text) + "</w:p>"
    }

    static func run(_ text: String) -> String {
        text.isEmpty ? "" : #"<w:r><w:t xml:space="preserve">\#(text)</w:t></w:r>"#
    }

    /// A numbered paragraph.
    static func numbered(_ text: String, numID: Int, level: Int = 0) -> String {
        p(text, properties: "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(numID)\"/></w:numPr>")
    }

    /// Reads a package.
    static func read(_ bytes: [UInt8], view: TrackedChangesView = .accepted, maximumPartSize: Int = 512 * 1024 * 1024) throws -> SourceDocument {
        try DocxReader(options: DocxReadOptions(view: view, maximumPartSize: maximumPartSize)).read(bytes, file: "test.docx")
    }

    /// The paragraphs of a package.
    static func paragraphs(_ bytes: [UInt8], view: TrackedChangesView = .accepted) throws -> [SourceParagraph] {
        try read(bytes, view: view).paragraphs
    }

    /// The paragraph texts of a package.
    static func texts(_ bytes: [UInt8], view: TrackedChangesView = .accepted) throws -> [String] {
        try paragraphs(bytes, view: view).map(\.text)
    }

    /// The error reading `bytes` throws (nil when it reads), as a `ReadError`.
    static func readError(_ bytes: [UInt8], maximumPartSize: Int = 512 * 1024 * 1024) -> ReadError? {
        do {
            _ = try DraftReader(docxOptions: DocxReadOptions(maximumPartSize: maximumPartSize)).sourceDocument(bytes: bytes, file: "hostile.docx")
            return nil
        } catch {
            return error
        }
    }
}

extension SourceDocument {
    var paragraphs: [SourceParagraph] {
        units.compactMap { if case .paragraph(let paragraph) = $0 { return paragraph } else { return nil } }
    }

    var tables: [Table] {
        units.compactMap { if case .table(let table, _) = $0 { return table } else { return nil } }
    }
}
