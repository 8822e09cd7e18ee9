import DraftModel
import DraftStructure
import UTF8Text

/// Reads plain text as Word exports it ("Plain Text" or "Unicode Text") into a `SourceDocument`.
///
/// Handles UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252; CRLF, CR and LF; removes
/// `[bookmark: …]`; turns `[footnoteRef:N]/` and `[N: …]` into footnotes, joining texts cut at
/// "…" with their continuation in the trailing notes list; reads one-cell-per-line tables.
public struct PlainTextReader: Sendable {
    public init() {}

    /// Reads `bytes`; `file` names the source in errors and in the result.
    public func read(_ bytes: [UInt8], file: String) throws(ReadError) -> SourceDocument {
        let (text, _) = try TextEncoding.decode(bytes, file: file)
        let lines = SourceLine.split(text)
        guard lines.contains(where: { !$0.isBlank }) else { throw ReadError.empty(file: file) }

        let notesStart = lines.lastIndex { !$0.isBlank && LanguageCues.isNotesHeading($0.text) } ?? lines.count
        var units: [SourceUnit] = []
        var definitions: [String: (text: String, line: Int)] = [:]
        var referenceOrder: [String] = []
        var blanks = 0
        var index = 0
        while index < notesStart {
            let line = lines[index]
            if line.text.isEmpty || (line.isBlank && !line.startsWithTab) {
                blanks += 1
                index += 1
                continue
            }
            if let found = TableDetector.table(in: lines[..<notesStart], at: index) {
                units.append(.table(found.table, found.location))
                index = found.end
                blanks = 0
                continue
            }
            if line.isBlank { blanks += 1; index += 1; continue }
            var paragraph = CleanedLine(line.text)
            var last = line.number
            while index + 1 < notesStart, PlainTextReader.continues(paragraph.text, with: lines[index + 1]) {
                index += 1
                let next = CleanedLine(lines[index].text)
                if !next.anchors.isEmpty {
                    let shift = paragraph.text.unicodeScalarCount + 1
                    paragraph.anchors += next.anchors.map { FootnoteAnchor(footnoteID: $0.footnoteID, offset: $0.offset + shift) }
                }
                paragraph.text += "\n" + next.text
                paragraph.definitions += next.definitions
                last = lines[index].number
            }
            for anchor in paragraph.anchors where !referenceOrder.contains(anchor.footnoteID) { referenceOrder.append(anchor.footnoteID) }
            for definition in paragraph.definitions { definitions[definition.id] = (definition.text, line.number) }
            units.append(.paragraph(SourceParagraph(
                text: paragraph.text, footnoteAnchors: paragraph.anchors,
                location: SourceLines(first: line.number, last: last), blankLinesBefore: blanks)))
            blanks = 0
            index += 1
        }

        var footnotes: [Footnote] = []
        for id in referenceOrder + definitions.keys.sorted().filter({ !referenceOrder.contains($0) }) {
            let definition = definitions[id]
            footnotes.append(Footnote(id: id, number: footnotes.count + 1, text: definition?.text ?? "",
                                      location: SourceLines(line: definition?.line ?? 0)))
        }
        if notesStart < lines.count {
            footnotes = FootnoteContinuations(lines: lines[(notesStart + 1)...]).completing(footnotes)
        }
        return SourceDocument(source: DraftSource(path: file, format: .plainText), units: units, footnotes: footnotes)
    }

    /// Whether `next` continues the paragraph (a line break inside it) rather than starting a new one:
    /// the paragraph has no final punctuation and the next line carries no label.
    static func continues(_ text: String, with next: SourceLine) -> Bool {
        guard !next.isBlank, !text.isEmpty else { return false }
        guard !Characters.endsWithTerminalPunctuation(text), !text.hasSuffix(",") else { return false }
        if let first = next.text.first, first == "\t" || first == " " { return false }
        return TypedLabel.parse(next.text) == nil && !LanguageCues.isOperativeMarker(next.text)
    }
}
