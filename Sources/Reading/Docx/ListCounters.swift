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

    init(definitions: NumberingDefinitions, styles: StyleSheet) {
        self.definitions = definitions
        self.styles = styles
    }

    /// Advances the list of a paragraph with these properties and returns its printed label
    /// and level; nil when the paragraph is not numbered or its level prints nothing.
    mutating func next(for properties: ParagraphProperties) -> (label: String, level: Int)? {
        guard let numbering = styles.numbering(for: properties), numbering.id != "0",
              let instance = definitions.instance(numbering.id),
              let (abstractID, abstract) = definitions.abstract(of: numbering.id, styles: styles) else { return nil }
        let level = min(max(numbering.level ?? definitions.level(forStyle: numbering.styleID, in: abstract) ?? 0, 0), 8)
        let levels = (0...8).map { instance.levelOverrides[$0] ?? abstract.levels[$0] ?? ListLevel() }
        let starts = (0...8).map { instance.startOverrides[$0] ?? levels[$0].start }
        var current = counters[abstractID] ?? Array(repeating: nil, count: 9)
        var restarted: Set<Int> = []
        if started.insert(numbering.id).inserted {
            for overridden in instance.startOverrides.keys where (0...8).contains(overridden) {
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
