/// One token of a text: a word, a number, a punctuation mark or a run of white space,
/// given as a range of UTF-8 bytes into the text it came from.
///
/// ```swift
/// let tokens = Tokenizer.tokenize(Array("l’OEA, 2021".utf8))
/// // "l’" "OEA" "," " " "2021"
/// ```
public struct Token: Sendable, Hashable {
    // Eight bytes a token (a draft has millions): a 32-bit offset, and the length with the kind in its two low
    // bits. A paragraph is never 4 GB, and the tokenizer cuts a token before it reaches `maximumLength`.
    private var start: UInt32
    private var lengthAndKind: UInt32

    /// The longest token: longer runs of one kind are cut into tokens of this length.
    public static let maximumLength = Int(UInt32.max >> 2)

    /// What the token is.
    public var kind: TokenKind {
        get { unsafeBitCast(UInt8(truncatingIfNeeded: lengthAndKind & 3), to: TokenKind.self) }
        set { lengthAndKind = lengthAndKind & ~3 | UInt32(newValue.rawValue) }
    }

    /// The token's bytes in its text.
    public var range: Range<Int> { Int(start)..<(Int(start) + Int(lengthAndKind >> 2)) }

    /// `range` is at most `maximumLength` long.
    public init(range: Range<Int>, kind: TokenKind) {
        start = UInt32(truncatingIfNeeded: range.lowerBound)
        lengthAndKind = UInt32(truncatingIfNeeded: range.count) << 2 | UInt32(kind.rawValue)
    }
}

/// The kinds of token.
public enum TokenKind: UInt8, Sendable, Hashable {
    /// Whether tokens of this kind carry content (words and numbers), as opposed to punctuation and space.
    public var carriesContent: Bool { self == .word || self == .number }

    /// Letters (with their combining marks); an elided article or preposition keeps its apostrophe ("l’", "d'").
    case word
    /// A run of digits.
    case number
    /// One punctuation mark or symbol.
    case punctuation
    /// A run of white space (spaces, tabs, NBSP, narrow NBSP, line breaks).
    case space
}

/// Splits text into tokens that read naturally in French, Spanish, English and Portuguese.
///
/// Works on UTF-8 bytes: ASCII is classified without decoding; other scalars are decoded once.
/// An apostrophe between two letters ends the word before it ("l’OEA" → "l’" + "OEA",
/// "aujourd’hui" → "aujourd’" + "hui"); numbers and punctuation are tokens of their own;
/// white space is kept, so joining the tokens gives the text back byte for byte.
public enum Tokenizer {
    /// The tokens of `bytes`, which must be valid UTF-8.
    public static func tokenize(_ bytes: [UInt8]) -> [Token] {
        bytes.withUnsafeBufferPointer { tokenize($0) }
    }

    /// The tokens of `bytes`, which must be valid UTF-8.
    public static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        tokenize(bytes, maximumLength: Token.maximumLength)
    }

    /// The tokens, none longer than `maximumLength` bytes (a longer run is cut where a scalar starts).
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, maximumLength: Int) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 3)
        let table = ScalarClass.table
        var index = 0
        while index < bytes.count {
            let (first, length) = ScalarClass.decode(bytes, at: index)
            var start = index
            index += length
            let kind: TokenKind
            switch ScalarClass.of(first, in: table) {
            case .space:
                index = extend(bytes, from: index, table) { $0 == .space }
                kind = .space
            case .digit:
                index = extend(bytes, from: index, table) { $0 == .digit }
                kind = .number
            case .letter, .mark:
                index = wordEnd(bytes, from: index, table)
                kind = .word
            case .apostrophe, .other:
                // A combining mark after punctuation stays with it.
                index = extend(bytes, from: index, table) { $0 == .mark }
                kind = .punctuation
            }
            while index - start > maximumLength {
                var cut = start + maximumLength
                while bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
                tokens.append(Token(range: start..<cut, kind: kind))
                start = cut
            }
            tokens.append(Token(range: start..<index, kind: kind))
        }
        return tokens
    }

    /// The end of the word that continues at `index`: letters and marks, then an elision apostrophe.
    @inline(__always)
    private static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ table: [ScalarClass]) -> Int {
        var index = start
        while index < bytes.count {
            // ASCII letters, the bulk of every draft, without decoding.
            let byte = bytes[index]
            if byte < 0x80 {
                if (byte | 0x20) &- 0x61 < 26 { index += 1; continue }
                if byte != 0x27 { return index }
            }
            let (scalar, length) = ScalarClass.decode(bytes, at: index)
            let kind = ScalarClass.of(scalar, in: table)
            if kind == .letter || kind == .mark {
                index += length
            } else if kind == .apostrophe, index + length < bytes.count,
                      ScalarClass.of(ScalarClass.decode(bytes, at: index + length).0, in: table) == .letter {
                return index + length
            } else {
                return index
            }
        }
        return index
    }

    @inline(__always)
    private static func extend(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ table: [ScalarClass], while accept: (ScalarClass) -> Bool
    ) -> Int {
        var index = start
        while index < bytes.count {
            let (scalar, length) = ScalarClass.decode(bytes, at: index)
            guard accept(ScalarClass.of(scalar, in: table)) else { break }
            index += length
        }
        return index
    }
}

/// How the tokenizer sees one Unicode scalar.
enum ScalarClass: Equatable {
    case letter, mark, digit, space, apostrophe, other

    init(_ value: UInt32) {
        self = Self.of(value, in: Self.table)
    }

    /// The class of `value`, looked up in `table` (`ScalarClass.table`, fetched once by the caller).
    @inline(__always)
    static func of(_ value: UInt32, in table: [ScalarClass]) -> ScalarClass {
        if value < 0x800 { return table[Int(value)] }
        if value &- 0x2000 < 0x200 { return table[0x800 + Int(value - 0x2000)] }
        return classify(value)
    }

    /// The classes of the scalars below U+0800 (Latin, Greek, Cyrillic, Hebrew, Arabic) and of U+2000–U+21FF
    /// (spaces, dashes, quotation marks, "…", currency signs, "№"), computed once: each takes two searches of
    /// the Unicode tables, and the 12,288 scalars below U+3000 took 9 M instructions, a tenth of a merge.
    static let table: [ScalarClass] = (0..<0x800).map { classify(UInt32($0)) } + (0x2000..<0x2200).map { classify(UInt32($0)) }

    private static func classify(_ value: UInt32) -> ScalarClass {
        if value < 0x80 {
            switch value {
            case 0x61...0x7A, 0x41...0x5A: return .letter
            case 0x30...0x39: return .digit
            case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return .space
            case 0x27: return .apostrophe
            default: return .other
            }
        }
        switch value {
        case 0x2019, 0x2018, 0x02BC: return .apostrophe
        case 0xA0, 0x202F, 0x2007, 0x2009, 0x200A, 0x2002, 0x2003, 0x2028, 0x2029, 0x85, 0x3000, 0x1680, 0x205F,
             0x2000...0x2006, 0x2008:
            return .space
        default:
            guard let scalar = Unicode.Scalar(value) else { return .other }
            let properties = scalar.properties
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
            case .decimalNumber: return .digit
            default: return properties.isAlphabetic ? .letter : .other
            }
        }
    }

    /// The scalar value at `index` and its length in bytes; a malformed byte stands for itself.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC0...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF7: length = 4; value = UInt32(lead & 0x07)
        default: return (0xFFFD, 1)
        }
        guard index + length <= bytes.count else { return (0xFFFD, 1) }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (value, length)
    }
}
