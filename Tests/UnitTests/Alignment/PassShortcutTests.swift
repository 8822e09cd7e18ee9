import Testing
@testable import DraftAlignment
import DraftDiff

/// The passes' shortcuts give what the plain way gives: the heaviest chain of pairs already in order,
/// the posting lists kept in one flat array, and repeated texts grouped by counting instead of in
/// dictionaries.
@Suite("Shortcuts in the alignment passes")
struct PassShortcutTests {
    static let global = try! DraftReader().read(path: Fixtures.globalResolution)

    @Test func pairsAlreadyInOrderAreTheChainTheSearchFinds() {
        var rng = SeededGenerator(seed: 11)
        var inOrder = 0, searched = 0
        for round in 0..<2_000 {
            let count = 1 + rng.below(12)
            var (old, new) = (rng.below(3), rng.below(3))
            var pairs: [(old: Int, new: Int, score: Double)] = []
            for _ in 0..<count {
                pairs.append((old, new, 0.4 + Double(rng.below(600)) / 1_000))
                // Mostly forward on both sides; now and then a step back, or a repeated position.
                old += round % 3 == 0 ? rng.below(4) - 1 : 1 + rng.below(3)
                new += round % 3 == 0 ? rng.below(4) - 1 : 1 + rng.below(3)
            }
            if zip(pairs, pairs.dropFirst()).allSatisfy({ $0.old < $1.old && $0.new < $1.new }) { inOrder += 1 } else { searched += 1 }
            #expect(WeightedChain.heaviest(pairs) == WeightedChain.searched(pairs), "\(pairs)")
        }
        #expect(inOrder > 500 && searched > 300, "both ways are tried: \(inOrder) in order, \(searched) searched")
        // A pair that adds no weight leaves the choice to the search.
        let weightless = [(old: 0, new: 0, score: 1.0), (old: 1, new: 1, score: 0.0)]
        #expect(WeightedChain.heaviest(weightless) == WeightedChain.searched(weightless))
    }

    @Test(arguments: [UInt64(1), 2, 3]) func flatPostingListsHoldWhatListsPerWordHold(seed: UInt64) {
        let corpus = UnitCorpus(old: Self.global, new: SeededRevisions.revise(Self.global, seed: seed), ignoreCase: false)
        let problem = AlignmentProblem(corpus: corpus, oldScope: Array(corpus.old.indices), newScope: Array(corpus.new.indices), options: AlignmentOptions())
        // Every other unit, so that lists skip positions.
        let olds = Array(stride(from: seed == 1 ? 0 : 1, to: problem.oldScope.count, by: 2))
        var expected: [Int32: [Int]] = [:]
        for old in olds {
            for id in Set(problem[old: old].content) where expected[id, default: []].count < CandidateIndex.postingLimit {
                expected[id, default: []].append(old)
            }
        }
        let postings = PostingLists(problem, olds)
        var capped = 0
        for id in 0..<problem.corpus.vocabulary.count {
            let slot = Int(postings.slotOfWord[id])
            guard let list = expected[Int32(id)] else { #expect(slot == -1); continue }
            #expect(slot >= 0)
            guard slot >= 0 else { continue }
            #expect(postings.list(slot).map { Int(postings.olds[$0]) } == list)
            if list.count == CandidateIndex.postingLimit { capped += 1 }
        }
        #expect(capped > 1, "common words fill their lists: \(capped)")
    }

    /// The resolution five times over against a shuffled copy with paragraphs dropped: no text is unique,
    /// and every paragraph is repeated on both sides.
    @Test(arguments: [UInt64(5), 6]) func repeatedTextsPairAsWithDictionaries(seed: UInt64) {
        let blocks = Array(repeating: Self.global.blocks, count: 5).flatMap { $0 }
        var shuffled = blocks
        var rng = SeededGenerator(seed: seed)
        for _ in 0..<60 { shuffled.swapAt(rng.below(shuffled.count), rng.below(shuffled.count)) }
        for _ in 0..<40 { shuffled.remove(at: rng.below(shuffled.count)) }
        var old = Self.global, new = Self.global
        (old.blocks, new.blocks) = (blocks, shuffled)
        let corpus = UnitCorpus(old: old, new: new, ignoreCase: false)
        var problem = AlignmentProblem(corpus: corpus, oldScope: Array(corpus.old.indices), newScope: Array(corpus.new.indices), options: AlignmentOptions())
        // A few anchors, so that there are several gaps.
        for (old, new) in [(40, 40), (300, 290), (700, 650)] where problem.compatible(old, new) { problem.pair(old, new, .inPlace) }
        let keyCount = (corpus.old + corpus.new).map(\.key).max()! + 1
        var reference = problem
        #expect(ExactAnchorPass.pairRepeatedTexts(&problem, keyCount: keyCount))
        Self.pairRepeatedTextsWithDictionaries(&reference)
        #expect(problem.oldPartner == reference.oldPartner)
        #expect(problem.newPartner == reference.newPartner)
        #expect(problem.oldPartner.filter { $0 >= 0 }.count > 500)
    }

    /// `ExactAnchorPass.pairRepeatedTexts` as it was first written, each gap's occurrences in a dictionary.
    private static func pairRepeatedTextsWithDictionaries(_ problem: inout AlignmentProblem) {
        let anchors = [(old: -1, new: -1)] + problem.inPlacePairs + [(old: problem.oldScope.count, new: problem.newScope.count)]
        var found: [(old: Int, new: Int)] = []
        for (before, after) in zip(anchors, anchors.dropFirst()) where after.old - before.old > 1 && after.new - before.new > 1 {
            var occurrences: [Int: (olds: [Int], news: [Int])] = [:]
            var keys: [Int] = []
            for old in before.old + 1..<after.old where problem.oldFree(old) {
                let key = problem[old: old].key
                if occurrences[key] == nil { keys.append(key) }
                occurrences[key, default: ([], [])].olds.append(old)
            }
            for new in before.new + 1..<after.new where problem.newFree(new) { occurrences[problem[new: new].key]?.news.append(new) }
            var pairs: [(old: Int, new: Int, score: Double)] = []
            for key in keys {
                guard let (olds, news) = occurrences[key], !news.isEmpty else { continue }
                let count = min(olds.count, news.count)
                for index in 0..<count where problem.compatible(olds[index], news[index]) {
                    pairs.append((olds[index], news[index], ExactAnchorPass.chainWeight(problem, old: olds[index])))
                }
                guard olds.count != news.count else { continue }
                for index in 1...count where problem.compatible(olds[olds.count - index], news[news.count - index]) {
                    pairs.append((olds[olds.count - index], news[news.count - index],
                                  ExactAnchorPass.chainWeight(problem, old: olds[olds.count - index]) * 0.999))
                }
            }
            for index in WeightedChain.searched(pairs) { found.append((pairs[index].old, pairs[index].new)) }
        }
        for pair in found { problem.pair(pair.old, pair.new, .inPlace) }
    }
}
