import DraftModel

/// Finds which old units are worth scoring against each new unit without scoring all pairs:
/// small sets are compared exhaustively; larger ones through an index of each unit's rarest words,
/// with capped posting lists, so the work grows linearly with the number of units.
struct CandidateIndex {
    /// Up to this many pairs, every compatible pair is a candidate.
    static let exhaustiveLimit = 4_096
    /// How many of a new unit's rarest words are looked up.
    static let wordsPerUnit = 8
    /// Longest posting list kept; a word found in more units than this says little anyway.
    static let postingLimit = 64
    /// How many pieces the new units are looked up in.
    static let lookUpPieces = 8

    /// What a candidate pair is scored by.
    enum Measure {
        /// The rarity-weighted similarity of the two units (`AlignmentProblem.score`).
        case similarity
        /// How much of the new unit is found in the old one.
        case containmentOfNew
        /// How much of the old unit is found in the new one.
        case containmentOfOld

        /// The pair's score when it is compatible and reaches `threshold`; nil without scoring it when its
        /// shared weight, at most `shared`, cannot reach the threshold.
        func score(_ problem: AlignmentProblem, _ old: Int, _ new: Int, atLeast threshold: Double, sharingAtMost shared: Double) -> Double? {
            guard mayReach(threshold, shared: shared, problem, old, new), problem.compatible(old, new) else { return nil }
            let score = switch self {
            case .similarity: problem.score(old, new, atLeast: threshold)
            case .containmentOfNew:
                problem.units(old, new) { old, new in
                    problem.similarity.containment(of: new.content, new.weight, in: old.content, atLeast: threshold)
                }
            case .containmentOfOld:
                problem.units(old, new) { old, new in
                    problem.similarity.containment(of: old.content, old.weight, in: new.content, atLeast: threshold)
                }
            }
            return score >= threshold ? score : nil
        }

        /// Whether a pair whose shared weight is at most `shared` could still score `threshold`
        /// (with a margin for rounding, so that no pair that reaches it is ever left out).
        func mayReach(_ threshold: Double, shared: Double, _ problem: AlignmentProblem, _ old: Int, _ new: Int) -> Bool {
            let margin = 1e-9
            switch self {
            case .similarity:
                let total = problem[old: old].weight + problem[new: new].weight
                return total <= 0 || 2 * shared / total >= threshold - margin
            case .containmentOfNew: return shared >= threshold * problem[new: new].weight - margin
            case .containmentOfOld: return shared >= threshold * problem[old: old].weight - margin
            }
        }
    }

    /// Candidate (old, new) position pairs among `oldPositions` × `newPositions`, compatible and
    /// scoring at least `threshold` by `measure`, each with its score.
    ///
    /// Large sets go through the index: for each new unit, the old units holding one of its rarest
    /// words, in a fixed order. A candidate that lacks some of those words (known from complete
    /// posting lists) cannot share their weight; when what is left cannot reach `threshold`, the pair
    /// is not scored at all. The result is the same as scoring every candidate.
    static func scoredCandidates(
        _ problem: AlignmentProblem, old oldPositions: [Int], new newPositions: [Int], threshold: Double,
        measure: Measure = .similarity
    ) -> [(old: Int, new: Int, score: Double)] {
        var result: [(old: Int, new: Int, score: Double)] = []
        func consider(_ old: Int, _ new: Int) {
            // Two units share at most the weight of the lighter one: when even that cannot reach the
            // threshold (a short paragraph against a long one), the pair is not scored.
            let lighter = min(problem[old: old].weight, problem[new: new].weight)
            if let score = measure.score(problem, old, new, atLeast: threshold, sharingAtMost: lighter) { result.append((old, new, score)) }
        }
        if oldPositions.count * newPositions.count <= exhaustiveLimit {
            for new in newPositions { for old in oldPositions { consider(old, new) } }
            return result
        }
        let rarity = problem.corpus.rarity
        let postings = PostingLists(problem, oldPositions)
        // The new units are looked up in pieces, on the threads there are (a piece's cost is not known
        // before: some units have hundreds of candidates); the pieces' results, joined in order, are
        // those of one pass.
        let pieces = min(lookUpPieces, newPositions.count)
        return inPieces(pieces) { piece in
            lookUp(newPositions[newPositions.count * piece / pieces..<newPositions.count * (piece + 1) / pieces])
        }.flatMap { $0 }

        /// The candidates of `news`, scored, in order.
        func lookUp(_ news: ArraySlice<Int>) -> [(old: Int, new: Int, score: Double)] {
            var result: [(old: Int, new: Int, score: Double)] = []
            // `seenBy[old] == new` once `old` is a candidate for `new`; `found[old]`: the weight of the
            // looked-up words it holds (from complete lists only).
            var seenBy = [Int](repeating: -1, count: problem.oldScope.count)
            var found = [Double](repeating: 0, count: problem.oldScope.count)
            var words: [(slot: Int, weight: Double)] = []
            var candidates: [Int] = []
            for new in news {
                // The rarest words the old units hold: contents hold ranks, rarest first (ties in id order).
                words.removeAll(keepingCapacity: true)
                let content = problem[new: new].content
                var index = 0
                while index < content.count, words.count < wordsPerUnit {
                    let word = content[index]
                    var end = index + 1
                    while end < content.count, content[end] == word { end += 1 }
                    let slot = Int(postings.slotOfWord[Int(word)])
                    if slot >= 0 { words.append((slot, Double(end - index) * rarity[Int(word)])) }
                    index = end
                }
                candidates.removeAll(keepingCapacity: true)
                var checkable = 0.0
                for word in words {
                    let list = postings.list(word.slot)
                    let complete = list.count < postingLimit
                    if complete { checkable += word.weight }
                    for index in list {
                        let old = Int(postings.olds[index])
                        if seenBy[old] != new {
                            seenBy[old] = new
                            found[old] = 0
                            candidates.append(old)
                        }
                        if complete { found[old] += word.weight }
                    }
                }
                let newWeight = problem[new: new].weight
                for old in candidates {
                    let shared = newWeight - (checkable - found[old])
                    if let score = measure.score(problem, old, new, atLeast: threshold, sharingAtMost: shared) { result.append((old, new, score)) }
                }
            }
            return result
        }
    }
}

/// For each word the old units hold, the old positions holding it (at most `CandidateIndex.postingLimit`),
/// in order: one flat array, filled in two passes (counting, then placing), instead of an array per word.
struct PostingLists {
    /// Each word's slot (by id), or -1 for a word no old unit holds.
    let slotOfWord: [Int32]
    /// Slot `s`'s positions are `olds[starts[s]..<starts[s + 1]]`.
    let starts: [Int32]
    let olds: [Int32]

    init(_ problem: AlignmentProblem, _ oldPositions: [Int]) {
        let limit = Int32(CandidateIndex.postingLimit)
        /// Calls `body` with each distinct word (content is sorted) of each old unit, in order.
        func eachWord(_ body: (_ old: Int, _ id: Int) -> Void) {
            for old in oldPositions {
                var previous: Int32 = -1
                for id in problem[old: old].content where id != previous {
                    previous = id
                    body(old, Int(id))
                }
            }
        }
        var slotOfWord = [Int32](repeating: -1, count: problem.corpus.vocabulary.count)
        var counts: [Int32] = []
        eachWord { _, id in
            let slot = Int(slotOfWord[id])
            if slot < 0 {
                slotOfWord[id] = Int32(counts.count)
                counts.append(1)
            } else if counts[slot] < limit {
                counts[slot] += 1
            }
        }
        var starts = [Int32](repeating: 0, count: counts.count + 1)
        for slot in counts.indices { starts[slot + 1] = starts[slot] + counts[slot] }
        var olds = [Int32](repeating: 0, count: Int(starts[counts.count]))
        var next = Array(starts.dropLast())
        eachWord { old, id in
            let slot = Int(slotOfWord[id])
            guard next[slot] < starts[slot + 1] else { return }
            olds[Int(next[slot])] = Int32(old)
            next[slot] += 1
        }
        (self.slotOfWord, self.starts, self.olds) = (slotOfWord, starts, olds)
    }

    /// The indices into `olds` of a slot's positions.
    func list(_ slot: Int) -> Range<Int> { Int(starts[slot])..<Int(starts[slot + 1]) }
}

/// The heaviest set of pairs that keeps reading order on both sides (strictly increasing old and new),
/// in O(k log k) with a Fenwick tree of prefix maxima.
enum WeightedChain {
    /// Indices into `pairs` of the chosen chain, in order.
    static func heaviest(_ pairs: [(old: Int, new: Int, score: Double)]) -> [Int] {
        // Pairs given in reading order on both sides, each adding weight, are their own heaviest chain
        // (as most gaps' pairs are): `searched` would choose them all.
        if pairs.allSatisfy({ $0.score > 0 }), zip(pairs, pairs.dropFirst()).allSatisfy({ $0.old < $1.old && $0.new < $1.new }) {
            return Array(pairs.indices)
        }
        return searched(pairs)
    }

    /// `heaviest`, by the search alone.
    static func searched(_ pairs: [(old: Int, new: Int, score: Double)]) -> [Int] {
        let order = pairs.indices.sorted { (pairs[$0].old, pairs[$0].new) < (pairs[$1].old, pairs[$1].new) }
        // New positions ranked 0…k-1 among the candidates, so the tree is as small as the candidate set.
        let ranks = Array(Set(pairs.map(\.new))).sorted()
        let rank = { (new: Int) -> Int in ranks.partitioningIndex(where: { $0 >= new }) }
        let newCount = ranks.count
        var tree = [(value: Double, index: Int)](repeating: (0, -1), count: newCount + 1)
        var total = [Double](repeating: 0, count: pairs.count)
        var previous = [Int](repeating: -1, count: pairs.count)
        var start = 0
        while start < order.count {
            var end = start
            while end < order.count, pairs[order[end]].old == pairs[order[start]].old { end += 1 }
            for index in order[start..<end] {
                var (best, bestIndex) = (0.0, -1)
                var cursor = rank(pairs[index].new)   // prefix over new ranks below this one (1-based tree)
                while cursor > 0 {
                    if tree[cursor].value > best { (best, bestIndex) = tree[cursor] }
                    cursor -= cursor & -cursor
                }
                total[index] = best + pairs[index].score
                previous[index] = bestIndex
            }
            for index in order[start..<end] {
                var cursor = rank(pairs[index].new) + 1
                while cursor <= newCount {
                    if total[index] > tree[cursor].value { tree[cursor] = (total[index], index) }
                    cursor += cursor & -cursor
                }
            }
            start = end
        }
        guard var cursor = total.indices.max(by: { (total[$0], -$0) < (total[$1], -$1) }) else { return [] }
        var chain: [Int] = []
        while cursor >= 0 { chain.append(cursor); cursor = previous[cursor] }
        return chain.reversed()
    }
}

extension Array where Element == Int {
    /// The first index whose element satisfies `predicate`, which must be false then true along the array.
    func partitioningIndex(where predicate: (Int) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if predicate(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
