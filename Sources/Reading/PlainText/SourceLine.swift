import DraftModel
import DraftStructure
import UTF8Text

/// A line of the source, numbered from 1, without its line ending.
struct SourceLine: Sendable {
    var number: Int
    var text: Substring

    /// Splits text on CRLF, CR and LF alike, in one pass over its UTF-8 bytes.
    static func split(_ text: String) -> [SourceLine] {
        let utf8 = text.utf8
        return text.withUTF8Bytes { bytes in
            var lines: [SourceLine] = []
            func append(_ start: Int, _ end: Int) {
                let lower = utf8.index(utf8.startIndex, offsetBy: start)
                let upper = utf8.index(lower, offsetBy: end - start)
                // Line ends are character boundaries: the slice is taken on the bytes, without the
                // realignment a `String` subscript does.
                lines.append(SourceLine(number: lines.count + 1, text: Substring(utf8[lower..<upper])))
            }
            var start = 0
            var index = 0
            while true {
                // Line ends are among the bytes below 0x0E (so are tabs): skip the others eight at a time.
                index = UTF8Bytes.firstIndex(below: 0x0E, in: bytes, from: index)
                guard index < bytes.count else { break }
                let byte = bytes[index]
                if byte != 0x0A && byte != 0x0D {
                    index += 1
                    continue
                }
                append(start, index)
                index += byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
                start = index
            }
            if start < bytes.count { append(start, bytes.count) }
            return lines
        }
    }

    /// Whether the line holds nothing but white space (NBSP included).
    var isBlank: Bool {
        // An ASCII byte other than white space settles it; text lines settle at their first byte.
        let asciiOnly = text.withUTF8Bytes { bytes -> Bool? in
            var asciiOnly = true
            for byte in bytes {
                if byte >= 0x80 {
                    asciiOnly = false
                } else if byte != 0x20 && !(0x09...0x0D).contains(byte) {
                    return nil
                }
            }
            return asciiOnly
        }
        guard let asciiOnly else { return false }
        return asciiOnly || text.unicodeScalars.allSatisfy(ScalarLookup.isWhitespace)
    }

    /// Whether the line starts with a tab (a tab is always a `Character` of its own).
    var startsWithTab: Bool { text.utf8.first == 0x09 }
}
