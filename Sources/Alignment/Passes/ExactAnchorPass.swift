import WordDiff

/// Pass 1: pairs the units whose comparison key occurs exactly once on each side.
///
/// The pairs that keep their order (the heaviest chain) become in-place anchors;
/// the others are exact moves. Each anchor is then extended to equal neighbours on both sides,
/// as are the starts and ends of the scope, so runs of repeated texts (10,000 identical paragraphs)
/// pair in linear time. Last, in each gap left between in-place pairs, a text repeated on both sides
/// of the gap is paired occurrence by occurrence, in order (`pairRepeatedTexts`): a draft made of
/// repeated copies, where no text is unique, is then anchored as a draft of unique texts is, instead
/// of leaving the whole draft to gap pairing.
enum ExactAnchorPass {
    static func run(_ problem: inout AlignmentProblem) {
        // Keys number the distinct texts from 0: the counts are kept in an array indexed by key.
        let oldKeys = problem.oldScope.indices.map { problem[old: $0].key }
        let newKeys = problem.newScope.indices.map { problem[new: $0].key }
        var counts = [(old: Int32, new: Int32, newPosition: Int)](
            repeating: (0, 0, 0), count: max(oldKeys.max() ?? -1, newKeys.max() ?? -1) + 1)
        for key in oldKeys { counts[key].old += 1 }
        for (position, key) in newKeys.enumerated() {
            counts[key].new += 1
            counts[key].newPosition = position
        }
        var unique: [(old: Int, new: Int)] = []
        for (position, key) in oldKeys.enumerated() {
            let entry = counts[key]
            guard entry.old == 1, entry.new == 1, problem.compatible(position, entry.newPosition) else { continue }
            unique.append((position, entry.newPosition))
        }
        // The heaviest chain in reading order stays in place (`chainWeight`).
        let weighted = unique.map { pair in (old: pair.old, new: pair.new, score: chainWeight(problem, old: pair.old)) }
        let kept = Set(WeightedChain.heaviest(weighted))
        for (index, pair) in unique.enumerated() {
            problem.pair(pair.old, pair.new, kept.contains(index) ? .inPlace : .moved)
        }
        extendAnchors(&problem)
        if pairRepeatedTexts(&problem, keyCount: counts.count) { extendAnchors(&problem) }
    }

    /// The weight of an exact pair in a chain: a heading weighs more than a paragraph (a paragraph
    /// crossing a heading moved, not the heading), and a longer text a little more than a shorter one,
    /// so that both directions of a comparison choose alike.
    static func chainWeight(_ problem: AlignmentProblem, old: Int) -> Double {
        (problem[old: old].role == .heading ? 1.5 : 1) + min(problem[old: old].weight, 1e4) * 1e-6
    }

    /// In every gap between in-place pairs, pairs the free units of equal text occurrence by occurrence.
    /// A text found as often among the gap's free old units as among its free new ones pairs first with
    /// first, second with second, and so on. A text found more often on one side offers two pairings, its
    /// first occurrences together and its last occurrences together (the first preferred). The heaviest
    /// chain of all these pairs stays in place; the others are left free for the later passes (a text
    /// repeated elsewhere is no evidence of a move). Returns whether any pair was made. Linear in the
    /// gaps' sizes, but for the chain's sort.
    static func pairRepeatedTexts(_ problem: inout AlignmentProblem, keyCount: Int) -> Bool {
        let anchors = [(old: -1, new: -1)] + problem.inPlacePairs
            + [(old: problem.oldScope.count, new: problem.newScope.count)]
        var found: [(old: Int, new: Int)] = []
        // `markedIn[key]`: the last gap whose free new units hold the key. Most gaps (a reworded paragraph)
        // share no text at all, and are passed over without building anything.
        var markedIn = [Int](repeating: -1, count: keyCount)
        var table = OccurrenceTable(keyCount: keyCount)
        var pairs: [(old: Int, new: Int, score: Double)] = []
        for (gap, (before, after)) in zip(anchors, anchors.dropFirst()).enumerated() {
            guard after.old - before.old > 1, after.new - before.new > 1 else { continue }
            for new in before.new + 1..<after.new where problem.newFree(new) { markedIn[problem[new: new].key] = gap }
            guard (before.old + 1..<after.old).contains(where: { problem.oldFree($0) && markedIn[problem[old: $0].key] == gap }) else { continue }
            table.fill(olds: before.old + 1..<after.old, news: before.new + 1..<after.new,
                       oldKey: { problem.oldFree($0) ? problem[old: $0].key : nil },
                       newKey: { problem.newFree($0) ? problem[new: $0].key : nil })
            pairs.removeAll(keepingCapacity: true)
            for slot in 0..<table.keyCount {
                let olds = table.olds(slot), news = table.news(slot)
                guard !news.isEmpty else { continue }
                let count = min(olds.count, news.count)
                for index in 0..<count where problem.compatible(olds[index], news[index]) {
                    pairs.append((olds[index], news[index], chainWeight(problem, old: olds[index])))
                }
                guard olds.count != news.count else { continue }
                for index in 1...count where problem.compatible(olds[olds.count - index], news[news.count - index]) {
                    pairs.append((olds[olds.count - index], news[news.count - index], chainWeight(problem, old: olds[olds.count - index]) * 0.999))
                }
            }
            for index in WeightedChain.heaviest(pairs) { found.append((pairs[index].old, pairs[index].new)) }
        }
        for pair in found { problem.pair(pair.old, pair.new, .inPlace) }
        return !found.isEmpty
    }

    /// Pairs equal free neighbours after and before every in-place pair, and from both ends.
    static func extendAnchors(_ problem: inout AlignmentProblem) {
        let anchors = [(old: -1, new: -1)] + problem.inPlacePairs
        for anchor in anchors {
            var (x, y) = (anchor.old + 1, anchor.new + 1)
            while x < problem.oldScope.count, y < problem.newScope.count, problem.oldFree(x), problem.newFree(y),
                  problem[old: x].key == problem[new: y].key, problem.compatible(x, y) {
                problem.pair(x, y, .inPlace)
                x += 1; y += 1
            }
        }
        let ends = problem.inPlacePairs + [(old: problem.oldScope.count, new: problem.newScope.count)]
        for anchor in ends.reversed() {
            var (x, y) = (anchor.old - 1, anchor.new - 1)
            while x >= 0, y >= 0, problem.oldFree(x), problem.newFree(y),
                  problem[old: x].key == problem[new: y].key, problem.compatible(x, y) {
                problem.pair(x, y, .inPlace)
                x -= 1; y -= 1
            }
        }
    }
}

/// The free units of one gap grouped by text (`ExactAnchorPass.pairRepeatedTexts`): each key found among
/// the old units, in the order of its first old occurrence, with its old and new positions in reading order.
/// Sorted by counting into flat arrays kept from gap to gap, so a gap costs time in its size, and no
/// allocation once the arrays have grown.
private struct OccurrenceTable {
    /// `slotOfKey[key]` is the key's slot in the current gap when `stampOfKey[key] == stamp`.
    private var slotOfKey: [Int32]
    private var stampOfKey: [Int32]
    private var stamp: Int32 = 0
    /// How many keys the old units of the current gap hold.
    private(set) var keyCount = 0
    private var oldEntries = Entries(), newEntries = Entries()

    init(keyCount: Int) {
        slotOfKey = [Int32](repeating: 0, count: keyCount)
        stampOfKey = [Int32](repeating: 0, count: keyCount)
    }

    /// Groups the free units of a gap: `oldKey` and `newKey` give a position's key, nil when it is not free.
    mutating func fill(olds: Range<Int>, news: Range<Int>, oldKey: (Int) -> Int?, newKey: (Int) -> Int?) {
        stamp += 1
        keyCount = 0
        oldEntries.begin()
        for position in olds {
            guard let key = oldKey(position) else { continue }
            if stampOfKey[key] != stamp {
                stampOfKey[key] = stamp
                slotOfKey[key] = Int32(keyCount)
                keyCount += 1
            }
            oldEntries.add(position, slot: slotOfKey[key])
        }
        newEntries.begin()
        for position in news {
            guard let key = newKey(position), stampOfKey[key] == stamp else { continue }
            newEntries.add(position, slot: slotOfKey[key])
        }
        oldEntries.sort(slots: keyCount)
        newEntries.sort(slots: keyCount)
    }

    /// The old positions of the key in `slot`, in reading order.
    func olds(_ slot: Int) -> Positions { oldEntries.positions(slot) }
    /// The new positions of the key in `slot`, in reading order.
    func news(_ slot: Int) -> Positions { newEntries.positions(slot) }

    /// A slot's positions, counted from 0.
    struct Positions {
        fileprivate let sorted: [Int]
        fileprivate let range: Range<Int>

        var count: Int { range.count }
        var isEmpty: Bool { range.isEmpty }
        subscript(index: Int) -> Int { sorted[range.lowerBound + index] }
    }

    /// Positions with their slots, then sorted by slot (stable: reading order within a slot).
    private struct Entries {
        private var slots: [Int32] = [], unsorted: [Int] = []
        private var sorted: [Int] = []
        /// `starts[slot]..<starts[slot + 1]`: the slot's range in `sorted`.
        private var starts: [Int] = []
        /// Where each slot's next position goes, while sorting.
        private var next: [Int] = []

        mutating func begin() {
            slots.removeAll(keepingCapacity: true)
            unsorted.removeAll(keepingCapacity: true)
        }

        mutating func add(_ position: Int, slot: Int32) {
            slots.append(slot)
            unsorted.append(position)
        }

        mutating func sort(slots count: Int) {
            starts.removeAll(keepingCapacity: true)
            starts.append(contentsOf: repeatElement(0, count: count + 1))
            for slot in slots { starts[Int(slot) + 1] += 1 }
            for slot in 0..<count { starts[slot + 1] += starts[slot] }
            sorted.removeAll(keepingCapacity: true)
            sorted.append(contentsOf: repeatElement(0, count: unsorted.count))
            next.removeAll(keepingCapacity: true)
            next.append(contentsOf: starts)
            for (slot, position) in zip(slots, unsorted) {
                sorted[next[Int(slot)]] = position
                next[Int(slot)] += 1
            }
        }

        func positions(_ slot: Int) -> Positions {
            Positions(sorted: sorted, range: starts[slot]..<starts[slot + 1])
        }
    }
}
