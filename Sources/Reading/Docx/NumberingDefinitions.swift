import XMLStreaming

/// One level of a list (`w:lvl`): where it starts, how it writes numbers, what it prints.
struct ListLevel: Sendable, Hashable {
    var start = 0
    var format = NumberFormat.decimal
    /// `w:lvlText`, such as "%1." or "%1.%2" ("%k" is the number of level k, 1-based).
    var text = ""
    /// `w:lvlRestart`: restart after this 1-based level; 0 never; nil after any higher level.
    var restartAfter: Int?
    /// `w:isLgl`: every number in the label written in decimal.
    var isLegal = false
    /// `w:pStyle`: the paragraph style tied to this level.
    var styleID: String?

    init() {}

    init(_ element: XMLElement) {
        start = element.wordInteger(of: "start") ?? 0
        format = NumberFormat(element.wordValue(of: "numFmt"))
        text = element.wordValue(of: "lvlText") ?? ""
        restartAfter = element.wordInteger(of: "lvlRestart")
        isLegal = element.wordChild("isLgl").map { $0.wordAttribute("val").map { $0 == "1" || $0 == "true" } ?? true } ?? false
        styleID = element.wordValue(of: "pStyle")
    }
}

/// `numbering.xml`: abstract list definitions and the list instances (`w:num`) paragraphs use.
struct NumberingDefinitions {
    /// One `w:abstractNum`.
    struct Abstract {
        var levels: [Int: ListLevel] = [:]
        /// `w:numStyleLink`: the levels live in the list a numbering style points to.
        var numberingStyleLink: String?
    }

    /// One `w:num`: an abstract list and its level overrides.
    struct Instance {
        var abstractID: String
        /// `w:startOverride` per level.
        var startOverrides: [Int: Int] = [:]
        /// A `w:lvl` inside `w:lvlOverride` replacing the abstract level.
        var levelOverrides: [Int: ListLevel] = [:]
    }

    /// The local names of every element `init(_:)` reads, and of their ancestors below the root:
    /// the part is parsed keeping only these (not the indents, tabs and fonts of each level).
    static let elementsRead: Set<String> = [
        "abstractNum", "num", "numStyleLink", "lvl", "abstractNumId", "lvlOverride", "startOverride",
        "start", "numFmt", "lvlText", "lvlRestart", "isLgl", "pStyle",
    ]

    private var abstracts: [String: Abstract] = [:]
    private var instances: [String: Instance] = [:]

    init() {}

    init(_ root: XMLElement) {
        for element in root.elements {
            if element.isWord("abstractNum"), let id = element.wordAttribute("abstractNumId") {
                var abstract = Abstract(numberingStyleLink: element.wordValue(of: "numStyleLink"))
                for level in element.wordChildren("lvl") {
                    abstract.levels[Int(level.wordAttribute("ilvl") ?? "0") ?? 0] = ListLevel(level)
                }
                abstracts[id] = abstract
            } else if element.isWord("num"), let id = element.wordAttribute("numId"),
                      let abstractID = element.wordValue(of: "abstractNumId") {
                var instance = Instance(abstractID: abstractID)
                for override in element.wordChildren("lvlOverride") {
                    let level = Int(override.wordAttribute("ilvl") ?? "0") ?? 0
                    if let start = override.wordInteger(of: "startOverride") { instance.startOverrides[level] = start }
                    if let replacement = override.wordChild("lvl") { instance.levelOverrides[level] = ListLevel(replacement) }
                }
                instances[id] = instance
            }
        }
    }

    /// The list instance `numID`, if defined.
    func instance(_ numID: String) -> Instance? { instances[numID] }

    /// The abstract list that really holds the levels of `numID`, following `w:numStyleLink`
    /// through the numbering style to its list; with its id, which keys shared counters.
    func abstract(of numID: String, styles: StyleSheet) -> (id: String, abstract: Abstract)? {
        var id = instances[numID]?.abstractID
        var hops = 0
        while let current = id, let abstract = abstracts[current], hops < 8 {
            guard let link = abstract.numberingStyleLink, let linked = styles.numberingID(ofNumberingStyle: link),
                  let next = instances[linked]?.abstractID, next != current else { return (current, abstract) }
            id = next
            hops += 1
        }
        return nil
    }

    /// The level a paragraph styled `styleID` gets in the abstract list when it names no level.
    func level(forStyle styleID: String?, in abstract: Abstract) -> Int? {
        guard let styleID else { return nil }
        return abstract.levels.first { $0.value.styleID == styleID }?.key
    }
}
