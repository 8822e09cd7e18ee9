import WordDiff

/// Pass 1: pairs the units whose comparison key occurs exactly once on each side.
///
/// The pairs that keep their order (the heaviest chain) become in-place anchors;
/// the others are exact moves. Each anchor is then extended to equal neighbours on both sides,
/// as are the starts and ends of the scope, so runs of repeated texts (10,000 identical paragraphs)
/// pair in linear time. Last, in each gap left between in-place pairs, a text found as often on
/// both sides of the gap is paired occurrence by occurrence, in order (`pairEqualCounts`): a draft
/// made of repeated copies, where no text is unique, is then anchored as a draft of unique texts is,
/// instead of leaving the whole draft to gap pairing.
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
        if pairEqualCounts(&problem, keyCount: counts.count) { extendAnchors(&problem) }
    }

    /// The weight of an exact pair in a chain: a heading weighs more than a paragraph (a paragraph
    /// crossing a heading moved, not the heading), and a longer text a little more than a shorter one,
    /// so that both directions of a comparison choose alike.
    private static func chainWeight(_ problem: AlignmentProblem, old: Int) -> Double {
        (problem[old: old].role == .heading ? 1.5 : 1) + min(problem[old: old].weight, 1e4) * 1e-6
    }

    /// In every gap between in-place pairs, pairs the free units whose key occurs as many times among
    /// the gap's free old units as among its free new ones: the first occurrence with the first, the
    /// second with the second, and so on. The heaviest chain of these pairs stays in place; the others
    /// are left free for the later passes (a text repeated elsewhere is no evidence of a move).
    /// Returns whether any pair was made. Linear in the gaps' sizes, but for the chain's sort.
    static func pairEqualCounts(_ problem: inout AlignmentProblem, keyCount: Int) -> Bool {
        let anchors = [(old: -1, new: -1)] + problem.inPlacePairs
            + [(old: problem.oldScope.count, new: problem.newScope.count)]
        // Per key, within the current gap: occurrences on each side, and how many new ones are paired.
        var oldCount = [Int32](repeating: 0, count: keyCount)
        var newCount = [Int32](repeating: 0, count: keyCount)
        var newSeen = [Int32](repeating: 0, count: keyCount)
        var found: [(old: Int, new: Int, score: Double)] = []
        for (before, after) in zip(anchors, anchors.dropFirst()) {
            guard after.old - before.old > 1, after.new - before.new > 1 else { continue }
            let olds = (before.old + 1..<after.old).filter { problem.oldFree($0) }
            let news = (before.new + 1..<after.new).filter { problem.newFree($0) }
            guard !olds.isEmpty, !news.isEmpty else { continue }
            for old in olds { oldCount[problem[old: old].key] += 1 }
            for new in news { newCount[problem[new: new].key] += 1 }
            // The n-th new occurrence of a key pairs with its n-th old occurrence: the old positions of
            // each such key, gathered in order, are found by counting down from the end.
            var oldOccurrences: [Int32: [Int]] = [:]
            for old in olds {
                let key = problem[old: old].key
                if oldCount[key] == newCount[key] { oldOccurrences[Int32(key), default: []].append(old) }
            }
            var gapPairs: [(old: Int, new: Int, score: Double)] = []
            if !oldOccurrences.isEmpty {
                for new in news {
                    let key = problem[new: new].key
                    guard let occurrences = oldOccurrences[Int32(key)] else { continue }
                    let old = occurrences[Int(newSeen[key])]
                    newSeen[key] += 1
                    if problem.compatible(old, new) { gapPairs.append((old, new, chainWeight(problem, old: old))) }
                }
            }
            for index in WeightedChain.heaviest(gapPairs) { found.append((gapPairs[index].old, gapPairs[index].new, 0)) }
            for old in olds { oldCount[problem[old: old].key] = 0 }
            for new in news { newCount[problem[new: new].key] = 0; newSeen[problem[new: new].key] = 0 }
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
