/// Strings made from UTF-8 bytes, checked in a fraction of the standard library's time.
///
/// `String(validating:as:)` and `String(decoding:as:)` look at every byte one at a time: about nine
/// instructions a byte, the largest single cost of reading a 6 MB draft. Drafts are mostly ASCII. Here
/// ASCII is passed over eight bytes at a time and only the other sequences are decoded; the string is
/// then made from the checked bytes without a second check (`UTF8Span(unchecked:)`).
///
/// ```swift
/// String(checkingUTF8: bytes)    // nil unless the bytes are valid UTF-8, as String(validating:as:)
/// String(repairingUTF8: bytes)   // U+FFFD for each invalid sequence, as String(decoding:as:)
/// ```
extension String {
    /// The text of `bytes`, or nil when they are not valid UTF-8 (what `String(validating:as:)` gives).
    package init?(checkingUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        #if compiler(>=6.2)
        if #available(macOS 26, iOS 26, tvOS 26, watchOS 26, visionOS 26, *) {
            guard let ascii = UTF8Validation.check(bytes) else { return nil }
            self = unsafe String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: ascii))
            return
        }
        #endif
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        self = text
    }

    /// The text of `bytes`, each invalid sequence replaced by U+FFFD (what `String(decoding:as:)` gives).
    package init(repairingUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        self = String(checkingUTF8: bytes) ?? String(decoding: bytes, as: UTF8.self)
    }

    /// The text of `bytes`, or nil when they are not valid UTF-8.
    package init?(checkingUTF8 bytes: some Collection<UInt8>) {
        let text = bytes.withContiguousStorageIfAvailable { String(checkingUTF8: $0) }
            ?? Array(bytes).withUnsafeBufferPointer { String(checkingUTF8: $0) }
        guard let text else { return nil }
        self = text
    }

    /// The text of `bytes`, each invalid sequence replaced by U+FFFD.
    package init(repairingUTF8 bytes: some Collection<UInt8>) {
        self = bytes.withContiguousStorageIfAvailable { String(repairingUTF8: $0) }
            ?? Array(bytes).withUnsafeBufferPointer { String(repairingUTF8: $0) }
    }
}

/// The check behind `String(checkingUTF8:)`: well-formed UTF-8 as Unicode defines it (table 3-7), which
/// is what the standard library accepts: no overlong forms, no surrogates, nothing above U+10FFFF.
package enum UTF8Validation {
    /// Whether `bytes` are all ASCII (true), other valid UTF-8 (false), or not valid UTF-8 (nil).
    package static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var ascii = true
        var index = 0
        while index < count {
            if index + 8 <= count {
                // Eight ASCII bytes at a time; otherwise straight to the first byte that is not ASCII.
                let high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) & 0x8080_8080_8080_8080
                if high == 0 {
                    index += 8
                    continue
                }
                index += high.trailingZeroBitCount >> 3
            } else if bytes[index] < 0x80 {
                index += 1
                continue
            }
            ascii = false
            guard let length = sequenceLength(bytes, at: index) else { return nil }
            index += length
        }
        return ascii
    }

    /// The length of the well-formed sequence that starts with the non-ASCII byte at `index`, or nil.
    @inline(__always)
    private static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let lead = bytes[index]
        func continues(_ offset: Int) -> Bool { bytes[index + offset] & 0xC0 == 0x80 }
        if lead < 0xE0 {
            // C0 and C1 would be overlong; 80–BF continue a sequence and cannot start one.
            guard lead >= 0xC2, index + 1 < bytes.count, continues(1) else { return nil }
            return 2
        }
        if lead < 0xF0 {
            guard index + 2 < bytes.count, continues(1), continues(2) else { return nil }
            // E0 80–9F would be overlong, ED A0–BF a surrogate.
            let second = bytes[index + 1]
            guard lead != 0xE0 || second >= 0xA0, lead != 0xED || second < 0xA0 else { return nil }
            return 3
        }
        guard lead <= 0xF4, index + 3 < bytes.count, continues(1), continues(2), continues(3) else { return nil }
        // F0 80–8F would be overlong, F4 90–BF beyond U+10FFFF.
        let second = bytes[index + 1]
        guard lead != 0xF0 || second >= 0x90, lead != 0xF4 || second < 0x90 else { return nil }
        return 4
    }
}
