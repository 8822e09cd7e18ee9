/// Pass 3: pairs what is left on both sides, wherever it stands, best match first, through the
/// rare-word index (never all pairs over whole documents). A pair that turns out to fit the reading
/// order of its neighbours is in place; the others are moves.
enum MoveSearchPass {
    /// The least similarity for a move: higher than in a gap, since order gives no support.
    static let threshold = 0.5

    static func run(_ problem: inout AlignmentProblem) {
        let olds = problem.oldScope.indices.filter { problem.oldFree($0) }
        let news = problem.newScope.indices.filter { problem.newFree($0) }
        guard !olds.isEmpty, !news.isEmpty else { return }
        var candidates = CandidateIndex.scoredCandidates(problem, old: olds, new: news, threshold: threshold)
        candidates.sort { ($1.score, $0.new, $0.old) < ($0.score, $1.new, $1.old) }
        for candidate in candidates where problem.oldFree(candidate.old) && problem.newFree(candidate.new) {
            problem.pair(candidate.old, candidate.new, .moved)
        }
        settleInPlace(&problem)
    }

    /// Marks as in place every moved pair that sits between its in-place neighbours on both sides.
    static func settleInPlace(_ problem: inout AlignmentProblem) {
        var previousOld = -1
        var pendingMoves: [Int] = []
        func settle(upTo nextOld: Int) {
            var floor = previousOld
            for new in pendingMoves {
                let old = problem.newPartner[new]
                if old > floor, old < nextOld { problem.origin[new] = .inPlace; floor = old }
            }
            pendingMoves.removeAll()
        }
        for new in problem.newScope.indices where problem.newPartner[new] >= 0 {
            if problem.origin[new] == .moved {
                pendingMoves.append(new)
            } else {
                settle(upTo: problem.newPartner[new])
                previousOld = problem.newPartner[new]
            }
        }
        settle(upTo: problem.oldScope.count)
    }
}
