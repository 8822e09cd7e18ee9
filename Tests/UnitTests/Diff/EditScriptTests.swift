import Testing
@testable import WordDiff

@Suite("Edit scripts")
struct EditScriptTests {
    @Test func scriptsReproduceBothTextsExactly() {
        var generator = SplitMix(seed: 7)
        let words = ["de", "la", "Commission", "l’OEA", "l'OEA", ",", "2021", "États", "membres", " ", "\u{00A0}", "«", "\""]
        for _ in 0..<300 {
            let old = (0..<generator.next(40)).map { _ in words[generator.next(words.count)] }.joined(separator: " ")
            var new = old.split(separator: " ").map(String.init)
            for _ in 0..<generator.next(6) where !new.isEmpty {
                let index = generator.next(new.count)
                switch generator.next(3) {
                case 0: new[index] = words[generator.next(words.count)]
                case 1: new.remove(at: index)
                default: new.insert(words[generator.next(words.count)], at: index)
                }
            }
            let newText = new.joined(separator: " ")
            let changes = EditScript.changes(from: old, to: newText)
            #expect(changes.oldText == old)
            #expect(changes.newText == newText)
        }
    }

    @Test func rebuildsComparesBytesNotUnicodeEquivalence() {
        let script = [WordChange(.equal, "Le "), WordChange(.delete, "vieux"), WordChange(.insert, "nouveau"), WordChange(.equal, " café")]
        #expect(script.rebuilds(old: "Le vieux café", new: "Le nouveau café"))
        // "café" with e + U+0301: equal as Swift Strings, not the same bytes.
        #expect("Le vieux cafe\u{301}" == script.oldText)
        #expect(!script.rebuilds(old: "Le vieux cafe\u{301}", new: "Le nouveau café"))
        #expect(!script.rebuilds(old: "Le vieux café.", new: "Le nouveau café"), "old text longer than the script")
        #expect(!script.rebuilds(old: "Le vieux caf", new: "Le nouveau café"), "old text shorter than the script")
        #expect(!script.rebuilds(old: "Le vieux café", new: "Le neuf café"))
        #expect([WordChange]().rebuilds(old: "", new: ""))
    }

    @Test func typographicVariantsAreNotEqualRunsButStillCompareEqual() {
        let changes = EditScript.changes(from: "l’OEA et la JID", to: "l'OEA et la JID")
        #expect(changes.oldText == "l’OEA et la JID")
        #expect(changes.newText == "l'OEA et la JID")
        #expect(changes.first == WordChange(.delete, "l’"))
        #expect(changes.last == WordChange(.equal, "OEA et la JID"))
    }

    @Test func semanticCleanupAbsorbsTinyEqualitiesBetweenChanges() {
        let changes = EditScript.changes(
            from: "De demander au Conseil permanent de convoquer une réunion",
            to: "De demander à la Commission spéciale de convoquer une réunion")
        #expect(changes == [
            WordChange(.equal, "De demander "),
            WordChange(.delete, "au Conseil permanent"),
            WordChange(.insert, "à la Commission spéciale"),
            WordChange(.equal, " de convoquer une réunion"),
        ])
    }

    @Test func cleanupRuleFollowsDiffMatchPatch() {
        // An equality as long as the changes around it stays; a shorter one goes.
        let edits = [
            TokenEdit(.delete, old: 0..<1, new: 0..<0), TokenEdit(.equal, old: 1..<2, new: 0..<1),
            TokenEdit(.insert, old: 2..<2, new: 1..<2),
        ]
        let kept = SemanticCleanup.apply(edits) { $0.operation == .equal ? 1 : 1 }
        #expect(kept.contains { $0.operation == .equal } == false)
        let longEqual = SemanticCleanup.apply(edits) { $0.operation == .equal ? 5 : 1 }
        #expect(longEqual.count == 3)
    }

    @Test func myersFindsAShortestScript() {
        var generator = SplitMix(seed: 3)
        for _ in 0..<200 {
            let a = (0..<generator.next(12)).map { _ in Int32(generator.next(4)) }
            let b = (0..<generator.next(12)).map { _ in Int32(generator.next(4)) }
            let matched = SequenceDiff.matches(a, b).reduce(0) { $0 + $1.count }
            #expect(matched == longestCommonSubsequence(a, b))
            for run in SequenceDiff.matches(a, b) {
                #expect(Array(a[run.old..<run.old + run.count]) == Array(b[run.new..<run.new + run.count]))
            }
        }
    }

    @Test func longUnrelatedTextsFinishThroughAnchors() {
        let a = (0..<20_000).map { Int32($0) }
        let b = (0..<20_000).map { Int32($0 % 2 == 0 ? $0 : -$0) }
        #expect(SequenceDiff.matches(a, b).reduce(0) { $0 + $1.count } == 10_000)
    }

    private func longestCommonSubsequence(_ a: [Int32], _ b: [Int32]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in a.indices { for j in b.indices {
            table[i + 1][j + 1] = a[i] == b[j] ? table[i][j] + 1 : max(table[i][j + 1], table[i + 1][j])
        } }
        return table[a.count][b.count]
    }
}

/// A small deterministic generator for property tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return bound <= 1 ? 0 : Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
