/// One unit of a draft: a title line, a preambular paragraph, the operative marker, a heading,
/// an operative paragraph (with its sub-paragraphs) or a table.
public struct Block: Sendable, Hashable {
    /// What this block is.
    public var kind: BlockKind
    /// The label a reader sees in Word ("84", "a", "III"), without its punctuation; nil when unnumbered.
    public var label: String?
    /// The label exactly as the source printed it, when it differs from `label`
    /// (Word's text export prints every auto-numbered item as "1.").
    public var printedLabel: String?
    /// The text without its label, exactly as in the source (artefacts of the export removed).
    /// A line break inside the block is "\n".
    public var text: String
    /// Depth in the document outline: 0 for title, preamble and marker; headings 1…; paragraphs one
    /// below their heading; sub-paragraphs one below their paragraph.
    public var level: Int
    /// Lettered sub-paragraphs ("a.", "b.") of an operative paragraph.
    public var subparagraphs: [Block]
    /// Footnote reference marks in `text`, in order.
    public var footnoteAnchors: [FootnoteAnchor]
    /// The cells, for a `table` block.
    public var table: Table?
    /// Where the block came from.
    public var location: SourceLines

    public init(
        kind: BlockKind, label: String? = nil, printedLabel: String? = nil, text: String, level: Int = 0,
        subparagraphs: [Block] = [], footnoteAnchors: [FootnoteAnchor] = [], table: Table? = nil,
        location: SourceLines = SourceLines(first: 0, last: 0)
    ) {
        self.kind = kind
        self.label = label
        self.printedLabel = printedLabel
        self.text = text
        self.level = level
        self.subparagraphs = subparagraphs
        self.footnoteAnchors = footnoteAnchors
        self.table = table
        self.location = location
    }
}

/// The kinds of block, with the names used in JSON output.
public enum BlockKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A line before the preamble: agenda item, "PROJET DE RÉSOLUTION", the title, "L’ASSEMBLÉE GÉNÉRALE,".
    case title
    /// A preambular paragraph ("AYANT VU …", "Recalling …").
    case preamble
    /// "DÉCIDE :", "RESOLVES:", "RESUELVE:", "RESOLVE:".
    case operativeMarker = "operative-marker"
    /// A chapter or section heading.
    case heading
    /// An operative paragraph; also a sub-paragraph inside one.
    case paragraph
    /// A table (such as the calendar of meetings).
    case table
}

/// Where a footnote's reference mark stands in a block's text.
public struct FootnoteAnchor: Sendable, Hashable {
    /// The id of the footnote in `Draft.footnotes`.
    public var footnoteID: String
    /// The position of the mark in the text, in Unicode scalars from the start.
    public var offset: Int

    public init(footnoteID: String, offset: Int) {
        self.footnoteID = footnoteID
        self.offset = offset
    }
}

/// The rows and cells of a table block.
public struct Table: Sendable, Hashable {
    /// Rows of cell texts. The first `headerRowCount` rows are the header.
    public var rows: [[String]]
    /// How many leading rows are header rows.
    public var headerRowCount: Int

    public init(rows: [[String]], headerRowCount: Int = 0) {
        self.rows = rows
        self.headerRowCount = headerRowCount
    }

    /// The number of columns of the widest row.
    public var columnCount: Int { rows.map(\.count).max() ?? 0 }
}

/// A footnote: its id, its number as printed, and its full text.
public struct Footnote: Sendable, Hashable {
    /// The id the source gives it (the `[footnoteRef:N]` number, or `w:id` in .docx).
    public var id: String
    /// The number a reader sees, 1-based in order of the reference marks.
    public var number: Int
    /// The full text. Paragraphs of the footnote are separated by "\n".
    public var text: String
    /// Where the footnote text came from.
    public var location: SourceLines

    public init(id: String, number: Int, text: String, location: SourceLines = SourceLines(first: 0, last: 0)) {
        self.id = id
        self.number = number
        self.text = text
        self.location = location
    }
}

/// A range of source lines, 1-based and inclusive. For .docx, the ordinals of the `w:p`
/// elements of the main part stand in for lines.
public struct SourceLines: Sendable, Hashable, CustomStringConvertible {
    public var first: Int
    public var last: Int

    public init(first: Int, last: Int) {
        self.first = first
        self.last = last
    }

    public init(line: Int) {
        self.init(first: line, last: line)
    }

    /// The smallest range that covers both.
    public func union(_ other: SourceLines) -> SourceLines {
        SourceLines(first: Swift.min(first, other.first), last: Swift.max(last, other.last))
    }

    public var description: String { first == last ? "\(first)" : "\(first)-\(last)" }
}
