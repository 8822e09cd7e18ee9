import DraftModel
import DraftStructure

/// Turns walked blocks into the `SourceDocument`'s units, in document order: the printed
/// numbering and heading level of every paragraph, blank paragraphs counted rather than kept,
/// tables as rows of cell texts, and footnotes numbered in the order their marks appear.
struct SourceAssembler {
    private var counters: ListCounters
    private let styles: StyleSheet
    private let notes: NoteParts
    private let view: TrackedChangesView
    /// Every note referenced so far, in order of first reference.
    private(set) var footnotes: [Footnote] = []
    private var numbered: Set<String> = []

    init(styles: StyleSheet, numbering: NumberingDefinitions, notes: NoteParts, view: TrackedChangesView) {
        self.counters = ListCounters(definitions: numbering, styles: styles)
        self.styles = styles
        self.notes = notes
        self.view = view
    }

    /// The units of `parts`, the blocks of a body read in one part or more, in order.
    mutating func units(_ parts: [[RawBlock]]) -> [SourceUnit] {
        var units: [SourceUnit] = []
        // Grown once: each doubling of a large array is fresh memory, which the kernel zeroes page by page.
        units.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        var blankLines = 0
        for block in parts.joined() {
            switch block {
            case .paragraph(let raw):
                var paragraph = self.paragraph(raw)
                if paragraph.text.isAllWhitespace, paragraph.footnoteAnchors.isEmpty, paragraph.numbering == nil {
                    blankLines += 1
                    continue
                }
                paragraph.blankLinesBefore = blankLines
                units.append(.paragraph(paragraph))
            case .table(let raw):
                units.append(.table(table(raw), SourceLines(first: raw.first, last: raw.last)))
            }
            blankLines = 0
        }
        return units
    }

    private mutating func paragraph(_ raw: RawParagraph) -> SourceParagraph {
        let numbering = counters.next(for: raw.properties)
        let anchors = raw.references.map { reference in
            register(reference, at: SourceLines(first: raw.first, last: raw.last))
            return FootnoteAnchor(footnoteID: NoteParts.draftID(reference), offset: reference.offset)
        }
        return SourceParagraph(
            text: raw.text, numbering: numbering?.label, numberingLevel: numbering?.level,
            headingLevel: styles.headingLevel(for: raw.properties), footnoteAnchors: anchors,
            location: SourceLines(first: raw.first, last: raw.last))
    }

    private mutating func table(_ raw: RawTable) -> Table {
        Table(rows: raw.rows.map { row in row.map { cellText($0) } }, headerRowCount: raw.headerRowCount)
    }

    /// A cell's paragraphs (with their printed numbers) and nested tables, one per line.
    private mutating func cellText(_ blocks: [RawBlock]) -> String {
        var lines: [String] = []
        for block in blocks {
            switch block {
            case .paragraph(let raw):
                let paragraph = self.paragraph(raw)
                lines.append(paragraph.numbering.map { $0 + " " + paragraph.text } ?? paragraph.text)
            case .table(let raw):
                lines += table(raw).rows.map { $0.joined(separator: "\t") }
            }
        }
        return Self.trimmedLines(lines)
    }

    /// Numbers a note at its first reference and reads its text.
    private mutating func register(_ reference: NoteReference, at location: SourceLines) {
        let id = NoteParts.draftID(reference)
        guard !numbered.contains(id) else { return }
        numbered.insert(id)
        var text = ""
        if let note = notes.note(reference) {
            var walker = ContentWalker(view: view, scope: notes.scope)
            text = Self.plainText(walker.blocks(in: note))
        }
        footnotes.append(Footnote(id: id, number: footnotes.count + 1, text: text, location: location))
    }

    /// Text of blocks outside the numbering flow (notes): paragraphs and table rows, one per line.
    static func plainText(_ blocks: [RawBlock]) -> String {
        var lines: [String] = []
        for block in blocks {
            switch block {
            case .paragraph(let raw): lines.append(raw.text)
            case .table(let raw): lines += raw.rows.map { row in row.map { plainText($0) }.joined(separator: "\t") }
            }
        }
        return trimmedLines(lines)
    }

    /// Lines without surrounding white space, empty ones left out, joined by "\n".
    private static func trimmedLines(_ lines: [String]) -> String {
        lines.map { String($0.trimmingWhitespace) }.filter { !$0.isEmpty }.joined(separator: "\n")
    }
}
