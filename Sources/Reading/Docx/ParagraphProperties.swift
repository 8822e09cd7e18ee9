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
    init<Element: XMLReadableElement>(_ element: Element?, view: TrackedChangesView = .accepted) {
        guard let element else { return }
        // One pass over the children (a paragraph's properties are read for every paragraph).
        var change: Element?
        var read = Read()
        for child in element.childElements where WordNamespace.isMain(child.namespace) {
            switch child.localName {
            case "rPr" where !read.contains(.mark):
                read.insert(.mark)
                for mark in child.childElements where WordNamespace.isMain(mark.namespace) {
                    switch mark.localName {
                    case "ins", "moveTo": markInserted = true
                    case "del", "moveFrom": markDeleted = true
                    default: break
                    }
                }
            case "pPrChange":
                if change == nil { change = child }
            case "numPr" where view == .original && !read.contains(.numbering) && child.wordChild("ins") != nil:
                // Numbering added as a tracked change (`w:numPr/w:ins`): the original has none.
                read.insert(.numbering)
            default:
                readFormatting(child, &read)
            }
        }
        // In the original view, style, numbering and outline level are those the change replaced.
        if view == .original, let replaced = change?.wordChild("pPr") {
            (styleID, numberingID, numberingLevel, outlineLevel, isDropCap) = (nil, nil, nil, nil, false)
            read = Read()
            for child in replaced.childElements where WordNamespace.isMain(child.namespace) { readFormatting(child, &read) }
        }
    }

    /// The children of a `w:pPr` read so far: only the first of each name counts.
    private struct Read: OptionSet {
        let rawValue: UInt8
        static let style = Read(rawValue: 1), numbering = Read(rawValue: 2), outline = Read(rawValue: 4)
        static let frame = Read(rawValue: 8), mark = Read(rawValue: 16)
    }

    /// Reads one child of a `w:pPr` (or of the `w:pPr` a change replaced).
    private mutating func readFormatting(_ child: some XMLReadableElement, _ read: inout Read) {
        switch child.localName {
        case "pStyle" where !read.contains(.style):
            styleID = child.wordAttribute("val")
            read.insert(.style)
        case "numPr" where !read.contains(.numbering):
            numberingID = child.wordValue(of: "numId")
            numberingLevel = child.wordInteger(of: "ilvl")
            read.insert(.numbering)
        case "outlineLvl" where !read.contains(.outline):
            outlineLevel = child.wordAttribute("val").flatMap(WordNamespace.integer)
            read.insert(.outline)
        case "framePr" where !read.contains(.frame):
            if let dropCap = child.wordAttribute("dropCap") { isDropCap = dropCap != "none" }
            read.insert(.frame)
        default:
            break
        }
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
