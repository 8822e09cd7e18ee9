/// A run of equal elements found by `SequenceDiff`: `count` elements from `old` and `new` on.
public struct MatchedRun: Sendable, Hashable {
    public var old: Int
    public var new: Int
    public var count: Int

    public init(old: Int, new: Int, count: Int) {
        self.old = old
        self.new = new
        self.count = count
    }
}

/// A shortest edit script between two sequences of integer ids, as the runs they share.
///
/// Myers' O(ND) algorithm in linear space (the middle-snake recursion). Long inputs are first cut at
/// elements that occur once in each side and keep their order (patience anchors), so that time stays
/// close to linear when the two sides have little in common; a piece too costly for Myers and without
/// anchors is reported as replaced wholesale.
///
/// ```swift
/// let runs = SequenceDiff.matches([1, 2, 3], [1, 3])   // [(0,0,1), (2,1,1)]
/// ```
public enum SequenceDiff {
    /// Above this many element pairs, a piece is first cut at patience anchors.
    static let anchoringThreshold = 1_000_000
    /// Above this cost (n+m)·D estimate, a piece without anchors is replaced wholesale.
    static let costLimit = 40_000_000

    /// The runs shared by `old` and `new`, in order.
    public static func matches(_ old: [Int32], _ new: [Int32]) -> [MatchedRun] {
        var runs: [MatchedRun] = []
        old.withUnsafeBufferPointer { a in
            new.withUnsafeBufferPointer { b in
                var search = Search(a: a, b: b)
                search.diff(0, a.count, 0, b.count, into: &runs)
            }
        }
        return coalesced(runs)
    }

    private static func coalesced(_ runs: [MatchedRun]) -> [MatchedRun] {
        var result: [MatchedRun] = []
        result.reserveCapacity(runs.count)
        for run in runs where run.count > 0 {
            if let last = result.last, last.old + last.count == run.old, last.new + last.count == run.new {
                result[result.count - 1].count += run.count
            } else {
                result.append(run)
            }
        }
        return result
    }

    private struct Search {
        let a: UnsafeBufferPointer<Int32>
        let b: UnsafeBufferPointer<Int32>
        var forward: [Int] = []
        var backward: [Int] = []

        mutating func diff(_ aLo: Int, _ aHi: Int, _ bLo: Int, _ bHi: Int, into runs: inout [MatchedRun]) {
            var aLo = aLo, bLo = bLo, aHi = aHi, bHi = bHi
            let prefixStart = (aLo, bLo)
            while aLo < aHi, bLo < bHi, a[aLo] == b[bLo] { aLo += 1; bLo += 1 }
            runs.append(MatchedRun(old: prefixStart.0, new: prefixStart.1, count: aLo - prefixStart.0))
            var suffix = 0
            while aLo < aHi, bLo < bHi, a[aHi - 1] == b[bHi - 1] { aHi -= 1; bHi -= 1; suffix += 1 }
            defer { runs.append(MatchedRun(old: aHi, new: bHi, count: suffix)) }
            guard aLo < aHi, bLo < bHi else { return }
            let n = aHi - aLo, m = bHi - bLo
            if n * m > SequenceDiff.anchoringThreshold {
                let anchors = PatienceAnchors.find(a, aLo..<aHi, b, bLo..<bHi)
                if !anchors.isEmpty {
                    var (x, y) = (aLo, bLo)
                    for anchor in anchors {
                        diff(x, anchor.old, y, anchor.new, into: &runs)
                        runs.append(MatchedRun(old: anchor.old, new: anchor.new, count: 1))
                        (x, y) = (anchor.old + 1, anchor.new + 1)
                    }
                    diff(x, aHi, y, bHi, into: &runs)
                    return
                }
                if n * m > SequenceDiff.costLimit { return }
            }
            let snake = middleSnake(aLo, aHi, bLo, bHi)
            diff(aLo, snake.x, bLo, snake.y, into: &runs)
            runs.append(MatchedRun(old: snake.x, new: snake.y, count: snake.u - snake.x))
            diff(snake.u, aHi, snake.v, bHi, into: &runs)
        }

        /// Myers' middle snake of a piece whose first and last elements differ on both sides.
        mutating func middleSnake(_ aLo: Int, _ aHi: Int, _ bLo: Int, _ bHi: Int) -> (x: Int, y: Int, u: Int, v: Int) {
            let n = aHi - aLo, m = bHi - bLo
            let delta = n - m
            let odd = delta & 1 != 0
            let maxD = (n + m + 1) / 2
            let offset = maxD + 1
            let size = 2 * maxD + 3
            if forward.count < size {
                forward = [Int](repeating: 0, count: size)
                backward = [Int](repeating: 0, count: size)
            }
            forward[offset + 1] = 0
            backward[offset + 1] = 0
            for d in 0...maxD {
                for k in stride(from: -d, through: d, by: 2) {
                    var x = (k == -d || (k != d && forward[offset + k - 1] < forward[offset + k + 1]))
                        ? forward[offset + k + 1] : forward[offset + k - 1] + 1
                    var y = x - k
                    let (x0, y0) = (x, y)
                    while x < n, y < m, a[aLo + x] == b[bLo + y] { x += 1; y += 1 }
                    forward[offset + k] = x
                    let reverse = delta - k
                    if odd, reverse >= -(d - 1), reverse <= d - 1, x + backward[offset + reverse] >= n {
                        return (aLo + x0, bLo + y0, aLo + x, bLo + y)
                    }
                }
                for k in stride(from: -d, through: d, by: 2) {
                    var x = (k == -d || (k != d && backward[offset + k - 1] < backward[offset + k + 1]))
                        ? backward[offset + k + 1] : backward[offset + k - 1] + 1
                    var y = x - k
                    let (x0, y0) = (x, y)
                    while x < n, y < m, a[aHi - 1 - x] == b[bHi - 1 - y] { x += 1; y += 1 }
                    backward[offset + k] = x
                    let ahead = delta - k
                    if !odd, ahead >= -d, ahead <= d, x + forward[offset + ahead] >= n {
                        return (aLo + n - x, bLo + m - y, aLo + n - x0, bLo + m - y0)
                    }
                }
            }
            return (aLo, bLo, aLo, bLo)
        }
    }
}

/// Elements that occur exactly once on each side of a piece, kept in an order both sides agree on
/// (the longest increasing subsequence): safe cut points for a long diff.
enum PatienceAnchors {
    static func find(
        _ a: UnsafeBufferPointer<Int32>, _ aRange: Range<Int>, _ b: UnsafeBufferPointer<Int32>, _ bRange: Range<Int>
    ) -> [MatchedRun] {
        var counts: [Int32: (old: Int, new: Int, oldIndex: Int, newIndex: Int)] = [:]
        for index in aRange { counts[a[index], default: (0, 0, 0, 0)].old += 1; counts[a[index]]!.oldIndex = index }
        for index in bRange { counts[b[index], default: (0, 0, 0, 0)].new += 1; counts[b[index]]!.newIndex = index }
        var pairs: [(old: Int, new: Int)] = []
        for index in aRange {
            if let entry = counts[a[index]], entry.old == 1, entry.new == 1 { pairs.append((index, entry.newIndex)) }
        }
        return LongestIncreasing.subsequence(of: pairs.map(\.new)).map { MatchedRun(old: pairs[$0].old, new: pairs[$0].new, count: 1) }
    }
}

/// The longest strictly increasing subsequence, in O(n log n).
public enum LongestIncreasing {
    /// The indices into `values` of one longest strictly increasing subsequence.
    public static func subsequence(of values: [Int]) -> [Int] {
        var tails: [Int] = []          // index into values of the smallest tail of each length
        var previous = [Int](repeating: -1, count: values.count)
        for (index, value) in values.enumerated() {
            var low = 0, high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if values[tails[middle]] < value { low = middle + 1 } else { high = middle }
            }
            if low > 0 { previous[index] = tails[low - 1] }
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var result: [Int] = []
        var cursor = tails.last ?? -1
        while cursor >= 0 { result.append(cursor); cursor = previous[cursor] }
        return result.reversed()
    }
}
