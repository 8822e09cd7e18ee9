import DraftModel
import UTF8Text

/// A source paragraph with its indentation, label and trailing white space taken off,
/// footnote anchors moved to match: the first pass of structure recovery.
struct PreparedParagraph: Sendable {
    /// The text without leading indentation and trailing white space; the label is still on it
    /// when it was typed (`typedLabel` says how long it is).
    var text: String {
        didSet {
            body = PreparedParagraph.body(of: text, typedLabel: typedLabel)
            outline.shape = OutlineFacts.shape(headingLevel: headingLevel, labelStyle: outline.labelStyle, body: body)
        }
    }
    /// The text after the typed label (the whole text when there is none).
    private(set) var body: String
    /// A label typed at the start of `text`, if any.
    let typedLabel: TypedLabel?
    /// The label printed by automatic numbering (.docx), without punctuation.
    let numberingLabel: String?
    /// The automatic numbering as printed ("83.").
    var numbering: String?
    var numberingLevel: Int?
    let headingLevel: Int?
    /// What the operative pass needs to know, kept without strings so it reads it in place.
    private(set) var outline: OutlineFacts
    var anchors: [FootnoteAnchor]
    var location: SourceLines
    /// Whether the source line started with indentation (a tab).
    var indented: Bool

    init(_ source: SourceParagraph) {
        let scalars = source.text.unicodeScalars
        var lower = scalars.startIndex
        var start = 0
        while lower < scalars.endIndex, Characters.isHorizontalSpace(scalars[lower]) {
            lower = scalars.index(after: lower)
            start += 1
        }
        var upper = scalars.endIndex
        while upper > lower, Characters.isWhitespace(scalars[scalars.index(before: upper)]) {
            upper = scalars.index(before: upper)
        }
        // Most lines need no trimming: their text is then shared, not copied.
        let text = lower == scalars.startIndex && upper == scalars.endIndex ? source.text : String(source.text[lower..<upper])
        self.text = text
        self.indented = start > 0
        self.numbering = source.numbering
        let numberingLabel = source.numbering.map(TypedLabel.fromNumbering).flatMap { $0.isEmpty ? nil : $0 }
        self.numberingLabel = numberingLabel
        let typedLabel = source.numbering == nil ? TypedLabel.parse(text) : nil
        self.typedLabel = typedLabel
        self.body = PreparedParagraph.body(of: text, typedLabel: typedLabel)
        self.numberingLevel = source.numberingLevel
        self.headingLevel = source.headingLevel
        self.location = source.location
        self.outline = OutlineFacts(headingLevel: source.headingLevel, labelStyle: typedLabel?.style ?? numberingLabel.flatMap(PreparedParagraph.labelStyle(ofNumbering:)),
                                    numberingLabel: numberingLabel, typedLabel: typedLabel, body: body)
        // Counting scalars walks the whole text: only when there are anchors to clamp.
        let length = source.footnoteAnchors.isEmpty ? 0 : text.unicodeScalarCount
        self.anchors = source.footnoteAnchors.map {
            FootnoteAnchor(footnoteID: $0.footnoteID, offset: Swift.min(Swift.max($0.offset - start, 0), length))
        }
    }

    private static func body(of text: String, typedLabel: TypedLabel?) -> String {
        guard let typedLabel else { return text }
        // Through a `Substring` of the scalars: its bytes are copied at once, not scalar by scalar.
        return String(Substring(text.unicodeScalars.dropFirst(typedLabel.length)))
    }

    /// The anchors, with offsets into `body`.
    var bodyAnchors: [FootnoteAnchor] {
        guard let typedLabel else { return anchors }
        return anchors.map { FootnoteAnchor(footnoteID: $0.footnoteID, offset: Swift.max($0.offset - typedLabel.length, 0)) }
    }

    /// Whether the paragraph is the operative marker ("DÉCIDE :").
    var isOperativeMarker: Bool { LanguageCues.isOperativeMarker(text) }

    /// Whether the paragraph is the "General Assembly" line.
    var isAssemblyLine: Bool { LanguageCues.isAssemblyLine(text) }

    /// The label a reader sees: automatic numbering first, then a typed label.
    var label: String? { numberingLabel ?? typedLabel?.label }

    /// The label's style, when known.
    var labelStyle: LabelStyle? { outline.labelStyle }

    /// The style of an automatic numbering label, read as if typed.
    private static func labelStyle(ofNumbering label: String) -> LabelStyle? {
        TypedLabel.parse(label + ". ")?.style
    }

    /// A block of `kind` with the label taken off the text (`keepLabel` false keeps the whole text, unlabelled).
    func block(_ kind: BlockKind, level: Int, keepLabel: Bool = true) -> Block {
        Block(kind: kind, label: keepLabel ? label : nil, text: keepLabel ? body : text, level: level,
              footnoteAnchors: keepLabel ? bodyAnchors : anchors, location: location)
    }
}

/// A paragraph's label and form as the operative pass reads them: no strings, so that they are
/// read in place without copying the paragraph.
struct OutlineFacts: Sendable {
    /// What the paragraph's form says, before the language is known.
    enum Shape: Sendable {
        case heading, subparagraph, paragraph
        /// Short and unpunctuated, but longer than 80 scalars: a paragraph if it opens the way
        /// operative paragraphs do in the draft's language.
        case headingUnlessOperativeOpening
    }

    var headingLevel: Int?
    var labelStyle: LabelStyle?
    /// Whether there is a label, typed or from automatic numbering.
    var hasLabel: Bool
    /// Whether the label was typed as a number (a text export prints auto-numbering that way).
    var hasTypedArabicLabel: Bool
    var shape: Shape

    init(headingLevel: Int?, labelStyle: LabelStyle?, numberingLabel: String?, typedLabel: TypedLabel?, body: String) {
        self.headingLevel = headingLevel
        self.labelStyle = labelStyle
        self.hasLabel = numberingLabel != nil || typedLabel != nil
        self.hasTypedArabicLabel = numberingLabel == nil && labelStyle == .arabic
        self.shape = OutlineFacts.shape(headingLevel: headingLevel, labelStyle: labelStyle, body: body)
    }

    static func shape(headingLevel: Int?, labelStyle: LabelStyle?, body: String) -> Shape {
        if headingLevel != nil { return .heading }
        switch labelStyle {
        case .upperRoman?: return .heading
        case .lowerLetter?, .lowerRoman?: return .subparagraph
        default: return OperativePass.headingShape(of: body)
        }
    }
}
