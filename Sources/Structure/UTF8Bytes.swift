/// Text seen as its UTF-8 bytes, for the hot paths of reading and structure recovery: scanning
/// bytes is several times faster than walking `Character`s or `unicodeScalars`.
///
/// Swift strings always hold valid UTF-8, so a string's Unicode scalars are exactly its bytes
/// that are not continuation bytes (`10xxxxxx`).
extension StringProtocol {
    /// Calls `body` with the text's UTF-8 bytes in one contiguous buffer (a string not stored as
    /// native UTF-8 is copied first).
    package func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = String(self)
        return copy.withUTF8(body)
    }

    /// How many Unicode scalars the text holds (`unicodeScalars.count`, counted on bytes).
    package var unicodeScalarCount: Int {
        withUTF8Bytes(UTF8Bytes.scalarCount)
    }

    /// How many Unicode scalars the text holds, counting no further than `limit`
    /// (`unicodeScalars.prefix(limit).count`).
    package func unicodeScalarCount(upTo limit: Int) -> Int {
        withUTF8Bytes { bytes in
            // Each scalar takes 1 to 4 bytes: only the first 4 × limit bytes can matter.
            UTF8Bytes.scalarCount(UnsafeBufferPointer(rebasing: bytes.prefix(4 * limit))).clamped(to: limit)
        }
    }

    /// Whether the text's UTF-8 holds `byte` (an ASCII character, which never occurs inside a
    /// multi-byte sequence).
    package func containsASCII(_ byte: UInt8) -> Bool {
        withUTF8Bytes { $0.contains(byte) }
    }
}

/// Counting on UTF-8 bytes.
package enum UTF8Bytes {
    /// The number of Unicode scalars in valid UTF-8: the bytes that are not continuation bytes.
    package static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }
}

extension Int {
    fileprivate func clamped(to limit: Int) -> Int { Swift.min(self, limit) }
}
