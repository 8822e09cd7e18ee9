/// Word's running list numbers, advanced paragraph by paragraph in document order, giving
/// each auto-numbered paragraph the label a reader sees ("83.", "a.", "III.", "2.1").
///
/// As in Word, lists (`w:num`) that share an abstract definition share their counters and
/// continue each other; a list with `w:startOverride` (Word's "restart numbering") sets the
/// shared counter of that level to its start value the first time one of its paragraphs comes.
struct ListCounters {
    private let definitions: NumberingDefinitions
    private let styles: StyleSheet
    /// The current number at each level (nil: not used since its last restart), per abstract list.
    private var counters: [String: [Int?]] = [:]
    /// Lists whose start overrides have been applied.
    private var started: Set<String> = []
    /// Each list met so far with its levels resolved (overrides over the abstract definition).
    private var resolved: [String: ResolvedList?] = [:]

    /// A list instance with its abstract list found and its nine levels and starts worked out.
    private struct ResolvedList {
        var abstractID: String
        var abstract: NumberingDefinitions.Abstract
        var startOverrides: [Int]
        var levels: [ListLevel]
        var starts: [Int]
    }

    init(definitions: NumberingDefinitions, styles: StyleSheet) {
        self.definitions = definitions
        self.styles = styles
    }

    /// Advances the list of a paragraph with these properties and returns its printed label
    /// and level; nil when the paragraph is not numbered or its level prints nothing.
    mutating func next(for properties: ParagraphProperties) -> (label: String, level: Int)? {
        guard let numbering = styles.numbering(for: properties), numbering.id != "0",
              let list = resolve(numbering.id) else { return nil }
        let (abstractID, levels, starts) = (list.abstractID, list.levels, list.starts)
        let level = min(max(numbering.level ?? definitions.level(forStyle: numbering.styleID, in: list.abstract) ?? 0, 0), 8)
        var current = counters[abstractID] ?? Array(repeating: nil, count: 9)
        var restarted: Set<Int> = []
        if started.insert(numbering.id).inserted {
            for overridden in list.startOverrides {
                current[overridden] = nil
                restarted.insert(overridden)
            }
        }
        current[level] = current[level].map { $0 + 1 } ?? starts[level]
        for deeper in (level + 1)..<9 where restarted.contains(deeper) || Self.restarts(levels[deeper], afterLevel: level) {
            current[deeper] = nil
        }
        counters[abstractID] = current
        let label = Self.label(levels[level], numbers: (0...8).map { current[$0] ?? starts[$0] }, levels: levels)
        guard levels[level].format != .bullet, !label.trimmingWhitespace.isEmpty else { return nil }
        return (label, level)
    }

    /// The list `numID` resolved, from the cache or worked out now; nil when it is not defined.
    private mutating func resolve(_ numID: String) -> ResolvedList? {
        if let known = resolved[numID] { return known }
        var list: ResolvedList?
        if let instance = definitions.instance(numID), let (abstractID, abstract) = definitions.abstract(of: numID, styles: styles) {
            let levels = (0...8).map { instance.levelOverrides[$0] ?? abstract.levels[$0] ?? ListLevel() }
            list = ResolvedList(abstractID: abstractID, abstract: abstract,
                                startOverrides: instance.startOverrides.keys.filter { (0...8).contains($0) },
                                levels: levels, starts: (0...8).map { instance.startOverrides[$0] ?? levels[$0].start })
        }
        resolved[numID] = list
        return list
    }

    /// Whether a deeper level starts again when a paragraph at `level` (0-based) is numbered:
    /// by default after any higher level; `w:lvlRestart` n (1-based) only after levels 1…n; 0 never.
    static func restarts(_ deeper: ListLevel, afterLevel level: Int) -> Bool {
        guard let restartAfter = deeper.restartAfter else { return true }
        return restartAfter > 0 && level < restartAfter
    }

    /// `w:lvlText` with each "%k" replaced by the number of level k in that level's format.
    static func label(_ level: ListLevel, numbers: [Int], levels: [ListLevel]) -> String {
        var result = ""
        var scalars = level.text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "%" else {
                result.unicodeScalars.append(scalar)
                continue
            }
            guard let digit = scalars.next() else { break }
            guard let k = Int(String(digit)), (1...9).contains(k) else {
                result.unicodeScalars.append(scalar)
                result.unicodeScalars.append(digit)
                continue
            }
            let format = level.isLegal ? NumberFormat.decimal : levels[k - 1].format
            result += format == .bullet || format == .none ? "" : format.format(numbers[k - 1])
        }
        return result
    }
}

extension String {
    var trimmingWhitespace: Substring {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }
}
