import Testing
import UTF8Text

/// Counting scalars on UTF-8 bytes, eight at a time: the same count as `unicodeScalars`, whatever the
/// mix of one- to four-byte scalars and wherever they fall across the words read.
@Suite("UTF-8 bytes")
struct UTF8BytesTests {
    @Test func scalarCountsAreThoseOfTheScalars() {
        let pieces = ["a", " ", "é", "€", "😀", "e\u{301}", "\u{A0}", "’", "ß", "中文", "\n"]
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<2_000 {
            let text = (0..<Int(generator.next() % 120)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            #expect(text.unicodeScalarCount == text.unicodeScalars.count, "\(text)")
            let limit = Int(generator.next() % 40)
            #expect(text.unicodeScalarCount(upTo: limit) == min(limit, text.unicodeScalars.count))
        }
        // Eight continuation bytes in one word (two four-byte scalars read from their second byte on).
        #expect(String(repeating: "😀", count: 9).unicodeScalarCount == 9)
        #expect(String(repeating: "€", count: 50).dropFirst().unicodeScalarCount == 49)
    }
}
