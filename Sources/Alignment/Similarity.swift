/// How alike two units' contents are, with every word weighted by its rarity across both drafts,
/// so that the formulas every OAS paragraph shares count for little and real content for much.
///
/// All measures run on sorted multisets of word ranks (`UnitCorpus.rarity`) in linear time.
struct Similarity: Sendable {
    let rarity: [Double]

    /// The weight of the words both multisets hold (each occurrence counted once per side).
    func sharedWeight(_ a: [Int32], _ b: [Int32]) -> Double {
        // The hottest loop of the alignment: no bounds checks, and the two cursors moved without branching.
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                rarity.withUnsafeBufferPointer { rarity in
                    var i = 0, j = 0
                    var shared = 0.0
                    while i < a.count, j < b.count {
                        let x = a[i], y = b[j]
                        if x == y { shared += rarity[Int(x)] }
                        i &+= x <= y ? 1 : 0
                        j &+= y <= x ? 1 : 0
                    }
                    return shared
                }
            }
        }
    }

    /// The weight of the words both hold when it reaches `needed`; otherwise some smaller weight, found
    /// without walking both to their end. Contents hold ranks and start with their rarest, heaviest words,
    /// so what is left of `a` (whose whole weight is `aWeight`) soon cannot make up what is missing: most
    /// pairs a pass looks at share little, and are given up after their first few words.
    func sharedWeight(_ a: [Int32], _ aWeight: Double, _ b: [Int32], reaching needed: Double) -> Double {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                rarity.withUnsafeBufferPointer { rarity in
                    var i = 0, j = 0
                    var shared = 0.0
                    // The weight of the words of `a` not yet passed; the margin covers its rounding, so
                    // that a pair reaching `needed` is never given up.
                    var left = aWeight
                    let hopeless = needed - 1e-9 * (aWeight + 1)
                    while i < a.count, j < b.count {
                        let x = a[i], y = b[j]
                        let weight = rarity[Int(x)]
                        if x == y { shared += weight }
                        left -= x <= y ? weight : 0
                        i &+= x <= y ? 1 : 0
                        j &+= y <= x ? 1 : 0
                        if shared + left < hopeless { return shared + left }
                    }
                    return shared
                }
            }
        }
    }

    /// `score`, when it reaches `threshold`; otherwise some smaller value, worked out faster.
    func score(_ a: [Int32], _ aWeight: Double, _ b: [Int32], _ bWeight: Double, atLeast threshold: Double) -> Double {
        let total = aWeight + bWeight
        guard total > 0 else { return a.isEmpty && b.isEmpty ? 1 : 0 }
        let needed = threshold * total / 2
        // The same sum either way round (the shared words are added in the order of their ranks);
        // the lighter unit runs out of hope first.
        let shared = aWeight <= bWeight
            ? sharedWeight(a, aWeight, b, reaching: needed) : sharedWeight(b, bWeight, a, reaching: needed)
        return 2 * shared / total
    }

    /// `containment`, when it reaches `threshold`; otherwise some smaller value, worked out faster.
    func containment(of part: [Int32], _ partWeight: Double, in whole: [Int32], atLeast threshold: Double) -> Double {
        guard partWeight > 0 else { return 0 }
        return sharedWeight(part, partWeight, whole, reaching: threshold * partWeight) / partWeight
    }

    /// Weighted Dice coefficient: 1 for the same words, 0 for nothing in common.
    func score(_ a: [Int32], _ aWeight: Double, _ b: [Int32], _ bWeight: Double) -> Double {
        let total = aWeight + bWeight
        guard total > 0 else { return a.isEmpty && b.isEmpty ? 1 : 0 }
        return 2 * sharedWeight(a, b) / total
    }

    /// How much of `part` is found in `whole`, from 0 to 1.
    func containment(of part: [Int32], _ partWeight: Double, in whole: [Int32]) -> Double {
        guard partWeight > 0 else { return 0 }
        return sharedWeight(part, whole) / partWeight
    }

    /// The sorted union (as multisets summed) of several sorted multisets.
    static func union(_ parts: [[Int32]]) -> [Int32] {
        parts.count == 1 ? parts[0] : parts.flatMap { $0 }.sorted()
    }
}
