import Foundation
import DraftModel

/// A Draft as plain text in the style of Word's text export, so a consolidated draft can be used
/// as the inputs are: blank lines between paragraphs, "N.\t" before operative paragraphs, "a. "
/// before sub-paragraphs, leading tabs on the preamble, tables one cell per line, footnotes as
/// `[footnoteRef:N]/` marks with their full text inline (`[N: .\ttext]`).
///
/// DraftDiff's own plain-text reader reads the result back to the same blocks, labels and texts.
public struct DraftTextWriter: Sendable {
    public init() {}

    public func write(_ draft: Draft) -> String {
        var out = ""
        var previous: BlockKind?
        for block in draft.blocks {
            if !out.isEmpty { out += previous == .heading && block.kind == .paragraph ? "\n" : (block.kind == .heading ? "\n\n" : "\n") }
            write(block, in: draft, into: &out)
            previous = block.kind
        }
        out += notesSection(draft)
        if !draft.metadata.jobCodes.isEmpty {
            // Word prints the job code in small print after the last sentence; its text export glues it on.
            while let last = out.last, last.isWhitespace { out.removeLast() }
            out += draft.metadata.jobCodes.joined(separator: " ") + "\n"
        }
        return out
    }

    /// Footnotes of several paragraphs do not fit on one line: like Word, cut them at "…" and
    /// continue them in the notes list at the end, numbered as printed.
    private func notesSection(_ draft: Draft) -> String {
        var notes = ""
        for (index, id) in referenceOrder(draft).enumerated() {
            guard let footnote = draft.footnote(id: id), let cut = FootnoteCut(footnote.text) else { continue }
            notes += "\(index + 1).\t… " + cut.tail.replacingOccurrences(of: "\n", with: "\n\n\t") + "\n\n"
        }
        guard !notes.isEmpty else { return "" }
        let heading: String
        switch draft.metadata.language {
        case .english?: heading = "FOOTNOTES"
        case .spanish?: heading = "NOTAS DE PIE DE PÁGINA"
        case .portuguese?: heading = "NOTAS DE RODAPÉ"
        default: heading = "NOTES DE BAS DE PAGE"
        }
        return "\n\n\n" + heading + "\n\n\n" + notes
    }

    private func referenceOrder(_ draft: Draft) -> [String] {
        var seen: Set<String> = []
        var order: [String] = []
        draft.forEachFootnoteAnchor { anchor, _ in
            if seen.insert(anchor.footnoteID).inserted { order.append(anchor.footnoteID) }
        }
        return order
    }

    private func write(_ block: Block, in draft: Draft, into out: inout String) {
        switch block.kind {
        case .title, .operativeMarker:
            out += text(of: block, in: draft) + "\n"
        case .preamble:
            out += "\t" + text(of: block, in: draft) + "\n"
        case .heading:
            let label = block.label.map { $0 + ".\t" } ?? block.printedLabel.map { $0 + ". " } ?? ""
            out += label + text(of: block, in: draft) + "\n"
        case .paragraph:
            out += (block.label.map { $0 + ".\t" } ?? "") + text(of: block, in: draft) + "\n"
            if !block.subparagraphs.isEmpty {
                out += "\n"
                for sub in block.subparagraphs { out += (sub.label.map { $0 + ". " } ?? "") + text(of: sub, in: draft) + "\n" }
            }
        case .table:
            guard let table = block.table else { return }
            for (index, row) in table.rows.enumerated() {
                if index > 0 { out += "\n" }
                for cell in row { out += "\t" + cell + "\n" }
            }
        }
    }

    /// The block's text with footnote marks at their anchors and the footnote texts after it.
    private func text(of block: Block, in draft: Draft) -> String {
        guard !block.footnoteAnchors.isEmpty else { return block.text }
        var scalars = Array(block.text.unicodeScalars)
        var notes = ""
        // Marks at the same place keep their order: insert from the last one backwards.
        let ordered = block.footnoteAnchors.enumerated().sorted { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }
        for anchor in ordered.reversed().map(\.element) {
            let offset = Swift.min(anchor.offset, scalars.count)
            scalars.insert(contentsOf: "[footnoteRef:\(anchor.footnoteID)]/".unicodeScalars, at: offset)
        }
        for anchor in block.footnoteAnchors {
            let text = draft.footnote(id: anchor.footnoteID)?.text ?? ""
            let inline = FootnoteCut(text).map { $0.head + " …" } ?? text
            notes += " [\(anchor.footnoteID): .\t\(inline)] "
        }
        return String(String.UnicodeScalarView(scalars)) + notes
    }
}

/// A footnote of several paragraphs split where the reader joins it again: the head ends before
/// the last word of the first paragraph, the tail starts with that word.
struct FootnoteCut {
    var head: String
    var tail: String

    init?(_ text: String) {
        guard let newline = text.firstIndex(of: "\n") else { return nil }
        let first = text[..<newline]
        guard let space = first.lastIndex(of: " "), space > first.startIndex,
              !first[first.startIndex..<space].hasSuffix(" "), first.index(after: space) < newline else { return nil }
        head = String(first[..<space])
        tail = String(text[text.index(after: space)...])
    }
}
