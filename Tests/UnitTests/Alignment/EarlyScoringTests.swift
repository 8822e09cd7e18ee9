import Testing
@testable import DraftAlignment
import DraftDiff

/// Scoring against a threshold gives up on a pair as soon as its rarest words show it cannot reach it:
/// on real revisions, the score it gives is the full score whenever that reaches the threshold, and
/// below the threshold otherwise.
@Suite("Scoring given up early")
struct EarlyScoringTests {
    static let global = try! DraftReader().read(path: Fixtures.globalResolution)

    private func makeProblem(seed: UInt64) -> AlignmentProblem {
        let corpus = UnitCorpus(old: Self.global, new: SeededRevisions.revise(Self.global, seed: seed), ignoreCase: false)
        return AlignmentProblem(corpus: corpus, oldScope: Array(corpus.old.indices), newScope: Array(corpus.new.indices), options: AlignmentOptions())
    }

    @Test func contentsStartWithTheirRarestWords() {
        let problem = makeProblem(seed: 1)
        let rarity = problem.corpus.rarity
        #expect(zip(rarity, rarity.dropFirst()).allSatisfy { $0 >= $1 }, "ranks run from the rarest word")
        for unit in problem.corpus.old + problem.corpus.new {
            #expect(zip(unit.content, unit.content.dropFirst()).allSatisfy { $0 <= $1 })
            #expect(unit.weight == unit.content.reduce(0.0) { $0 + rarity[Int($1)] })
        }
    }

    @Test(arguments: [UInt64(2), 3, 4]) func aScoreReachingItsThresholdIsExactAndOneBelowStaysBelow(seed: UInt64) {
        let problem = makeProblem(seed: seed)
        let similarity = problem.similarity
        var reached = 0, givenUp = 0
        // Each new unit against the old units around its own position: near pairs reach the thresholds,
        // far ones do not.
        for new in problem.newScope.indices {
            for old in max(0, new - 6)..<min(problem.oldScope.count, new + 6) {
                for threshold in [0.3, 0.4, 0.6, 0.9] {
                    let full = problem.score(old, new)
                    let early = problem.score(old, new, atLeast: threshold)
                    if full >= threshold { #expect(early == full); reached += 1 } else { #expect(early < threshold); givenUp += 1 }
                    problem.units(old, new) { old, new in
                        let full = similarity.containment(of: new.content, new.weight, in: old.content)
                        let early = similarity.containment(of: new.content, new.weight, in: old.content, atLeast: threshold)
                        if full >= threshold { #expect(early == full) } else { #expect(early < threshold) }
                    }
                }
            }
        }
        #expect(reached > 100 && givenUp > 100, "both cases occur: \(reached) reached, \(givenUp) given up")
    }

    @Test func workingMemoryLeftForTheExitChangesNothing() throws {
        let new = SeededRevisions.revise(Self.global, seed: 5)
        let freed = DraftAligner().align(Self.global, new)
        let kept = DraftAligner(options: AlignmentOptions(freesWorkingMemory: false)).align(Self.global, new)
        #expect(try Redline.write(freed, format: .json, options: ReportOptions()) == Redline.write(kept, format: .json, options: ReportOptions()))
    }

    @Test(arguments: [1, 2, 7, 64]) func piecesRunOnceEachAndComeBackInOrder(count: Int) {
        let results = inPieces(count) { piece in (piece, (0..<10_000).reduce(0) { $0 &+ $1 &* piece }) }
        #expect(results.map(\.0) == Array(0..<count))
        #expect(results.map(\.1) == (0..<count).map { piece in (0..<10_000).reduce(0) { $0 &+ $1 &* piece } })
    }

    @Test(arguments: [1, 2, 7, 64]) func piecesDeliveredInOrderOneAtATime(count: Int) {
        // Later pieces are quicker, so that they are often done before the ones they must wait for.
        var delivered: [Int] = []
        var inside = 0, mostInside = 0
        inPieces(count, { piece in (piece, (0..<(count - piece) * 2_000).reduce(0) { $0 &+ $1 &* piece }) }, inOrder: { result in
            inside += 1
            mostInside = max(mostInside, inside)
            delivered.append(result.0)
            #expect(result.1 == (0..<(count - result.0) * 2_000).reduce(0) { $0 &+ $1 &* result.0 })
            inside -= 1
        })
        #expect(delivered == Array(0..<count))
        #expect(mostInside == 1)
    }
}
