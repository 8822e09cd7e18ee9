import Foundation
import Testing
import UTF8Text

/// `String(checkingUTF8:)` must accept exactly what `String(validating:as:)` accepts and give the same
/// string, and `String(repairingUTF8:)` what `String(decoding:as:)` gives: every two-byte sequence, every
/// lead and second byte of the longer ones, random mixes placed across the eight-byte words the check
/// reads, and the samples.
@Suite("UTF-8 validation")
struct UTF8ValidationTests {
    /// Checks `bytes` against the standard library, placed after `offset` ASCII bytes.
    private func expectSameAsStandardLibrary(_ bytes: [UInt8], offset: Int = 0) {
        let placed = [UInt8](repeating: 0x61, count: offset) + bytes
        let expected = String(validating: placed, as: UTF8.self)
        let checked = placed.withUnsafeBufferPointer { String(checkingUTF8: $0) }
        #expect(checked.map { Array($0.utf8) } == expected.map { Array($0.utf8) }, "\(placed)")
        let ascii = placed.withUnsafeBufferPointer { UTF8Validation.check($0) }
        #expect(ascii == expected.map { _ in placed.allSatisfy { $0 < 0x80 } }, "\(placed)")
        let repaired = placed.withUnsafeBufferPointer { String(repairingUTF8: $0) }
        #expect(Array(repaired.utf8) == Array(String(decoding: placed, as: UTF8.self).utf8), "\(placed)")
    }

    @Test func everyOneAndTwoByteSequence() {
        for first in 0...255 {
            expectSameAsStandardLibrary([UInt8(first)])
            for second in 0...255 { expectSameAsStandardLibrary([UInt8(first), UInt8(second)], offset: first % 9) }
        }
    }

    @Test func everyLeadAndSecondByteOfLongerSequences() {
        let tails: [UInt8] = [0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF]
        for lead in 0xE0...0xFF {
            for second in 0...255 {
                for tail in tails {
                    expectSameAsStandardLibrary([UInt8(lead), UInt8(second), tail], offset: second % 9)
                    expectSameAsStandardLibrary([UInt8(lead), UInt8(second), 0x80, tail], offset: lead % 9)
                    // Cut short at the end of the bytes.
                    expectSameAsStandardLibrary([UInt8(lead), UInt8(second)], offset: Int(tail % 9))
                }
            }
        }
    }

    @Test func randomMixesAcrossWords() {
        let pieces: [[UInt8]] = [
            Array("a".utf8), Array("é".utf8), Array("’".utf8), Array("😀".utf8), Array("\u{10FFFF}".utf8),
            Array("\u{A0}".utf8), Array("\u{D7FF}".utf8), Array("\u{E000}".utf8), Array("bonjour ".utf8),
            [0x80], [0xBF], [0xC0, 0x80], [0xC2], [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
            [0xF0, 0x8F, 0xBF, 0xBF], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xE2, 0x80], [0x00],
        ]
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<20_000 {
            // Mostly valid text, so that the invalid piece, when there is one, falls anywhere in a word.
            let count = Int(generator.next() % 12)
            let invalidFrom = 9
            let bytes = (0..<count).flatMap { _ -> [UInt8] in
                let index = generator.next() % 5 == 0 ? Int(generator.next() % UInt64(pieces.count))
                    : Int(generator.next() % UInt64(invalidFrom))
                return pieces[index]
            }
            expectSameAsStandardLibrary(bytes, offset: Int(generator.next() % 9))
        }
    }

    @Test func theSamplesAsTheStandardLibraryReadsThem() throws {
        for name in ["csh-2021-global-resolution.fr.txt", "cicte-2022-paragraphs.fr.txt"] {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixtures.sample(name))))
            let checked = try #require(bytes.withUnsafeBufferPointer { String(checkingUTF8: $0) })
            #expect(Array(checked.utf8) == bytes)
            #expect(checked == String(validating: bytes, as: UTF8.self))
            #expect(bytes.withUnsafeBufferPointer { UTF8Validation.check($0) } == false)
            // The same text in Windows-1252 ("é" as one byte) is not UTF-8.
            let latin = Array(checked.unicodeScalars.prefix(5_000).map { $0.value < 0x100 ? UInt8($0.value) : 0x3F })
            #expect(latin.withUnsafeBufferPointer { String(checkingUTF8: $0) } == nil)
        }
    }
}
