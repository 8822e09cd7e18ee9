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

    /// For each scalar below `tableEnd`, its properties as bits.
    private static let table: [UInt8] = (0..<tableEnd).map { value in
        let properties = Unicode.Scalar(value)!.properties
        return (properties.isAlphabetic ? alphabetic : 0) | (properties.isWhitespace ? whitespace : 0)
            | (properties.isLowercase ? lowercase : 0)
    }

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
