import DraftModel

/// How a scalar takes part in `Character`s (grapheme clusters), for the scripts whose characters can be
/// read scalar by scalar: Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, their combining marks, and
/// General Punctuation. In text made only of these, a character is a starter or a control followed by
/// the marks that extend it, and a mark that starts the text or follows a control is a character of its
/// own (Unicode's grapheme cluster rules GB3–GB9 for these classes; none of them is prepended, a
/// joiner, a conjunct consonant, a regional indicator or a Hangul jamo). `LanguageGuessDefinitionTests`
/// checks every scalar given a class against the standard library's characters.
enum ScalarClass: Equatable {
    /// Begins a character, which marks may extend; alphabetic or not.
    case starter(alphabetic: Bool)
    /// A control, format character or line separator: a character of its own, which nothing extends.
    case control
    /// A non-spacing or enclosing mark: extends the character before it.
    case mark(alphabetic: Bool)
    /// Anything else: the text is read `Character` by `Character`.
    case unknown

    init(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        switch value {
        case ..<0x20, 0x7F...0x9F, 0xAD: self = .control
        case ..<0x300: self = .starter(alphabetic: ScalarLookup.isAlphabetic(scalar))
        case 0x300..<Self.tableEnd: self = Self.table[Int(value - 0x300)]
        case 0x2000..<0x20D0: self = Self.punctuation[Int(value - 0x2000)]
        default: self = .unknown
        }
    }

    /// The end of the scalars from U+0300 (combining marks to Arabic) that `table` covers.
    private static let tableEnd: UInt32 = 0x700

    /// The classes of U+0300 up to `tableEnd`, worked out when first needed.
    private static let table: [ScalarClass] = (0x300..<tableEnd).map { classified(Unicode.Scalar($0)!) }

    /// The classes of General Punctuation (U+2000–U+20CF), worked out when first needed.
    private static let punctuation: [ScalarClass] = (0x2000..<0x20D0).map { classified(Unicode.Scalar($0)!) }

    /// A scalar's class from its properties: unassigned scalars, spacing marks, the joiners ZWNJ and ZWJ
    /// (whose clusters depend on more than the scalar before) and Arabic's prepended marks are unknown.
    private static func classified(_ scalar: Unicode.Scalar) -> ScalarClass {
        switch scalar.value {
        case 0x200C, 0x200D, 0x600...0x605, 0x6DD: return .unknown
        default: break
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .unassigned, .spacingMark, .surrogate, .privateUse: return .unknown
        case .control, .format, .lineSeparator, .paragraphSeparator: return .control
        case .nonspacingMark, .enclosingMark: return .mark(alphabetic: properties.isAlphabetic)
        default: return .starter(alphabetic: properties.isAlphabetic)
        }
    }
}
