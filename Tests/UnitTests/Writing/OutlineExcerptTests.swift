import Testing
@testable import DraftWriting

/// The outline cuts each block's text to its width in characters. Most texts are cut on their bytes
/// (`OutlineWriter.simpleCut`); where the bytes give an answer it must be the characters' own.
struct OutlineExcerptTests {
    /// Pieces that stand alone and pieces that join what comes before or after them: accents, a combining
    /// accent, a typographic apostrophe, CR LF, a zero-width joiner, an emoji with a skin tone, a flag,
    /// a Hangul syllable in parts, a no-break space.
    static let pieces = ["a", "é", "e\u{301}", "’", "\r\n", "\r", "\n", "\u{200D}", "👍🏽", "🇫🇷", "\u{1100}\u{1161}", "\u{A0}", " ", "«", "…", "€", "\u{2028}"]

    /// The offset after `width - 1` characters when more than `width` follow, nil when all fit.
    static func characterCut(_ text: String, width: Int) -> Int? {
        guard let end = text.index(text.startIndex, offsetBy: width, limitedBy: text.endIndex), end < text.endIndex else { return nil }
        let keep = width > 0 ? text.index(before: end) : end
        return text.utf8.distance(from: text.startIndex, to: keep)
    }

    @Test func theBytesCutWhereTheCharactersDo() {
        var generator = SeededGenerator(seed: 7)
        var answered = 0
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let width = Int.random(in: 0...8, using: &generator)
            guard let cut = OutlineWriter.simpleCut(text, width: width) else { continue }
            answered += 1
            #expect(cut == Self.characterCut(text, width: width), "\(text.unicodeScalars.map { String($0.value, radix: 16) }) at \(width)")
        }
        #expect(answered > 2_000, "the bytes answer for the texts they can")
    }
}
