/// Unicode scalars that are always a `Character` of their own, whatever stands next to them,
/// and that lower-case to one scalar: text made of them can be read scalar by scalar, much
/// faster than `Character` by `Character`, with the same result.
enum SingleScalarCharacters {
    /// Latin letters and punctuation below U+0300 (where the combining marks start) except "İ"
    /// (which lower-cases to "i" and a combining dot), and General Punctuation (U+2000–U+20CF:
    /// spaces, dashes, quotes, "…", "€") except the joiners ZWNJ and ZWJ. Between two of these
    /// there is always a grapheme break, CR LF aside (checked over every pair, and for their
    /// lower-case forms, when this list was made); a letter among them lower-cases to a letter.
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x130: return false
        case ..<0x300: return true
        case 0x200C, 0x200D: return false
        case 0x2000..<0x20D0: return true
        default: return false
        }
    }
}
