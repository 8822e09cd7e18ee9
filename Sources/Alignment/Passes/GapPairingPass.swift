import DraftModel

/// Pass 2: between consecutive in-place pairs, pairs the free units by rarity-weighted similarity,
/// keeping reading order (the heaviest chain), so near-duplicates stay with their own counterpart.
enum GapPairingPass {
    /// The least similarity for a pair found in a gap.
    static let threshold = 0.4

    static func run(_ problem: inout AlignmentProblem) {
        let anchors = [(old: -1, new: -1)] + problem.inPlacePairs
            + [(old: problem.oldScope.count, new: problem.newScope.count)]
        var gaps: [(olds: [Int], news: [Int])] = []
        var size = 0
        for (before, after) in zip(anchors, anchors.dropFirst()) {
            guard after.old - before.old > 1, after.new - before.new > 1 else { continue }
            let olds = (before.old + 1..<after.old).filter { problem.oldFree($0) }
            let news = (before.new + 1..<after.new).filter { problem.newFree($0) }
            guard !olds.isEmpty, !news.isEmpty else { continue }
            gaps.append((olds, news))
            size += olds.count + news.count
        }
        // The gaps hold different units: each half of them is worked out on a thread of its own,
        // and the pairs found are made afterwards, in reading order.
        var middle = 0, firstHalf = 0
        while middle < gaps.count, firstHalf * 2 < size {
            firstHalf += gaps[middle].olds.count + gaps[middle].news.count
            middle += 1
        }
        let pairs = { [problem] in
            let (first, second) = sideBySide({ chains(gaps[..<middle], problem) }, { chains(gaps[middle...], problem) })
            return first + second
        }()
        for (old, new) in pairs { problem.pair(old, new, .inPlace) }
    }

    /// The pairs of the heaviest chain of each gap, in order.
    private static func chains(_ gaps: ArraySlice<(olds: [Int], news: [Int])>, _ problem: AlignmentProblem) -> [(old: Int, new: Int)] {
        var pairs: [(old: Int, new: Int)] = []
        for gap in gaps {
            let candidates = CandidateIndex.scoredCandidates(problem, old: gap.olds, new: gap.news, threshold: threshold)
            for index in WeightedChain.heaviest(candidates) { pairs.append((candidates[index].old, candidates[index].new)) }
        }
        return pairs
    }
}
