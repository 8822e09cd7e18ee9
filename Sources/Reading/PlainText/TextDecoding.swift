import Foundation
import DraftStructure
import UTF8Text

/// The encodings Word's plain-text export produces, told apart by byte-order mark and validity.
enum TextEncoding: String, Sendable {
    case utf8, utf8WithBOM = "utf8-bom", utf16LittleEndian = "utf16le", utf16BigEndian = "utf16be", windows1252
    /// UTF-8 lines and Windows-1252 lines in one file (texts pasted together from two exports).
    case mixed = "utf8+windows1252"

    /// Decodes `bytes`, choosing the encoding from the BOM, then UTF-8 validity, then Windows-1252
    /// (line by line when some lines are UTF-8 and others are not).
    static func decode(_ bytes: [UInt8], file: String) throws(ReadError) -> (text: String, encoding: TextEncoding) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(checkingUTF8: bytes[3...]) else {
                throw ReadError.notText(file: file, reason: "it starts with a UTF-8 byte-order mark but is not valid UTF-8")
            }
            return (text, .utf8WithBOM)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            return (try decodeUTF16(bytes[2...], littleEndian: little, file: file), little ? .utf16LittleEndian : .utf16BigEndian)
        }
        // UTF-16 without a byte-order mark (Word's "Unicode" export has one; other tools may not).
        if let littleEndian = utf16ByteOrder(bytes) {
            let text = try decodeUTF16(bytes[...], littleEndian: littleEndian, file: file)
            try rejectBinary(text, file: file)
            return (text, littleEndian ? .utf16LittleEndian : .utf16BigEndian)
        }
        // A NUL byte is binary data in any 8-bit encoding: refused before 100 MB of it are decoded line by line.
        // The same pass counts the control characters, the same bytes in UTF-8 and in Windows-1252.
        guard let controls = bytes.withUnsafeBufferPointer(controlCount) else {
            throw ReadError.notText(file: file, reason: nulReason)
        }
        if let text = String(checkingUTF8: bytes) {
            if isMostlyControls(controls, of: bytes.count) { throw ReadError.notText(file: file, reason: controlsReason) }
            return (text, .utf8)
        }
        // Binary data without NUL bytes (random bytes): refused before it is split into lines and decoded.
        // `rejectBinary` would refuse it once decoded; the same test is made here against the longest the
        // text can decode to (every line Windows-1252), so that nothing it would accept is refused.
        let longest = bytes.withUnsafeBufferPointer { bytes in
            windows1252UTF8.withUnsafeBufferPointer { table in bytes.reduce(0) { $0 + Int(table[Int($1)] & 0xFF) } }
        }
        if isMostlyControls(controls, of: longest) { throw ReadError.notText(file: file, reason: controlsReason) }
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        if lines.contains(where: hasMultibyteUTF8) {
            let text = lines.map { String(checkingUTF8: $0) ?? decodeWindows1252($0) }.joined(separator: "\n")
            try rejectBinary(text, file: file)
            return (text, .mixed)
        }
        let text = decodeWindows1252(bytes, utf8Count: longest)
        try rejectBinary(text, file: file)
        return (text, .windows1252)
    }

    /// The byte order of UTF-16 text without a byte-order mark, as it shows in Latin-script text: in the first
    /// 4 KB, a NUL in at least half the high bytes and in (nearly) none of the low ones. True for little-endian,
    /// false for big-endian, nil when the bytes do not look like it.
    static func utf16ByteOrder(_ bytes: [UInt8]) -> Bool? {
        let sample = min(bytes.count, 4096) & ~1
        guard sample >= 2, bytes.count % 2 == 0 else { return nil }
        var nuls = (even: 0, odd: 0)
        bytes.withUnsafeBufferPointer { bytes in
            for index in stride(from: 0, to: sample, by: 2) {
                if bytes[index] == 0 { nuls.even += 1 }
                if bytes[index + 1] == 0 { nuls.odd += 1 }
            }
        }
        let pairs = sample / 2
        if nuls.odd * 2 >= pairs, nuls.even * 100 <= pairs { return true }
        if nuls.even * 2 >= pairs, nuls.odd * 100 <= pairs { return false }
        return nil
    }

    /// Whether `line` is valid UTF-8 with at least one character beyond ASCII (so not Windows-1252 text).
    private static func hasMultibyteUTF8(_ line: ArraySlice<UInt8>) -> Bool {
        line.withUnsafeBufferPointer { UTF8Validation.check($0) == false }
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool, file: String) throws(ReadError) -> String {
        guard bytes.count % 2 == 0 else {
            throw ReadError.notText(file: file, reason: "UTF-16 text with an odd number of bytes")
        }
        guard let text = bytes.withUnsafeBufferPointer({ transcodeUTF16($0, littleEndian: littleEndian) }) else {
            throw ReadError.notText(file: file, reason: "invalid UTF-16 text")
        }
        try rejectBinary(text, file: file)
        return text
    }

    /// UTF-16 code units, two bytes each in the given order, as a string: the UTF-8 is counted, then written
    /// straight into the string (the standard library's generic decoding made a 6 MB draft in UTF-16 take
    /// three times as long to read as the same draft in UTF-8). Nil when a surrogate is unpaired.
    private static func transcodeUTF16(_ bytes: UnsafeBufferPointer<UInt8>, littleEndian: Bool) -> String? {
        let count = bytes.count / 2
        func unit(_ index: Int) -> UInt32 {
            let first = UInt32(bytes[2 * index]), second = UInt32(bytes[2 * index + 1])
            return littleEndian ? first | second << 8 : first << 8 | second
        }
        var length = 0
        var index = 0
        while index < count {
            switch unit(index) {
            case 0..<0x80: length += 1
            case 0x80..<0x800: length += 2
            case 0xD800..<0xDC00:
                guard index + 1 < count, (0xDC00..<0xE000).contains(unit(index + 1)) else { return nil }
                length += 4
                index += 1
            case 0xDC00..<0xE000: return nil
            default: length += 3
            }
            index += 1
        }
        return String(unsafeUninitializedCapacity: length) { utf8 in
            var at = 0
            var index = 0
            while index < count {
                let value = unit(index)
                index += 1
                if value < 0x80 {
                    utf8[at] = UInt8(value)
                    at += 1
                } else if value < 0x800 {
                    utf8[at] = UInt8(0xC0 | value >> 6)
                    utf8[at + 1] = UInt8(0x80 | value & 0x3F)
                    at += 2
                } else if value >= 0xD800 && value < 0xDC00 {
                    let scalar = 0x10000 + (value - 0xD800) << 10 + (unit(index) - 0xDC00)
                    index += 1
                    utf8[at] = UInt8(0xF0 | scalar >> 18)
                    utf8[at + 1] = UInt8(0x80 | scalar >> 12 & 0x3F)
                    utf8[at + 2] = UInt8(0x80 | scalar >> 6 & 0x3F)
                    utf8[at + 3] = UInt8(0x80 | scalar & 0x3F)
                    at += 4
                } else {
                    utf8[at] = UInt8(0xE0 | value >> 12)
                    utf8[at + 1] = UInt8(0x80 | value >> 6 & 0x3F)
                    utf8[at + 2] = UInt8(0x80 | value & 0x3F)
                    at += 3
                }
            }
            return at
        }
    }

    /// Windows-1252, with the five undefined bytes kept as the C1 controls Latin-1 gives them. The UTF-8
    /// is written straight into the string, from a table of each byte's UTF-8 (a scalar appended at a time
    /// made a 6 MB draft in Windows-1252 take three times as long to read as the same draft in UTF-8).
    /// `utf8Count`, when the caller has it, is the length of that UTF-8.
    static func decodeWindows1252<Bytes: Collection<UInt8>>(_ bytes: Bytes, utf8Count: Int? = nil) -> String {
        let table = windows1252UTF8
        let count = utf8Count ?? bytes.reduce(0) { $0 + Int(table[Int($1)] & 0xFF) }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var at = 0
            for byte in bytes {
                var entry = table[Int(byte)]
                let length = Int(entry & 0xFF)
                for offset in 0..<length {
                    entry >>= 8
                    buffer[at + offset] = UInt8(truncatingIfNeeded: entry)
                }
                at += length
            }
            return at
        }
    }

    /// For each Windows-1252 byte, its character's UTF-8: the length in the low byte, then the bytes.
    private static let windows1252UTF8: [UInt32] = {
        let high: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
            0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        return (0...255).map { byte in
            let scalar = Unicode.Scalar((0x80...0x9F).contains(byte) ? high[byte - 0x80] : UInt32(byte))!
            var entry = UInt32(scalar.utf8.count)
            for (index, unit) in scalar.utf8.enumerated() { entry |= UInt32(unit) << (8 * (index + 1)) }
            return entry
        }
    }()

    private static let nulReason = "it contains NUL bytes; is it a binary file?"
    private static let controlsReason = "it contains control characters; is it a binary file?"

    /// A control character that text does not hold: below U+0020, other than tab, line feed, form feed and
    /// carriage return (the same byte in UTF-8 and in Windows-1252).
    @inline(__always)
    private static func isBinaryControl(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C
    }

    /// More than one control character in 20 bytes of text: binary data.
    private static func isMostlyControls(_ controls: Int, of length: Int) -> Bool {
        length > 0 && controls * 20 > length
    }

    /// Binary data (NUL bytes, or many control characters) is not a draft.
    private static func rejectBinary(_ text: String, file: String) throws(ReadError) {
        guard let controls = text.withUTF8Bytes(controlCount) else { throw ReadError.notText(file: file, reason: nulReason) }
        if isMostlyControls(controls, of: text.utf8.count) {
            throw ReadError.notText(file: file, reason: controlsReason)
        }
    }

    /// How many control characters text does not hold are among `bytes` (see `isBinaryControl`); nil at a NUL byte.
    private static func controlCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var controls = 0
        var index = UTF8Bytes.firstIndex(below: 0x20, in: bytes, from: 0)
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0 { return nil }
            if isBinaryControl(byte) { controls += 1 }
            index = UTF8Bytes.firstIndex(below: 0x20, in: bytes, from: index + 1)
        }
        return controls
    }
}
