/// How a label is written.
public enum LabelStyle: String, Sendable, Hashable {
    /// "84."
    case arabic
    /// "III."
    case upperRoman
    /// "iv."
    case lowerRoman
    /// "a."
    case lowerLetter
    /// "A."
    case upperLetter
}

/// A label typed at the start of a paragraph ("84.\t", "a. ", "III.\t").
public struct TypedLabel: Sendable, Hashable {
    /// The label without its punctuation ("84").
    public var label: String
    public var style: LabelStyle
    /// How many Unicode scalars the label, its punctuation and the white space after it take.
    public var length: Int

    /// Reads a label at the very start of `text`: 1–5 digits (drafts of 100× the usual length run past 999), a roman numeral or one letter,
    /// then "." or ")", then white space. Returns nil when the text starts otherwise.
    public static func parse<S: StringProtocol>(_ text: S) -> TypedLabel? {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var body = String.UnicodeScalarView()
        while index < scalars.endIndex, body.count < 7 {
            let scalar = scalars[index]
            guard scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) else { break }
            body.append(scalar)
            index = scalars.index(after: index)
        }
        guard !body.isEmpty, index < scalars.endIndex, scalars[index] == "." || scalars[index] == ")" else { return nil }
        index = scalars.index(after: index)
        var length = body.count + 1
        var spaces = 0
        while index < scalars.endIndex, Characters.isHorizontalSpace(scalars[index]) {
            spaces += 1
            index = scalars.index(after: index)
        }
        guard spaces > 0 || index == scalars.endIndex else { return nil }
        length += spaces
        let label = String(body)
        guard let style = style(of: label) else { return nil }
        return TypedLabel(label: label, style: style, length: length)
    }

    private static func style(of label: String) -> LabelStyle? {
        if label.allSatisfy(\.isNumber) { return label.count <= 5 ? .arabic : nil }
        if RomanNumeral.value(of: label.uppercased()) != nil {
            if label == label.uppercased() { return .upperRoman }
            if label.count == 1 { return .lowerLetter }
            return label == label.lowercased() ? .lowerRoman : nil
        }
        guard label.count == 1 else { return nil }
        return label == label.lowercased() ? .lowerLetter : .upperLetter
    }

    /// The label of an automatic numbering string as Word prints it ("83." → "83", "(a)" → "a").
    public static func fromNumbering(_ numbering: String) -> String {
        var text = Substring(numbering).drop { $0 == "(" || $0 == " " || $0 == "\t" }
        while let last = text.last, last == "." || last == ")" || last == " " || last == "\t" || last == ":" { text = text.dropLast() }
        return String(text)
    }
}

/// Roman numerals as section labels use them (I to MMM).
public enum RomanNumeral {
    /// The value of an upper-case roman numeral, or nil when it is not one.
    public static func value(of text: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
        guard !text.isEmpty, text.count <= 9 else { return nil }
        var total = 0
        var previous = 0
        for character in text.reversed() {
            guard let value = values[character] else { return nil }
            total += value < previous ? -value : value
            previous = max(previous, value)
        }
        return total > 0 && numeral(for: total) == text ? total : nil
    }

    /// The upper-case numeral for a value from 1 to 3999.
    public static func numeral(for value: Int) -> String {
        let table: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = value
        var result = ""
        for (amount, symbol) in table {
            while rest >= amount { result += symbol; rest -= amount }
        }
        return result
    }
}

/// Character classes the structure stage relies on.
public enum Characters {
    /// Tab, space, no-break space, narrow no-break space and the other horizontal spaces.
    public static func isHorizontalSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || (scalar.properties.isWhitespace && scalar != "\n" && scalar != "\r")
    }

    /// Whether the text ends with sentence punctuation (. ; : ! ? …), perhaps followed by a closing quote or bracket.
    public static func endsWithTerminalPunctuation<S: StringProtocol>(_ text: S) -> Bool {
        for scalar in text.unicodeScalars.reversed() {
            if scalar.properties.isWhitespace { continue }
            if ")]»”\"’'".unicodeScalars.contains(scalar) { continue }
            return ".;:!?…".unicodeScalars.contains(scalar)
        }
        return false
    }
}
