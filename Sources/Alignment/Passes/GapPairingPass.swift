/// Pass 2: between consecutive in-place pairs, pairs the free units by rarity-weighted similarity,
/// keeping reading order (the heaviest chain), so near-duplicates stay with their own counterpart.
enum GapPairingPass {
    /// The least similarity for a pair found in a gap.
    static let threshold = 0.4

    static func run(_ problem: inout AlignmentProblem) {
        let anchors = [(old: -1, new: -1)] + problem.inPlacePairs
            + [(old: problem.oldScope.count, new: problem.newScope.count)]
        for (before, after) in zip(anchors, anchors.dropFirst()) {
            guard after.old - before.old > 1, after.new - before.new > 1 else { continue }
            let olds = (before.old + 1..<after.old).filter { problem.oldFree($0) }
            let news = (before.new + 1..<after.new).filter { problem.newFree($0) }
            guard !olds.isEmpty, !news.isEmpty else { continue }
            let candidates = CandidateIndex.scoredCandidates(problem, old: olds, new: news, threshold: threshold)
            for index in WeightedChain.heaviest(candidates) {
                problem.pair(candidates[index].old, candidates[index].new, .inPlace)
            }
        }
    }
}
