/// Text seen as its UTF-8 bytes, for the hot paths of reading and structure recovery: scanning
/// bytes is several times faster than walking `Character`s or `unicodeScalars`.
///
/// Swift strings always hold valid UTF-8, so a string's Unicode scalars are exactly its bytes
/// that are not continuation bytes (`10xxxxxx`).
extension StringProtocol {
    /// Calls `body` with the text's UTF-8 bytes in one contiguous buffer (a string not stored as
    /// native UTF-8 is copied first).
    @inlinable
    package func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        // Known at compile time once specialised: the direct accessors, not the generic slice path.
        if var string = self as? String { return string.withUTF8(body) }
        if var substring = self as? Substring { return substring.withUTF8(body) }
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = String(self)
        return copy.withUTF8(body)
    }

    /// How many Unicode scalars the text holds (`unicodeScalars.count`, counted on bytes).
    @inlinable
    package var unicodeScalarCount: Int {
        withUTF8Bytes(UTF8Bytes.scalarCount)
    }

    /// How many Unicode scalars the text holds, counting no further than `limit`
    /// (`unicodeScalars.prefix(limit).count`).
    @inlinable
    package func unicodeScalarCount(upTo limit: Int) -> Int {
        withUTF8Bytes { bytes in
            // Each scalar takes 1 to 4 bytes: only the first 4 × limit bytes can matter.
            Swift.min(UTF8Bytes.scalarCount(UnsafeBufferPointer(rebasing: bytes.prefix(4 * limit))), limit)
        }
    }

    /// Whether the text's UTF-8 holds `byte` (an ASCII character, which never occurs inside a
    /// multi-byte sequence).
    @inlinable
    package func containsASCII(_ byte: UInt8) -> Bool {
        withUTF8Bytes { bytes in UTF8Bytes.firstIndex(of: byte, in: bytes, from: 0) < bytes.count }
    }
}

/// Scanning and counting on UTF-8 bytes, eight at a time where a test allows it.
@usableFromInline
package enum UTF8Bytes {
    @usableFromInline static var ones: UInt64 { 0x0101_0101_0101_0101 }
    @usableFromInline static var highBits: UInt64 { 0x8080_8080_8080_8080 }

    /// The number of Unicode scalars in valid UTF-8: the bytes that are not continuation bytes.
    @inlinable
    package static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var continuations = 0
        var index = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                // Continuation bytes are 10xxxxxx: the high bit set, the next one clear. Their marks (one bit a
                // byte) are added up by a multiplication into the top byte: x86-64's baseline has no popcount.
                let marks = (word & highBits & ~(word << 1)) >> 7
                continuations += Int(truncatingIfNeeded: (marks &* ones) >> 56)
                index += 8
            }
        }
        while index < bytes.count {
            if bytes[index] & 0xC0 == 0x80 { continuations += 1 }
            index += 1
        }
        return bytes.count - continuations
    }

    /// The index of the first byte from `start` on whose value is below `limit` (at most 0x80),
    /// or `bytes.count` when there is none.
    @inlinable
    package static func firstIndex(below limit: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        firstIndex(in: bytes, from: start, where: { $0 < limit }) { word in
            // Some byte is below `limit` exactly when this is non-zero (limit ≤ 0x80).
            (word &- ones &* UInt64(limit)) & ~word & highBits != 0
        }
    }

    /// The index of the first `byte` from `start` on, or `bytes.count` when there is none.
    @inlinable
    package static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        firstIndex(in: bytes, from: start, where: { $0 == byte }) { word in
            // Some byte of `word` is `byte` exactly when `word ^ pattern` has a zero byte.
            let difference = word ^ (ones &* UInt64(byte))
            return (difference &- ones) & ~difference & highBits != 0
        }
    }

    /// The first index from `start` whose byte satisfies `test`; `wordMayHold` says whether any
    /// byte of eight read at once does, so that words without one are skipped whole.
    @inlinable @inline(__always)
    static func firstIndex(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int, where test: (UInt8) -> Bool, wordMayHold: (UInt64) -> Bool
    ) -> Int {
        var index = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= bytes.count, !wordMayHold(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
            }
        }
        while index < bytes.count, !test(bytes[index]) { index += 1 }
        return index
    }

    /// The Unicode scalar that starts at `index` of valid UTF-8, and how many bytes it takes.
    @inlinable
    package static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead & (0x7F >> length))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
