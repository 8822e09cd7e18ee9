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
    /// A drop capital (`w:framePr/@w:dropCap`): a frame holding the first letter of the next paragraph.
    var isDropCap = false

    init() {}

    /// Reads a `w:pPr` or a style's `w:pPr`. In the original view, style, numbering and outline
    /// level come from the properties a tracked change replaced (`w:pPrChange/w:pPr`), when there is one;
    /// the paragraph mark's own changes are always those of the current properties.
    init(_ element: XMLElement?, view: TrackedChangesView = .accepted) {
        guard let element else { return }
        let formatting = view == .original ? element.wordChild("pPrChange")?.wordChild("pPr") ?? element : element
        readFormatting(formatting)
        if let mark = element.wordChild("rPr") {
            markInserted = mark.wordChild("ins") != nil || mark.wordChild("moveTo") != nil
            markDeleted = mark.wordChild("del") != nil || mark.wordChild("moveFrom") != nil
        }
    }

    private mutating func readFormatting(_ element: XMLElement) {
        styleID = element.wordValue(of: "pStyle")
        if let numbering = element.wordChild("numPr") {
            numberingID = numbering.wordValue(of: "numId")
            numberingLevel = numbering.wordInteger(of: "ilvl")
        }
        outlineLevel = element.wordInteger(of: "outlineLvl")
        if let dropCap = element.wordChild("framePr")?.wordAttribute("dropCap") { isDropCap = dropCap != "none" }
    }

    /// Whether the paragraph runs on into the next one in `view`: its mark is gone, or it is a drop capital.
    func markRemoved(in view: TrackedChangesView) -> Bool {
        if isDropCap { return true }
        switch view {
        case .accepted: return markDeleted
        case .original: return markInserted
        }
    }
}
