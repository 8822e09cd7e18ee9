import DraftModel

/// What a reader hands to the structure stage: the document's paragraphs and tables in order,
/// before any resolution structure (title, preamble, headings, operative paragraphs) is recovered.
///
/// Readers remove the artefacts of their format (`[bookmark: …]`, `[footnoteRef:N]`, XML markup)
/// and report what the format knows for sure (Word's automatic numbering, heading styles,
/// real footnotes). `DraftStructurer` infers the rest, the same way for every reader.
public struct SourceDocument: Sendable, Hashable {
    /// Where the document came from.
    public var source: DraftSource
    /// Paragraphs and tables in document order.
    public var units: [SourceUnit]
    /// Every footnote with its full text, in order of reference.
    public var footnotes: [Footnote]

    public init(source: DraftSource, units: [SourceUnit], footnotes: [Footnote] = []) {
        self.source = source
        self.units = units
        self.footnotes = footnotes
    }
}

/// One paragraph or table as a reader found it.
public enum SourceUnit: Sendable, Hashable {
    case paragraph(SourceParagraph)
    case table(Table, SourceLines)
}

/// A paragraph as a reader found it, before its role in the resolution is known.
public struct SourceParagraph: Sendable, Hashable {
    /// The paragraph's text, with any label typed by hand still at its start ("84.\tDe …")
    /// and its leading indentation. Format artefacts are already removed. Line breaks are "\n".
    public var text: String
    /// The label Word's automatic numbering prints before the paragraph ("83.", "a)", "III."),
    /// when the format knows it (.docx); nil for plain text.
    public var numbering: String?
    /// The level (0-based `w:ilvl`) of that automatic numbering, when known.
    public var numberingLevel: Int?
    /// The outline level from the paragraph's style (1 for Heading 1), when the format knows it.
    public var headingLevel: Int?
    /// Footnote reference marks, with offsets into `text` (Unicode scalars).
    public var footnoteAnchors: [FootnoteAnchor]
    /// Where it came from.
    public var location: SourceLines
    /// How many blank lines (plain text) or empty paragraphs (.docx) stood right before it.
    public var blankLinesBefore: Int

    public init(
        text: String, numbering: String? = nil, numberingLevel: Int? = nil, headingLevel: Int? = nil,
        footnoteAnchors: [FootnoteAnchor] = [], location: SourceLines, blankLinesBefore: Int = 0
    ) {
        self.text = text
        self.numbering = numbering
        self.numberingLevel = numberingLevel
        self.headingLevel = headingLevel
        self.footnoteAnchors = footnoteAnchors
        self.location = location
        self.blankLinesBefore = blankLinesBefore
    }
}
