import Foundation
import XMLStreaming

/// The paragraph and numbering styles of `styles.xml`, enough to know a paragraph's
/// heading level and inherited numbering, following `w:basedOn`.
struct StyleSheet {
    /// One `w:style` of type paragraph or numbering.
    struct Style {
        var name: String?
        var basedOn: String?
        var properties: ParagraphProperties
    }

    /// The local names of every element `init(_:)` reads, and of their ancestors below the root
    /// (a style's `w:pPr` as `ParagraphProperties` reads it in the accepted view): the part is
    /// parsed keeping only these.
    static let elementsRead: Set<String> = [
        "style", "name", "basedOn", "pPr", "pStyle", "numPr", "numId", "ilvl", "outlineLvl", "framePr",
        "rPr", "ins", "del", "moveTo", "moveFrom",
    ]

    private var paragraphStyles: [String: Style] = [:]
    private var numberingStyles: [String: Style] = [:]
    private var defaultStyleID: String?
    /// What each paragraph style gives through its chain, worked out once rather than per paragraph.
    private var inherited: [String: Inherited] = [:]

    /// A paragraph style's heading level and numbering, its own or from the styles it is based on.
    private struct Inherited {
        var headingLevel: Int?
        var numberingLevel: Int?
        /// The nearest style in the chain with a list, and that list.
        var numbering: (id: String, styleID: String)?
    }

    init() {}

    init(_ root: XMLElement) {
        for element in root.elements where element.isWord("style") {
            guard let id = element.wordAttribute("styleId") else { continue }
            let style = Style(name: element.wordValue(of: "name"), basedOn: element.wordValue(of: "basedOn"),
                              properties: ParagraphProperties(element.wordChild("pPr")))
            switch element.wordAttribute("type") ?? "paragraph" {
            case "paragraph":
                paragraphStyles[id] = style
                if let isDefault = element.wordAttribute("default"), isDefault == "1" || isDefault == "true" { defaultStyleID = id }
            case "numbering":
                numberingStyles[id] = style
            default:
                continue
            }
        }
        for id in paragraphStyles.keys { inherited[id] = inheritance(of: id) }
    }

    private func inheritance(of id: String) -> Inherited {
        var result = Inherited()
        let styles = chain(id)
        for (id, style) in styles {
            if let level = Self.heading(name: style.name ?? id) {
                result.headingLevel = level
                break
            }
            if let level = style.properties.outlineLevel {
                result.headingLevel = Self.heading(outline: level)
                break
            }
        }
        result.numberingLevel = styles.lazy.compactMap(\.style.properties.numberingLevel).first
        if let numbered = styles.first(where: { $0.style.properties.numberingID != nil }),
           let numberingID = numbered.style.properties.numberingID {
            result.numbering = (numberingID, numbered.id)
        }
        return result
    }

    /// The style a paragraph with these properties uses: its own, or the default paragraph style.
    func styleID(for properties: ParagraphProperties) -> String? {
        properties.styleID ?? defaultStyleID
    }

    /// The style and the styles it is based on, nearest first (cycles cut).
    func chain(_ id: String?) -> [(id: String, style: Style)] {
        var result: [(id: String, style: Style)] = []
        var seen: Set<String> = []
        var next = id
        while let current = next, !seen.contains(current), let style = paragraphStyles[current], result.count < 32 {
            seen.insert(current)
            result.append((current, style))
            next = style.basedOn
        }
        return result
    }

    /// The heading level (1-based) a paragraph gets from its own outline level or its style:
    /// "heading 1"…"heading 9" or `w:outlineLvl`, inherited through `w:basedOn`.
    func headingLevel(for properties: ParagraphProperties) -> Int? {
        if let level = properties.outlineLevel { return Self.heading(outline: level) }
        guard let id = styleID(for: properties) else { return nil }
        return inherited[id]?.headingLevel
    }

    /// The numbering a paragraph gets: its own `w:numPr`, else the nearest style's. The list and
    /// the level are looked up separately (the level may come from the paragraph, the list from a style).
    func numbering(for properties: ParagraphProperties) -> (id: String, level: Int?, styleID: String?)? {
        // A paragraph's own list and level need no style.
        if let id = properties.numberingID, let level = properties.numberingLevel { return (id, level, nil) }
        let styles = styleID(for: properties).flatMap { inherited[$0] }
        let level = properties.numberingLevel ?? styles?.numberingLevel
        if let id = properties.numberingID { return (id, level, nil) }
        guard let numbered = styles?.numbering else { return nil }
        return (numbered.id, level, numbered.styleID)
    }

    /// The list a numbering style (`w:numStyleLink`) stands for.
    func numberingID(ofNumberingStyle id: String) -> String? {
        var seen: Set<String> = []
        var next: String? = id
        while let current = next, !seen.contains(current), let style = numberingStyles[current] {
            seen.insert(current)
            if let numbering = style.properties.numberingID { return numbering }
            next = style.basedOn
        }
        return nil
    }

    private static func heading(outline level: Int) -> Int? {
        (0...8).contains(level) ? level + 1 : nil
    }

    /// "heading 3" (the built-in name Word stores whatever the interface language) → 3;
    /// also the style id "Heading3".
    private static let headingLetters = Array("heading".utf8)

    private static func heading(name: String) -> Int? {
        // A name in ASCII, as style names nearly always are, is settled on its bytes: this runs for every
        // style of a chain, and a style sheet has a few hundred.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            var matched = 0
            var digit: Int?
            for byte in name.utf8 where byte != 0x20 {
                if matched < headingLetters.count {
                    guard byte | 0x20 == headingLetters[matched] else { return nil }
                    matched += 1
                } else if digit == nil, (0x31...0x39).contains(byte) {
                    digit = Int(byte - 0x30)
                } else {
                    return nil
                }
            }
            return digit
        }
        let lowered = name.lowercased().replacingOccurrences(of: " ", with: "")
        guard lowered.hasPrefix("heading"), lowered.count == 8, let digit = lowered.last?.wholeNumberValue, (1...9).contains(digit) else { return nil }
        return digit
    }
}
