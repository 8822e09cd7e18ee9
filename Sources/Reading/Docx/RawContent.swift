import DraftStructure
import UTF8Text

/// A footnote or endnote reference mark found in a paragraph.
struct NoteReference: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case footnote, endnote }
    var kind: Kind
    /// `w:id` of the note.
    var id: String
    /// Unicode scalars from the start of the paragraph's text.
    var offset: Int
}

/// A paragraph as the walk found it: text in the chosen view, reference marks, its own
/// properties (numbering and headings are resolved later, in document order).
struct RawParagraph: Sendable, Hashable {
    var text = ""
    var references: [NoteReference] = []
    var properties: ParagraphProperties
    /// Ordinals of the `w:p` elements it comes from (several when paragraph marks were removed).
    var first: Int
    var last: Int

    init(properties: ParagraphProperties, ordinal: Int) {
        self.properties = properties
        self.first = ordinal
        self.last = ordinal
    }

    mutating func append(_ piece: String) {
        text += piece
    }

    /// A reference mark at the end of the text so far (counted in Unicode scalars only here: most
    /// paragraphs have none).
    mutating func reference(_ kind: NoteReference.Kind, id: String) {
        references.append(NoteReference(kind: kind, id: id, offset: text.unicodeScalarCount))
    }

    /// This paragraph run on into `next` (its mark removed): the text joins, and the
    /// paragraph keeps the properties of the mark that remains, `next`'s.
    func joined(with next: RawParagraph) -> RawParagraph {
        var result = next
        result.text = text + next.text
        let length = next.references.isEmpty ? 0 : text.unicodeScalarCount
        result.references = references + next.references.map { NoteReference(kind: $0.kind, id: $0.id, offset: $0.offset + length) }
        result.first = first
        return result
    }
}

/// A table as the walk found it: rows of cells, each cell a list of blocks.
struct RawTable: Sendable, Hashable {
    var rows: [[[RawBlock]]]
    var headerRowCount: Int
    var first: Int
    var last: Int
}

/// A paragraph or a table, in document order (held inline: a table's cells are arrays already).
enum RawBlock: Sendable, Hashable {
    case paragraph(RawParagraph)
    case table(RawTable)

    /// Moves the block's `w:p` ordinals `count` further on: a block read after `count` others.
    mutating func follow(_ count: Int) {
        switch self {
        case .paragraph(var paragraph):
            paragraph.first += count
            paragraph.last += count
            self = .paragraph(paragraph)
        case .table(var table):
            table.first += count
            table.last += count
            for row in table.rows.indices {
                for cell in table.rows[row].indices {
                    for block in table.rows[row][cell].indices { table.rows[row][cell][block].follow(count) }
                }
            }
            self = .table(table)
        }
    }

    /// Whether this is a paragraph whose mark is removed in `view`.
    private func removesMark(in view: TrackedChangesView) -> Bool {
        guard case .paragraph(let paragraph) = self else { return false }
        return paragraph.properties.markRemoved(in: view)
    }

    /// Joins each paragraph whose mark is removed in `view` with the paragraph after it, across parts too
    /// (the parts are then put together).
    static func joiningRemovedMarks(_ parts: [[RawBlock]], view: TrackedChangesView) -> [[RawBlock]] {
        guard parts.contains(where: { $0.contains { $0.removesMark(in: view) } }) else { return parts }
        return [joiningRemovedMarks(Array(parts.joined()), view: view)]
    }

    /// Joins each paragraph whose mark is removed in `view` with the paragraph after it.
    static func joiningRemovedMarks(_ blocks: [RawBlock], view: TrackedChangesView) -> [RawBlock] {
        // Most documents remove no mark: their blocks are kept as they are, not copied one by one.
        guard blocks.contains(where: { $0.removesMark(in: view) }) else { return blocks }
        var result: [RawBlock] = []
        var pending: RawParagraph?
        for block in blocks {
            switch block {
            case .paragraph(var paragraph):
                if let previous = pending {
                    paragraph = previous.joined(with: paragraph)
                    pending = nil
                }
                if paragraph.properties.markRemoved(in: view) { pending = paragraph } else { result.append(.paragraph(paragraph)) }
            case .table:
                if let previous = pending { result.append(.paragraph(previous)) }
                pending = nil
                result.append(block)
            }
        }
        if let pending { result.append(.paragraph(pending)) }
        return result
    }
}
