import DraftModel
import UTF8Text
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

    /// Reads a label at the very start of `text`: 1–6 digits (drafts of 100× the usual length run past 999; generated stress drafts past 99,999), a roman numeral or one letter,
    /// then "." or ")", then white space. Returns nil when the text starts otherwise.
    public static func parse<S: StringProtocol>(_ text: S) -> TypedLabel? {
        text.withUTF8Bytes(parse(bytes:))
    }

    /// The label at the start of valid UTF-8: an ASCII label body is its bytes.
    private static func parse(bytes: UnsafeBufferPointer<UInt8>) -> TypedLabel? {
        var index = 0
        while index < bytes.count, index < 7, ASCIILabel.isLetterOrDigit(bytes[index]) { index += 1 }
        let bodyLength = index
        guard bodyLength > 0, index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")") else {
            return nil
        }
        index += 1
        var spaces = 0
        while index < bytes.count {
            let (scalar, length) = UTF8Bytes.scalar(at: index, in: bytes)
            guard Characters.isHorizontalSpace(scalar) else { break }
            spaces += 1
            index += length
        }
        guard spaces > 0 || index == bytes.count else { return nil }
        let label = String(repairingUTF8: UnsafeBufferPointer(rebasing: bytes[..<bodyLength]))
        guard let style = ASCIILabel(label).style else { return nil }
        return TypedLabel(label: label, style: style, length: bodyLength + 1 + spaces)
    }

    /// The label of an automatic numbering string as Word prints it ("83." → "83", "(a)" → "a").
    public static func fromNumbering(_ numbering: String) -> String {
        // ASCII (nearly every label): characters are bytes, and the ends are cut on the bytes.
        let bytes = numbering.utf8
        if bytes.allSatisfy({ $0 < 0x80 }) {
            var start = bytes.startIndex
            var end = bytes.endIndex
            while start < end, Self.isOpening(bytes[start]) { start = bytes.index(after: start) }
            while start < end, Self.isClosing(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
            return String(numbering[start..<end])
        }
        var text = Substring(numbering).drop { $0 == "(" || $0 == " " || $0 == "\t" }
        while let last = text.last, last == "." || last == ")" || last == " " || last == "\t" || last == ":" { text = text.dropLast() }
        return String(text)
    }

    /// What a numbering string starts with and is not part of its label: "(", space, tab.
    private static func isOpening(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "(") || byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    /// What a numbering string ends with and is not part of its label: ".", ")", ":", space, tab.
    private static func isClosing(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: " ")
            || byte == UInt8(ascii: "\t")
    }
}

/// Roman numerals as section labels use them (I to MMM).
public enum RomanNumeral {
    /// The value of an upper-case roman numeral, or nil when it is not one.
    public static func value(of text: String) -> Int? {
        var total = 0
        var previous = 0
        var count = 0
        for byte in text.utf8.reversed() {
            let value = symbolValue(byte)
            count += 1
            guard value > 0, count <= 9 else { return nil }
            total += value < previous ? -value : value
            previous = max(previous, value)
        }
        return total > 0 && numeral(for: total) == text ? total : nil
    }

    /// The value of one upper-case roman digit, 0 for any other byte.
    private static func symbolValue(_ byte: UInt8) -> Int {
        switch byte {
        case UInt8(ascii: "I"): return 1
        case UInt8(ascii: "V"): return 5
        case UInt8(ascii: "X"): return 10
        case UInt8(ascii: "L"): return 50
        case UInt8(ascii: "C"): return 100
        case UInt8(ascii: "D"): return 500
        case UInt8(ascii: "M"): return 1000
        default: return 0
        }
    }

    private static let symbols: [(value: Int, symbol: String)] = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]

    /// The upper-case numeral for a value from 1 to 3999.
    public static func numeral(for value: Int) -> String {
        var rest = value
        var result = ""
        for (amount, symbol) in symbols {
            while rest >= amount { result += symbol; rest -= amount }
        }
        return result
    }
}

/// The letters and digits of a typed label ("84", "iv", "B"), all ASCII, classified on bytes.
private struct ASCIILabel {
    var label: String
    var digits = 0, upper = 0, lower = 0

    init(_ label: String) {
        self.label = label
        for byte in label.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): upper += 1
            default: lower += 1
            }
        }
    }

    static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"): return true
        default: return false
        }
    }

    /// Digits alone are arabic (up to 6); a roman numeral in either case is roman, except a
    /// single lower-case letter; one letter otherwise.
    var style: LabelStyle? {
        let count = digits + upper + lower
        if digits == count { return count <= 6 ? .arabic : nil }
        if RomanNumeral.value(of: label.uppercased()) != nil {
            if lower == 0 { return .upperRoman }
            if count == 1 { return .lowerLetter }
            return upper == 0 ? .lowerRoman : nil
        }
        guard count == 1 else { return nil }
        return upper == 0 ? .lowerLetter : .upperLetter
    }
}

/// Character classes the structure stage relies on.
public enum Characters {
    /// Tab, space, no-break space, narrow no-break space and the other horizontal spaces.
    public static func isHorizontalSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || scalar == "\t" || scalar == "\u{0B}" || scalar == "\u{0C}" : ScalarLookup.isWhitespace(scalar)
    }

    /// Whether the scalar is white space (`properties.isWhitespace`, answered for ASCII without a table look-up,
    /// and for Latin from `ScalarLookup`'s table).
    package static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || ("\t"..."\r").contains(scalar) : ScalarLookup.isWhitespace(scalar)
    }

    /// Whether the text ends with sentence punctuation (. ; : ! ? …), perhaps followed by a closing quote or bracket.
    public static func endsWithTerminalPunctuation<S: StringProtocol>(_ text: S) -> Bool {
        for scalar in text.unicodeScalars.reversed() {
            if isWhitespace(scalar) { continue }
            switch scalar {
            case ")", "]", "»", "”", "\"", "’", "'": continue
            case ".", ";", ":", "!", "?", "…": return true
            default: return false
            }
        }
        return false
    }
}
