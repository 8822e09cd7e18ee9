/// One step of an edit script over token positions, before it is rendered as text.
public struct TokenEdit: Sendable, Hashable {
    /// Whether the tokens are kept, taken out of the old text, or put into the new one.
    public enum Operation: Sendable, Hashable { case equal, delete, insert }

    public var operation: Operation
    /// Tokens of the old text (empty for an insertion).
    public var old: Range<Int>
    /// Tokens of the new text (empty for a deletion).
    public var new: Range<Int>

    public init(_ operation: Operation, old: Range<Int>, new: Range<Int>) {
        self.operation = operation
        self.old = old
        self.new = new
    }

    /// The edits that turn `oldCount` tokens into `newCount` tokens around the shared `runs`.
    public static func script(from runs: [MatchedRun], oldCount: Int, newCount: Int) -> [TokenEdit] {
        var edits: [TokenEdit] = []
        var (x, y) = (0, 0)
        for run in runs + [MatchedRun(old: oldCount, new: newCount, count: 0)] {
            if run.old > x { edits.append(TokenEdit(.delete, old: x..<run.old, new: y..<y)) }
            if run.new > y { edits.append(TokenEdit(.insert, old: run.old..<run.old, new: y..<run.new)) }
            if run.count > 0 {
                edits.append(TokenEdit(.equal, old: run.old..<run.old + run.count, new: run.new..<run.new + run.count))
            }
            (x, y) = (run.old + run.count, run.new + run.count)
        }
        return edits
    }

    /// Joins neighbouring steps: equal runs together, and every run of changes as one deletion then one insertion.
    public static func consolidated(_ edits: [TokenEdit]) -> [TokenEdit] {
        var result: [TokenEdit] = []
        var index = 0
        while index < edits.count {
            if edits[index].operation == .equal {
                if let last = result.last, last.operation == .equal {
                    result[result.count - 1].old = last.old.lowerBound..<edits[index].old.upperBound
                    result[result.count - 1].new = last.new.lowerBound..<edits[index].new.upperBound
                } else {
                    result.append(edits[index])
                }
                index += 1
                continue
            }
            var end = index
            while end < edits.count, edits[end].operation != .equal { end += 1 }
            let old = edits[index].old.lowerBound..<edits[end - 1].old.upperBound
            let new = edits[index].new.lowerBound..<edits[end - 1].new.upperBound
            if !old.isEmpty { result.append(TokenEdit(.delete, old: old, new: new.lowerBound..<new.lowerBound)) }
            if !new.isEmpty { result.append(TokenEdit(.insert, old: old.upperBound..<old.upperBound, new: new)) }
            index = end
        }
        return result
    }
}
