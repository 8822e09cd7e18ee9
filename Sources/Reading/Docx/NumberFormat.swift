/// How a list level writes its number (`w:numFmt`), and the writing itself.
enum NumberFormat: Sendable, Hashable {
    case decimal, decimalZero, lowerLetter, upperLetter, lowerRoman, upperRoman, bullet, none

    /// Reads `w:numFmt/@w:val`; formats DraftDiff does not write (ordinal words, Asian
    /// counting systems) fall back to decimal, which is what the number is.
    init(_ value: String?) {
        switch value {
        case "decimalZero": self = .decimalZero
        case "lowerLetter": self = .lowerLetter
        case "upperLetter": self = .upperLetter
        case "lowerRoman": self = .lowerRoman
        case "upperRoman": self = .upperRoman
        case "bullet": self = .bullet
        case "none": self = .none
        default: self = .decimal
        }
    }

    /// The number as Word prints it at this format: 28 → "28", "bb", "BB", "xxviii", "XXVIII".
    func format(_ number: Int) -> String {
        switch self {
        case .decimal: return String(number)
        case .decimalZero: return number < 10 && number >= 0 ? "0\(number)" : String(number)
        case .lowerLetter: return Self.letters(number)
        case .upperLetter: return Self.letters(number).uppercased()
        case .lowerRoman: return Self.roman(number).lowercased()
        case .upperRoman: return Self.roman(number)
        case .bullet, .none: return ""
        }
    }

    /// Word's letters: a…z, then aa…zz, aaa… (the letter repeated).
    private static func letters(_ number: Int) -> String {
        guard number > 0 else { return String(number) }
        let letter = Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8((number - 1) % 26)))
        return String(repeating: letter, count: (number - 1) / 26 + 1)
    }

    private static func roman(_ number: Int) -> String {
        guard number > 0, number < 4000 else { return String(number) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = number
        var result = ""
        for (value, numeral) in table {
            while rest >= value {
                result += numeral
                rest -= value
            }
        }
        return result
    }
}
