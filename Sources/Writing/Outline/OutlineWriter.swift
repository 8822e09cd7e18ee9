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
        var numbers: [String: Int] = [:]
        for footnote in draft.footnotes where numbers[footnote.id] == nil { numbers[footnote.id] = footnote.number }
        for block in draft.blocks {
            line(for: block, numbers: numbers, into: &out)
            for sub in block.subparagraphs { line(for: sub, numbers: numbers, into: &out) }
        }
        if !draft.footnotes.isEmpty {
            out += "\nfootnotes\n"
            for footnote in draft.footnotes {
                let paragraphs = Self.lineCount(footnote.text)
                out += "  [\(footnote.number)] "
                out += excerpt(footnote.text)
                if paragraphs > 1 { out += " (\(paragraphs) paragraphs)" }
                out += "\n"
            }
        }
        return out
    }

    /// How many lines `text` has: its "\n" characters plus one (a "\r\n" is one character, not a "\n").
    static func lineCount(_ text: String) -> Int {
        var count = 1
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x0A, previous != 0x0D { count += 1 }
            previous = byte
        }
        return count
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

    /// `numbers`: each footnote's number by its id (the first footnote of an id, as `Draft.footnote(id:)`).
    private func line(for block: Block, numbers: [String: Int], into out: inout String) {
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
        out += padded
        out += text
        var marked = false
        for anchor in block.footnoteAnchors {
            guard let number = numbers[anchor.footnoteID] else { continue }
            out += marked ? "[\(number)]" : " [\(number)]"
            marked = true
        }
        out += "\n"
    }

    /// Where `text` is cut, told from its UTF-8 bytes when its first `width + 1` scalars are each a
    /// character of their own (`standsAlone`). The offset after `width - 1` characters when more than
    /// `width` follow, nil when all fit; nil (no answer) when the bytes cannot tell.
    static func simpleCut(_ text: String, width: Int) -> Int?? {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Int?? in
            var scalar = 0
            var offset = 0
            var keep = 0
            while offset < bytes.count {
                let lead = bytes[offset]
                let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                guard offset + length <= bytes.count, standsAlone(bytes, at: offset, length: length) else { return nil }
                if scalar == width - 1 { keep = offset }
                if scalar == width { return .some(keep) }
                scalar += 1
                offset += length
            }
            return .some(nil)
        }
        return answer ?? nil
    }

    /// Whether the scalar at `offset` is a character of its own whatever comes before or after: below
    /// U+0300 and not CR, or common punctuation and currency signs (U+2010–2027, U+2030–205E,
    /// U+20A0–20CF). Combining marks, joiners and every other scalar that can join a character are elsewhere.
    private static func standsAlone(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, length: Int) -> Bool {
        let lead = bytes[offset]
        switch length {
        case 1: return lead != 0x0D
        case 2: return lead < 0xCC
        case 3:
            guard lead == 0xE2 else { return false }
            let value = 0x2000 | (Int(bytes[offset + 1] & 0x3F) << 6) | Int(bytes[offset + 2] & 0x3F)
            return (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value) || (0x20A0...0x20CF).contains(value)
        default: return false
        }
    }

    /// The text on one line (line breaks and tabs as spaces), cut to `width` characters with "…".
    private func excerpt(_ text: String) -> String {
        // Characters are walked only as far as the width: a paragraph may be a megabyte long.
        var kept = text[...]
        if let cut = Self.simpleCut(text, width: width) {
            if let keep = cut { kept = text[..<text.utf8.index(text.utf8.startIndex, offsetBy: keep)] }
        } else if let end = text.index(text.startIndex, offsetBy: width, limitedBy: text.endIndex), end < text.endIndex {
            kept = width > 0 ? text[..<text.index(before: end)] : text[..<end]
        }
        // A line break, with the blanks around it, is one space.
        var flat = kept.utf8.contains(where: { $0 == 0x0A || $0 == 0x09 })
            ? String(String(kept).onOneLine.map { $0 == "\t" ? " " : $0 }) : String(kept)
        if kept.endIndex < text.endIndex { flat += "…" }
        return flat
    }
}
