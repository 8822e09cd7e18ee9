import DraftModel

/// Pass 2: between consecutive in-place pairs, pairs the free units by rarity-weighted similarity,
/// keeping reading order (the heaviest chain), so near-duplicates stay with their own counterpart.
enum GapPairingPass {
    /// The least similarity for a pair found in a gap.
    static let threshold = 0.4
    /// How many pieces the gaps are worked out in.
    static let pieces = 8

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
        // The gaps hold different units: they are worked out in pieces of about the same number of
        // units, on the threads there are, and the pairs found are made afterwards, in reading order.
        var starts = [0]
        var filled = 0
        for (index, gap) in gaps.enumerated() {
            filled += gap.olds.count + gap.news.count
            if filled * pieces >= size * starts.count, index + 1 < gaps.count { starts.append(index + 1) }
        }
        starts.append(gaps.count)
        let pairs = { [problem, starts] in
            inPieces(starts.count - 1) { piece in chains(gaps[starts[piece]..<starts[piece + 1]], problem) }.flatMap { $0 }
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
