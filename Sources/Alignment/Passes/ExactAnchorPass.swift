import WordDiff

/// Pass 1: pairs the units whose comparison key occurs exactly once on each side.
///
/// The pairs that keep their order (the heaviest chain) become in-place anchors;
/// the others are exact moves. Each anchor is then extended to equal neighbours on both sides,
/// as are the starts and ends of the scope, so runs of repeated texts (10,000 identical paragraphs)
/// pair in linear time.
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
        // The heaviest chain in reading order stays in place: a heading weighs more than a paragraph
        // (a paragraph crossing a heading moved, not the heading), and a longer text a little more
        // than a shorter one, so that both directions of a comparison choose alike.
        let weighted = unique.map { pair in
            (old: pair.old, new: pair.new, score: (problem[old: pair.old].role == .heading ? 1.5 : 1) + min(problem[old: pair.old].weight, 1e4) * 1e-6)
        }
        let kept = Set(WeightedChain.heaviest(weighted))
        for (index, pair) in unique.enumerated() {
            problem.pair(pair.old, pair.new, kept.contains(index) ? .inPlace : .moved)
        }
        extendAnchors(&problem)
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
