import DraftDiff

/// A small deterministic generator (SplitMix64): the same seed gives the same revisions on every machine.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

extension Draft {
    /// Numbers the operative paragraphs 1…N in order, as Word does after an edit.
    mutating func renumberParagraphs() {
        var number = 0
        for index in blocks.indices where blocks[index].kind == .paragraph {
            number += 1
            blocks[index].label = String(number)
        }
    }
}
