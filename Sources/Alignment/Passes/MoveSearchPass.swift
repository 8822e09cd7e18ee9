import DraftModel

/// Pass 3: pairs what is left on both sides, wherever it stands, best match first: paragraphs of equal
/// text first (`pairExactTexts`), then through the rare-word index (never all pairs over whole
/// documents). A pair that turns out to fit the reading order of its neighbours is in place; the
/// others are moves.
enum MoveSearchPass {
    /// The least similarity for a move: higher than in a gap, since order gives no support.
    static let threshold = 0.5

    /// Ranking bonus for a sub-paragraph whose parent moved to the candidate's parent.
    static let parentBonus = 0.1

    static func run(_ problem: inout AlignmentProblem) {
        // Whole paragraphs first, then sub-paragraphs, which follow their parent when they can.
        for subparagraphs in [false, true] {
            func free() -> (olds: [Int], news: [Int]) {
                (problem.oldScope.indices.filter { problem.oldFree($0) && (problem[old: $0].path.subparagraph != nil) == subparagraphs },
                 problem.newScope.indices.filter { problem.newFree($0) && (problem[new: $0].path.subparagraph != nil) == subparagraphs })
            }
            var (olds, news) = free()
            guard !olds.isEmpty, !news.isEmpty else { continue }
            // A sub-paragraph's rank depends on its parent's pair (`parentBonus`): only whole paragraphs go first.
            if !subparagraphs, pairExactTexts(&problem, olds: olds, news: news) {
                (olds, news) = free()
                guard !olds.isEmpty, !news.isEmpty else { continue }
            }
            var candidates = CandidateIndex.scoredCandidates(problem, old: olds, new: news, threshold: threshold)
                .map { ($0.old, $0.new, $0.score, $0.score + (parentsPaired(problem, $0.old, $0.new) ? parentBonus : 0)) }
            candidates.sort { ($1.3, $0.1, $0.0) < ($0.3, $1.1, $1.0) }
            for candidate in candidates where problem.oldFree(candidate.0) && problem.newFree(candidate.1) {
                problem.pair(candidate.0, candidate.1, .moved)
            }
        }
        settleInPlace(&problem)
    }

    /// Pairs the free units of equal text (and words to compare), occurrence by occurrence in reading order:
    /// the pairs the candidates below would give first, since an exact pair scores highest and ties go in
    /// reading order, but found without the index, whose capped lists miss some of the many occurrences of
    /// a repeated text. Returns whether any pair was made.
    static func pairExactTexts(_ problem: inout AlignmentProblem, olds: [Int], news: [Int]) -> Bool {
        var occurrences: [Int: [Int]] = [:]
        for old in olds where !problem[old: old].content.isEmpty { occurrences[problem[old: old].key, default: []].append(old) }
        var taken: [Int: Int] = [:]
        var paired = false
        for new in news where !problem[new: new].content.isEmpty {
            let key = problem[new: new].key
            guard let candidates = occurrences[key] else { continue }
            var next = taken[key, default: 0]
            while next < candidates.count, !problem.compatible(candidates[next], new) { next += 1 }
            guard next < candidates.count else { taken[key] = next; continue }
            problem.pair(candidates[next], new, .moved)
            taken[key] = next + 1
            paired = true
        }
        return paired
    }

    /// Whether two sub-paragraphs' parents are paired with each other.
    static func parentsPaired(_ problem: AlignmentProblem, _ old: Int, _ new: Int) -> Bool {
        let oldPath = problem[old: old].path, newPath = problem[new: new].path
        guard let oldSub = oldPath.subparagraph, let newSub = newPath.subparagraph,
              old - oldSub - 1 >= 0, new - newSub - 1 >= 0 else { return false }
        // In scope order a sub-paragraph comes right after its parent and its elder siblings.
        let oldParent = old - oldSub - 1, newParent = new - newSub - 1
        return problem[old: oldParent].path == BlockPath(index: oldPath.index)
            && problem[new: newParent].path == BlockPath(index: newPath.index)
            && problem.oldPartner[oldParent] == newParent
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
