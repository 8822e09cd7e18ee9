import Testing
@testable import DraftReading

/// `isAllWhitespace` settles on scalars what `trimmingWhitespace.isEmpty` finds on characters: the
/// same answer for strings mixing every white-space scalar with letters, combining marks, joiners,
/// prepended marks, CR LF, emoji modifiers and Hangul jamo.
@Suite("White space")
struct WhitespaceTests {
    @Test func allWhitespaceOnScalarsIsAllWhitespaceOnCharacters() {
        var pool: [Unicode.Scalar] = (0...0x3000).compactMap { Unicode.Scalar($0) }.filter { $0.properties.isWhitespace }
        pool += ["a", "1", ".", "é", "\u{301}", "\u{200D}", "\u{200C}", "\u{600}", "\u{110BD}", "\r", "\n",
                 "\u{1F3FB}", "\u{1100}", "\u{1161}", "\u{FE0F}", "\u{0903}", "\u{1F1E6}", "\u{85}", "\u{2028}"]
        var random = SeededGenerator(seed: 11)
        var blank = 0
        for _ in 0..<40_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<random.below(6) { scalars.append(pool[random.below(pool.count)]) }
            let text = String(scalars)
            #expect(text.isAllWhitespace == text.trimmingWhitespace.isEmpty, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            if text.isAllWhitespace { blank += 1 }
        }
        #expect(blank > 1_000 && blank < 39_000, "both answers occur: \(blank) blank")
    }
}
