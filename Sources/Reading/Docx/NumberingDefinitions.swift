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

    private var abstracts: [String: Abstract] = [:]
    private var instances: [String: Instance] = [:]

    init() {}

    /// Defines (or redefines: the last definition of an id wins) the abstract list `id`.
    mutating func define(_ abstract: Abstract, id: String) { abstracts[id] = abstract }

    /// Defines (or redefines) the list instance `id`.
    mutating func define(_ instance: Instance, id: String) { instances[id] = instance }

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

    /// The level a paragraph styled `styleID` gets in the abstract list when it names no level: the
    /// first level tied to that style (not the first a hash table lists, which changes from run to run).
    func level(forStyle styleID: String?, in abstract: Abstract) -> Int? {
        guard let styleID else { return nil }
        return abstract.levels.filter { $0.value.styleID == styleID }.map(\.key).min()
    }
}
