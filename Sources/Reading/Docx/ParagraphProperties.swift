import XMLStreaming

/// What a paragraph's own `w:pPr` says, before styles are applied.
struct ParagraphProperties: Sendable, Hashable {
    /// `w:pStyle`.
    var styleID: String?
    /// `w:numPr/w:numId` ("0" switches numbering off).
    var numberingID: String?
    /// `w:numPr/w:ilvl`.
    var numberingLevel: Int?
    /// `w:outlineLvl` (0-based; 9 is body text).
    var outlineLevel: Int?
    /// The paragraph mark carries a tracked insertion (`w:pPr/w:rPr/w:ins` or `w:moveTo`).
    var markInserted = false
    /// The paragraph mark carries a tracked deletion (`w:pPr/w:rPr/w:del` or `w:moveFrom`).
    var markDeleted = false

    init() {}

    /// Reads a `w:pPr` or a style's `w:pPr`.
    init(_ element: XMLElement?) {
        guard let element else { return }
        styleID = element.wordValue(of: "pStyle")
        if let numbering = element.wordChild("numPr") {
            numberingID = numbering.wordValue(of: "numId")
            numberingLevel = numbering.wordInteger(of: "ilvl")
        }
        outlineLevel = element.wordInteger(of: "outlineLvl")
        if let mark = element.wordChild("rPr") {
            markInserted = mark.wordChild("ins") != nil || mark.wordChild("moveTo") != nil
            markDeleted = mark.wordChild("del") != nil || mark.wordChild("moveFrom") != nil
        }
    }

    /// Whether the paragraph mark is gone in `view`: the paragraph then runs on into the next one.
    func markRemoved(in view: TrackedChangesView) -> Bool {
        switch view {
        case .accepted: return markDeleted
        case .original: return markInserted
        }
    }
}
