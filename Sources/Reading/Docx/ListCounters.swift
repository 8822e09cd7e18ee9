import DraftModel

/// Word's running list numbers, advanced paragraph by paragraph in document order, giving
/// each auto-numbered paragraph the label a reader sees ("83.", "a.", "III.", "2.1").
///
/// As in Word, lists (`w:num`) that share an abstract definition share their counters and
/// continue each other; a list with `w:startOverride` (Word's "restart numbering") sets the
/// shared counter of that level to its start value the first time one of its paragraphs comes.
struct ListCounters {
    private let definitions: NumberingDefinitions
    private let styles: StyleSheet
    /// Each list met so far, resolved, and where it is in `lists` (nil: not defined).
    private var lists: [ResolvedList] = []
    private var listIndex: [String: Int?] = [:]
    /// The current number at each level (nil: not used since its last restart), per abstract list, and
    /// where each abstract list's are.
    private var counters: [[Int?]] = []
    private var counterIndex: [String: Int] = [:]
    /// The number of each level a label prints, worked out for the last paragraph.
    private var numbers = [Int](repeating: 0, count: 9)
    /// The list and level of the last few distinct combinations of the properties that say which list a
    /// paragraph is in: a draft's paragraphs go back and forth between a few (a numbered paragraph, a
    /// sub-paragraph, a heading), each resolved once. The oldest is replaced when a new one comes.
    private var recent: [Resolution] = []
    private var oldest = 0

    private struct Resolution {
        var numberingLevel: Int?
        var numberingID: String?
        var styleID: String?
        var list: (list: Int, level: Int)?

        func matches(_ properties: ParagraphProperties) -> Bool {
            numberingLevel == properties.numberingLevel && numberingID == properties.numberingID && styleID == properties.styleID
        }
    }

    /// A list instance with its abstract list found and its nine levels and starts worked out.
    private struct ResolvedList {
        var abstract: NumberingDefinitions.Abstract
        /// Where its abstract list's counters are.
        var counter: Int
        var startOverrides: [Int]
        var levels: [ListLevel]
        var starts: [Int]
        /// Each level's `w:lvlText`, read the first time the level prints a label (a document may hold one
        /// list per paragraph, of which one level is used).
        var labels: [LabelTemplate?] = Array(repeating: nil, count: 9)
        /// Whether its start overrides have been applied.
        var started = false
    }

    init(definitions: NumberingDefinitions, styles: StyleSheet) {
        self.definitions = definitions
        self.styles = styles
    }

    /// Advances the list of a paragraph with these properties and returns its printed label
    /// and level; nil when the paragraph is not numbered or its level prints nothing.
    mutating func next(for properties: ParagraphProperties) -> (label: String, level: Int)? {
        guard let (list, level) = advance(for: properties) else { return nil }
        guard lists[list].levels[level].format != .bullet else { return nil }
        if lists[list].labels[level] == nil { lists[list].labels[level] = LabelTemplate(lists[list].levels[level], levels: lists[list].levels) }
        let label = lists[list].labels[level]!.label(numbers)
        return label.isAllWhitespace ? nil : (label, level)
    }

    /// These counters with no paragraph counted yet, the lists resolved so far kept: what fresh counters
    /// would be after resolving the same lists, without resolving them again (a document may hold one list
    /// per paragraph).
    func restarted() -> ListCounters {
        var copy = self
        for index in copy.counters.indices { copy.counters[index] = Array(repeating: nil, count: 9) }
        for index in copy.lists.indices { copy.lists[index].started = false }
        return copy
    }

    /// Advances the lists of every paragraph of `blocks` in document order, the paragraphs of table cells
    /// included, as assembling them does, but makes no labels: the counters a part leaves, for the next.
    mutating func count(_ blocks: [RawBlock]) {
        for block in blocks {
            switch block {
            case .paragraph(let raw): _ = advance(for: raw.properties)
            case .table(let raw): for row in raw.rows { for cell in row { count(cell) } }
            }
        }
    }

    /// Advances the list of a paragraph with these properties, leaving in `numbers` the numbers its label
    /// prints; returns where the list is in `lists` and the level, or nil when the paragraph is not numbered.
    private mutating func advance(for properties: ParagraphProperties) -> (list: Int, level: Int)? {
        guard let (list, level) = resolution(of: properties) else { return nil }
        let restarted = lists[list].started ? [] : lists[list].startOverrides
        lists[list].started = true
        // Advanced in place: a copy taken out and put back would be copied whole at every paragraph.
        Self.advance(&counters[lists[list].counter], at: level, restarting: restarted, levels: lists[list].levels,
                     starts: lists[list].starts, numbers: &numbers)
        return (list, level)
    }

    /// The list and level of a paragraph with these properties, or nil when it is not numbered: one of the
    /// recent resolutions, or a new one.
    private mutating func resolution(of properties: ParagraphProperties) -> (list: Int, level: Int)? {
        for resolution in recent where resolution.matches(properties) { return resolution.list }
        let resolution = Resolution(numberingLevel: properties.numberingLevel, numberingID: properties.numberingID,
                                    styleID: properties.styleID, list: resolve(properties))
        if recent.count < 4 {
            recent.append(resolution)
        } else {
            recent[oldest] = resolution
            oldest = (oldest + 1) % recent.count
        }
        return resolution.list
    }

    /// The list and level of a paragraph with these properties, or nil when it is not numbered.
    private mutating func resolve(_ properties: ParagraphProperties) -> (list: Int, level: Int)? {
        guard let numbering = styles.numbering(for: properties), numbering.id != "0",
              let list = resolve(numbering.id) else { return nil }
        return (list, min(max(numbering.level ?? definitions.level(forStyle: numbering.styleID, in: lists[list].abstract) ?? 0, 0), 8))
    }

    /// Counts a paragraph at `level` in `current` (the levels in `restarting`, overridden by a list met
    /// for the first time, start again first), clears the deeper levels that restart after it, and
    /// puts in `numbers` the number of each level a label prints (a level not used since its restart
    /// prints its start).
    private static func advance(_ current: inout [Int?], at level: Int, restarting: [Int], levels: [ListLevel], starts: [Int],
                                numbers: inout [Int]) {
        for overridden in restarting { current[overridden] = nil }
        current[level] = current[level].map { $0 + 1 } ?? starts[level]
        for deeper in (level + 1)..<9 where restarting.contains(deeper) || Self.restarts(after: levels[deeper].restartAfter, level: level) {
            current[deeper] = nil
        }
        for index in 0...8 { numbers[index] = current[index] ?? starts[index] }
    }

    /// The list `numID` resolved (where it is in `lists`), from those met or worked out now; nil when it
    /// is not defined.
    private mutating func resolve(_ numID: String) -> Int? {
        if let known = listIndex[numID] { return known }
        var index: Int?
        if let instance = definitions.instance(numID), let (abstractID, abstract) = definitions.abstract(of: numID, styles: styles) {
            let levels = (0...8).map { instance.levelOverrides[$0] ?? abstract.levels[$0] ?? ListLevel() }
            let counter = counterIndex[abstractID] ?? counters.count
            if counter == counters.count {
                counters.append(Array(repeating: nil, count: 9))
                counterIndex[abstractID] = counter
            }
            lists.append(ResolvedList(abstract: abstract, counter: counter,
                                      startOverrides: instance.startOverrides.keys.filter { (0...8).contains($0) },
                                      levels: levels, starts: (0...8).map { instance.startOverrides[$0] ?? levels[$0].start }))
            index = lists.count - 1
        }
        listIndex[numID] = index
        return index
    }

    /// Whether a deeper level starts again when a paragraph at `level` (0-based) is numbered:
    /// by default after any higher level; `w:lvlRestart` n (1-based) only after levels 1…n; 0 never.
    static func restarts(after restartAfter: Int?, level: Int) -> Bool {
        guard let restartAfter else { return true }
        return restartAfter > 0 && level < restartAfter
    }
}

/// A level's `w:lvlText` read once: the text it prints, each "%k" replaced by the number of level k in
/// that level's format (in decimal for a legal-style level); a "%" with no digit after it is printed as
/// it is, and a "%" ending the text is dropped.
struct LabelTemplate {
    private enum Piece {
        case text(String)
        case number(level: Int, format: NumberFormat)
    }

    private var pieces: [Piece] = []

    init(_ level: ListLevel, levels: [ListLevel]) {
        var text = ""
        var scalars = level.text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "%" else {
                text.unicodeScalars.append(scalar)
                continue
            }
            guard let digit = scalars.next() else { break }
            guard ("1"..."9").contains(digit) else {
                text.unicodeScalars.append(scalar)
                text.unicodeScalars.append(digit)
                continue
            }
            let k = Int(digit.value) - 0x30
            if !text.isEmpty { pieces.append(.text(text)) }
            text = ""
            pieces.append(.number(level: k - 1, format: level.isLegal ? .decimal : levels[k - 1].format))
        }
        if !text.isEmpty { pieces.append(.text(text)) }
    }

    /// The label, the levels' numbers being `numbers`.
    func label(_ numbers: [Int]) -> String {
        var result = ""
        for piece in pieces {
            switch piece {
            case .text(let text): result += text
            case .number(let level, let format): result += format == .bullet || format == .none ? "" : format.format(numbers[level])
            }
        }
        return result
    }
}

extension String {
    /// Whether every character is white space (`trimmingWhitespace.isEmpty`): settled on the scalars
    /// when they can settle it, as they nearly always can. All scalars white space: every character
    /// starts with one. An ASCII scalar that is not white space: the character it starts, or the one
    /// it ends (after a prepended mark), is not.
    var isAllWhitespace: Bool {
        var undecided = false
        for scalar in unicodeScalars where !ScalarLookup.isWhitespace(scalar) {
            if scalar.isASCII { return false }
            undecided = true
        }
        return undecided ? trimmingWhitespace.isEmpty : true
    }

    var trimmingWhitespace: Substring {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }
}
