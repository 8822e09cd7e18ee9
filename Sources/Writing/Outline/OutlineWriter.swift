import DraftModel

/// The structure of a Draft as a person reads it in a terminal: a summary line, then one line
/// per block (kind, label, first words, footnote marks) indented by level, then the footnotes.
public struct OutlineWriter: Sendable {
    /// How many characters of each block's text to show.
    public var width: Int

    public init(width: Int = 72) {
        self.width = width
    }

    public func write(_ draft: Draft) -> String {
        var out = summary(draft) + "\n\n"
        for block in draft.blocks {
            line(for: block, in: draft, into: &out)
            for sub in block.subparagraphs { line(for: sub, in: draft, into: &out) }
        }
        if !draft.footnotes.isEmpty {
            out += "\nfootnotes\n"
            for footnote in draft.footnotes {
                let paragraphs = footnote.text.split(separator: "\n", omittingEmptySubsequences: false).count
                let more = paragraphs > 1 ? " (\(paragraphs) paragraphs)" : ""
                out += "  [\(footnote.number)] \(excerpt(footnote.text))\(more)\n"
            }
        }
        return out
    }

    /// "csh.txt: fr, 5 title lines, 4 preamble, marker, 28 headings, 114 paragraphs (60 sub), 1 table, 7 footnotes".
    public func summary(_ draft: Draft) -> String {
        var counts: [BlockKind: Int] = [:]
        var subparagraphs = 0
        for block in draft.blocks {
            counts[block.kind, default: 0] += 1
            subparagraphs += block.subparagraphs.count
        }
        var parts: [String] = []
        if let language = draft.metadata.language { parts.append(language.rawValue) }
        parts.append(Self.count(counts[.title] ?? 0, "title line"))
        parts.append(Self.count(counts[.preamble] ?? 0, "preamble paragraph"))
        parts.append(counts[.operativeMarker] == nil ? "no operative marker" : "operative marker")
        parts.append(Self.count(counts[.heading] ?? 0, "heading"))
        parts.append(Self.count(counts[.paragraph] ?? 0, "paragraph") + " (" + Self.count(subparagraphs, "sub-paragraph") + ")")
        parts.append(Self.count(counts[.table] ?? 0, "table"))
        parts.append(Self.count(draft.footnotes.count, "footnote"))
        if !draft.metadata.jobCodes.isEmpty { parts.append("job code \(draft.metadata.jobCodes.joined(separator: ", "))") }
        return "\(draft.source.path): " + parts.joined(separator: ", ")
    }

    /// "1 table", "7 footnotes".
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)" + (number == 1 ? "" : "s")
    }

    private func line(for block: Block, in draft: Draft, into out: inout String) {
        var head = String(repeating: "  ", count: block.level) + block.kind.rawValue
        if let label = block.label { head += " " + label }
        if let printed = block.printedLabel, block.label == nil { head += " (printed \(printed).)" }
        let padded = head.count < 24 ? head + String(repeating: " ", count: 24 - head.count) : head + " "
        var text: String
        if let table = block.table {
            text = "\(table.columnCount) columns × \(table.rows.count - table.headerRowCount) rows"
            if table.headerRowCount > 0 { text += " + \(table.headerRowCount) header row" }
            if let header = table.rows.first { text += ": " + header.joined(separator: " | ") }
            text = excerpt(text)
        } else {
            text = excerpt(block.text)
        }
        let marks = block.footnoteAnchors.compactMap { draft.footnote(id: $0.footnoteID)?.number }.map { "[\($0)]" }.joined()
        out += padded + text + (marks.isEmpty ? "" : " " + marks) + "\n"
    }

    /// The text on one line (line breaks and tabs as spaces), cut to `width` characters with "…".
    private func excerpt(_ text: String) -> String {
        // Characters are walked only as far as the width: a paragraph may be a megabyte long.
        var kept = text[...]
        if let end = text.index(text.startIndex, offsetBy: width, limitedBy: text.endIndex), end < text.endIndex {
            kept = text[..<text.index(text.startIndex, offsetBy: max(width - 1, 0))]
        }
        var flat = kept.utf8.contains(where: { $0 == 0x0A || $0 == 0x09 })
            ? String(kept.map { $0 == "\n" || $0 == "\t" ? " " : $0 }) : String(kept)
        if kept.endIndex < text.endIndex { flat += "…" }
        return flat
    }
}
