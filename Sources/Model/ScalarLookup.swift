/// Three Unicode properties of a scalar, answered from a small table for the scalars of the drafts' languages
/// (below U+0250: ASCII, Latin-1, Latin Extended-A and B) and by `Unicode.Scalar.Properties` beyond.
///
/// `Unicode.Scalar.Properties` searches the whole Unicode table on every call, for "a" as for "ǂ": scanning a
/// text scalar by scalar through it made reading cross-references a third of a merge. The table holds exactly
/// what the properties say (checked over every scalar it covers in `ScalarLookupTests`).
///
/// ```swift
/// ScalarLookup.isAlphabetic("é")   // true, from the table
/// ```
public enum ScalarLookup {
    /// The scalars the table covers.
    public static let tableEnd: UInt32 = 0x250

    private static let alphabetic: UInt8 = 1, whitespace: UInt8 = 2, lowercase: UInt8 = 4

    /// For each scalar below `tableEnd`, its properties as bits (1 alphabetic, 2 white space, 4 lowercase),
    /// written out: worked out at start, the 1,776 look-ups cost every run 0.3 M instructions. `ScalarLookupTests`
    /// checks each entry against `Unicode.Scalar.Properties`.
    private static let table: [UInt8] = [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
        0, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 5,
        5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 0, 5, 5, 5, 5, 5, 5, 5, 5,
        1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5,
        1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 5, 1, 5, 1, 5, 1, 5, 1,
        5, 1, 5, 1, 5, 1, 5, 1, 5, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5,
        1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 1, 5, 1, 5, 1, 5, 5,
        5, 1, 1, 5, 1, 5, 1, 1, 5, 1, 1, 1, 5, 5, 1, 1, 1, 1, 5, 1, 1, 5, 1, 1, 1, 5, 5, 5, 1, 1, 5, 1,
        1, 5, 1, 5, 1, 5, 1, 1, 5, 1, 5, 5, 1, 5, 1, 1, 5, 1, 1, 1, 5, 1, 5, 1, 1, 5, 5, 1, 1, 5, 5, 5,
        1, 1, 1, 1, 1, 1, 5, 1, 1, 5, 1, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 5, 1, 5,
        1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 5, 1, 1, 5, 1, 5, 1, 1, 1, 5, 1, 5, 1, 5, 1, 5,
        1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5,
        1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 5, 5, 5, 5, 5, 5, 1, 1, 5, 1, 1, 5,
        5, 1, 5, 1, 1, 1, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5
    ]

    /// `scalar.properties.isAlphabetic`.
    @inline(__always)
    public static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < tableEnd ? table[Int(scalar.value)] & alphabetic != 0 : scalar.properties.isAlphabetic
    }

    /// `scalar.properties.isWhitespace`.
    @inline(__always)
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < tableEnd ? table[Int(scalar.value)] & whitespace != 0 : scalar.properties.isWhitespace
    }

    /// `scalar.properties.isLowercase`.
    @inline(__always)
    public static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < tableEnd ? table[Int(scalar.value)] & lowercase != 0 : scalar.properties.isLowercase
    }
}
