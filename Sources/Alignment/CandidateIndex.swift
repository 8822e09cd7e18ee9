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

    /// Candidate (old, new) position pairs among `oldPositions` × `newPositions`, compatible and
    /// scoring at least `threshold`, each with its score.
    /// `score` replaces the similarity when given.
    static func scoredCandidates(
        _ problem: AlignmentProblem, old oldPositions: [Int], new newPositions: [Int], threshold: Double,
        score scoring: ((Int, Int) -> Double)? = nil
    ) -> [(old: Int, new: Int, score: Double)] {
        var result: [(old: Int, new: Int, score: Double)] = []
        func consider(_ old: Int, _ new: Int) {
            guard problem.compatible(old, new) else { return }
            let score = scoring?(old, new) ?? problem.score(old, new)
            if score >= threshold { result.append((old, new, score)) }
        }
        if oldPositions.count * newPositions.count <= exhaustiveLimit {
            for new in newPositions { for old in oldPositions { consider(old, new) } }
            return result
        }
        let frequency = problem.corpus.documentFrequency
        // Posting lists: for each word, the old positions holding it (at most `postingLimit`).
        var slotOfWord: [Int32: Int] = [:]
        var postings: [[Int]] = []
        for old in oldPositions {
            var previous: Int32 = -1
            for id in problem[old: old].content where id != previous {
                previous = id
                if let slot = slotOfWord[id] {
                    if postings[slot].count < postingLimit { postings[slot].append(old) }
                } else {
                    slotOfWord[id] = postings.count
                    postings.append([old])
                }
            }
        }
        // `seenBy[old] == new` once `old` has been considered for `new`.
        var seenBy = [Int](repeating: -1, count: problem.oldScope.count)
        var words: [(frequency: Int32, id: Int32, slot: Int)] = []
        for new in newPositions {
            words.removeAll(keepingCapacity: true)
            var previous: Int32 = -1
            for id in problem[new: new].content where id != previous {
                previous = id
                if let slot = slotOfWord[id] { words.append((frequency[Int(id)], id, slot)) }
            }
            words.sort { ($0.frequency, $0.id) < ($1.frequency, $1.id) }
            for word in words.prefix(wordsPerUnit) {
                for old in postings[word.slot] where seenBy[old] != new {
                    seenBy[old] = new
                    consider(old, new)
                }
            }
        }
        return result
    }
}

/// The heaviest set of pairs that keeps reading order on both sides (strictly increasing old and new),
/// in O(k log k) with a Fenwick tree of prefix maxima.
enum WeightedChain {
    /// Indices into `pairs` of the chosen chain, in order.
    static func heaviest(_ pairs: [(old: Int, new: Int, score: Double)]) -> [Int] {
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
