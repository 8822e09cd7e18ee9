import Testing
import DraftModel

/// The table behind `ScalarLookup` says what `Unicode.Scalar.Properties` says, for every scalar it covers and
/// for a sample beyond.
@Suite("Scalar look-up")
struct ScalarLookupTests {
    @Test func theTableIsThePropertiesForEveryScalarItCovers() {
        let beyond: [UInt32] = [0x250, 0x2BC, 0x3B1, 0x391, 0x430, 0x627, 0x1E9E, 0x2000, 0x2028, 0x202F, 0x3000, 0x1D49C]
        for value in Array(0..<ScalarLookup.tableEnd) + beyond {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let properties = scalar.properties
            #expect(ScalarLookup.isAlphabetic(scalar) == properties.isAlphabetic, "U+\(String(value, radix: 16))")
            #expect(ScalarLookup.isWhitespace(scalar) == properties.isWhitespace, "U+\(String(value, radix: 16))")
            #expect(ScalarLookup.isLowercase(scalar) == properties.isLowercase, "U+\(String(value, radix: 16))")
        }
        // The letters of the drafts' languages, and what is not one.
        #expect("aéçñãœÀÉ".unicodeScalars.allSatisfy(ScalarLookup.isAlphabetic))
        #expect(!"1« »–’×÷".unicodeScalars.contains(where: ScalarLookup.isAlphabetic))
        #expect(" \t\u{A0}".unicodeScalars.allSatisfy(ScalarLookup.isWhitespace))
    }
}
