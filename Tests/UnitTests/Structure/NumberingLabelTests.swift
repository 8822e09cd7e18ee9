import Testing
import DraftStructure

/// The label of a numbering string Word prints: cut on the bytes when it is ASCII, as it was on the characters.
@Suite struct NumberingLabelTests {
    /// The label as cut on characters (the code before the ASCII path, kept as the reference).
    static func byCharacters(_ numbering: String) -> String {
        var text = Substring(numbering).drop { $0 == "(" || $0 == " " || $0 == "\t" }
        while let last = text.last, last == "." || last == ")" || last == " " || last == "\t" || last == ":" { text = text.dropLast() }
        return String(text)
    }

    @Test func everyShortASCIIStringGivesTheSameLabelAsCutOnCharacters() {
        let alphabet: [String] = ["(", ")", ".", ":", " ", "\t", "a", "1", "\r", "\n", "I"]
        var strings = [""]
        var checked = 0
        for _ in 1...4 {
            strings = strings.flatMap { prefix in alphabet.map { prefix + $0 } }
            for numbering in strings {
                #expect(TypedLabel.fromNumbering(numbering) == Self.byCharacters(numbering), "\(Array(numbering.utf8))")
                checked += 1
            }
        }
        #expect(checked == 11 + 121 + 1_331 + 14_641)
    }

    @Test func labelsAsWordPrintsThem() {
        #expect(TypedLabel.fromNumbering("83.") == "83")
        #expect(TypedLabel.fromNumbering("(a)") == "a")
        #expect(TypedLabel.fromNumbering("\tIII.\t") == "III")
        #expect(TypedLabel.fromNumbering("2.1:") == "2.1")
        #expect(TypedLabel.fromNumbering("(ⅳ)") == "ⅳ", "not ASCII: cut on characters")
        #expect(TypedLabel.fromNumbering("1.\u{0301}") == "1.\u{0301}", "a combining mark keeps the dot it follows")
    }
}
