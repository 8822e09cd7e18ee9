/// Pass 4: finds paragraphs split in two or more, and paragraphs merged into one.
///
/// For a split, each old paragraph starts from its partner (or, when it has none, from the free new
/// paragraph most contained in it) and takes in the free neighbouring new paragraphs that are mostly
/// made of its words, as long as the similarity of the old text to the joined new texts grows.
/// A merge is the same search with the sides swapped.
enum SplitMergePass {
    /// How much of a part must come from the whole.
    static let containmentThreshold = 0.6
    /// How much the joined texts must gain in similarity to take in one more part.
    static let minimumGain = 0.03
    /// The least similarity of a group.
    static let groupThreshold = 0.5
    /// How much of a part already paired elsewhere must come from the whole for the group to take it,
    /// and by how much more than from its partner.
    static let takeoverContainment = 0.85
    static let takeoverMargin = 0.1

    static func run(_ problem: inout AlignmentProblem) {
        search(&problem, splitting: true)
        search(&problem, splitting: false)
    }

    /// One direction: `splitting` looks for one old and many new, otherwise one new and many old.
    private static func search(_ problem: inout AlignmentProblem, splitting: Bool) {
        let view = SideView(splitting: splitting)
        let seeds = freeSeeds(problem, view)
        for one in 0..<view.oneCount(problem) where view.oneUnit(problem, one, { $0.role }) == .text && view.oneGroup(problem, one) < 0 {
            let seed = seeds[one] >= 0 && view.manyFree(problem, seeds[one]) ? seeds[one] : nil
            guard let start = view.partner(problem, one) ?? seed else { continue }
            let whole = view.oneUnit(problem, one) { (content: $0.content, weight: $0.weight, key: $0.key) }
            // Paired with an equal text: nothing joined to it can come closer.
            if view.partner(problem, one) == start, whole.key == view.manyUnit(problem, start, { $0.key }) { continue }
            var parts = [start]
            // The similarity of the whole with its parts; with the first part alone, worked out only
            // once a neighbour may join it (most have none).
            var best: Double?
            while let (next, score) = bestExtension(problem, view, whole: (whole.content, whole.weight), parts: parts, current: best) {
                parts.append(next)
                parts.sort()
                best = score
            }
            guard parts.count >= 2, let best, best >= groupThreshold else { continue }
            let group = AlignmentProblem.Group(old: splitting ? [one] : parts, new: splitting ? parts : [one], similarity: best)
            problem.addGroup(group)
        }
    }

    /// For each unit on the "one" side, the free unit of the other side most contained in it when the
    /// unit is free, or -1.
    private static func freeSeeds(_ problem: AlignmentProblem, _ view: SideView) -> [Int] {
        var seeds = [(part: Int, score: Double)](repeating: (-1, 0), count: view.oneCount(problem))
        let ones = (0..<view.oneCount(problem)).filter { view.oneFree(problem, $0) }
        let manys = (0..<view.manyCount(problem)).filter { view.manyFree(problem, $0) }
        guard !ones.isEmpty, !manys.isEmpty else { return seeds.map(\.part) }
        let olds = view.splitting ? ones : manys, news = view.splitting ? manys : ones
        let candidates = CandidateIndex.scoredCandidates(
            problem, old: olds, new: news, threshold: containmentThreshold,
            measure: view.splitting ? .containmentOfNew : .containmentOfOld)
        for candidate in candidates {
            let (one, many) = view.splitting ? (candidate.old, candidate.new) : (candidate.new, candidate.old)
            if seeds[one].part >= 0, (seeds[one].score, -seeds[one].part) >= (candidate.score, -many) { continue }
            seeds[one] = (many, candidate.score)
        }
        return seeds.map(\.part)
    }

    /// The free neighbour of `parts` whose joining raises the similarity most, if any raises it enough
    /// above `current`, the similarity with `parts`; nil when `parts` is the first part alone, whose
    /// similarity is worked out only once a neighbour may join it (most have none).
    private static func bestExtension(
        _ problem: AlignmentProblem, _ view: SideView, whole: (content: [Int32], weight: Double), parts: [Int],
        current: Double?
    ) -> (Int, Double)? {
        var best: (Int, Double)?
        var needed: Double?
        for next in [parts[0] - 1, parts[parts.count - 1] + 1] where next >= 0 && next < view.manyCount(problem) {
            // Exact once it reaches the threshold, which is all that is compared below.
            let containment = view.manyUnit(problem, next) {
                $0.role != .text ? 0 : problem.similarity.containment(of: $0.content, $0.weight, in: whole.content, atLeast: containmentThreshold)
            }
            guard containment >= containmentThreshold,
                  view.manyFree(problem, next) || canTakeOver(problem, view, next, containment: containment) else { continue }
            let least = needed ?? (current ?? view.manyUnit(problem, parts[0]) {
                problem.similarity.score(whole.content, whole.weight, $0.content, $0.weight)
            }) + minimumGain
            needed = least
            let union = joined(problem, view, parts + [next])
            let score = problem.similarity.score(whole.content, whole.weight, union.content, union.weight, atLeast: least)
            if score >= least, score > (best?.1 ?? 0) { best = (next, score) }
        }
        return best
    }

    /// Whether a part paired with another unit belongs rather to this group: it comes almost wholly
    /// from the group's whole, and clearly more than from its partner.
    private static func canTakeOver(_ problem: AlignmentProblem, _ view: SideView, _ part: Int, containment: Double) -> Bool {
        guard containment >= takeoverContainment, view.manyGroup(problem, part) < 0,
              let partner = view.manyPartner(problem, part) else { return false }
        let fromPartner = view.manyUnit(problem, part) { unit in
            view.oneUnit(problem, partner) { problem.similarity.containment(of: unit.content, unit.weight, in: $0.content) }
        }
        return fromPartner + takeoverMargin < containment
    }

    private static func joined(_ problem: AlignmentProblem, _ view: SideView, _ parts: [Int]) -> (content: [Int32], weight: Double) {
        let contents = parts.map { view.manyUnit(problem, $0) { $0.content } }
        return (Similarity.union(contents), parts.reduce(0) { total, part in total + view.manyUnit(problem, part) { $0.weight } })
    }
}

/// The problem seen from the side that has one unit ("one") and the side that has several ("many").
private struct SideView {
    let splitting: Bool

    func oneCount(_ p: AlignmentProblem) -> Int { splitting ? p.oldScope.count : p.newScope.count }
    func manyCount(_ p: AlignmentProblem) -> Int { splitting ? p.newScope.count : p.oldScope.count }
    // Units are borrowed, not copied: a copy retains each of a unit's arrays.
    func oneUnit<T>(_ p: AlignmentProblem, _ i: Int, _ field: (borrowing AlignmentUnit) -> T) -> T {
        splitting ? field(p[old: i]) : field(p[new: i])
    }
    func manyUnit<T>(_ p: AlignmentProblem, _ i: Int, _ field: (borrowing AlignmentUnit) -> T) -> T {
        splitting ? field(p[new: i]) : field(p[old: i])
    }
    func oneFree(_ p: AlignmentProblem, _ i: Int) -> Bool { splitting ? p.oldFree(i) : p.newFree(i) }
    func manyFree(_ p: AlignmentProblem, _ i: Int) -> Bool { splitting ? p.newFree(i) : p.oldFree(i) }
    func oneGroup(_ p: AlignmentProblem, _ i: Int) -> Int { splitting ? p.oldGroup[i] : p.newGroup[i] }
    func manyGroup(_ p: AlignmentProblem, _ i: Int) -> Int { splitting ? p.newGroup[i] : p.oldGroup[i] }
    func manyPartner(_ p: AlignmentProblem, _ i: Int) -> Int? {
        let partner = splitting ? p.newPartner[i] : p.oldPartner[i]
        return partner >= 0 ? partner : nil
    }
    func partner(_ p: AlignmentProblem, _ i: Int) -> Int? {
        let partner = splitting ? p.oldPartner[i] : p.newPartner[i]
        return partner >= 0 ? partner : nil
    }
}
