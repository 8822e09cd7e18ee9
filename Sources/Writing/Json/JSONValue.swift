/// A JSON value with keys kept in the order they were given, written deterministically:
/// identical values give byte-identical output.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(serialized())
    }

    /// The value as JSON text, pretty-printed with two-space indentation, ending without a newline.
    public func serialized(pretty: Bool = true) -> String {
        String(decoding: bytes(pretty: pretty), as: UTF8.self)
    }

    /// The value as UTF-8 JSON bytes, as `serialized(pretty:)` gives them, without a detour through `String`.
    public func bytes(pretty: Bool = true) -> [UInt8] {
        var out = JSONBytes()
        write(into: &out, indent: pretty ? 0 : nil)
        return out.bytes
    }

    /// Appends the value, pretty-printed as if it stood at `indent`, to `bytes`.
    func write(into bytes: inout [UInt8], indent: Int) {
        var out = JSONBytes(bytes: bytes)
        bytes = []
        write(into: &out, indent: indent)
        bytes = out.bytes
    }

    private func write(into out: inout JSONBytes, indent: Int?) {
        switch self {
        case .null: out.append("null")
        case .bool(let value): out.append(value ? "true" : "false")
        case .int(let value): out.append(value)
        case .double(let value):
            if value.isFinite {
                let rounded = (value * 10_000).rounded() / 10_000
                out.append(rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded))
            } else {
                out.append("null")
            }
        case .string(let value): out.appendQuoted(value)
        case .array(let values):
            writeContainer(open: 0x5B, close: 0x5D, count: values.count, into: &out, indent: indent) { index, out, inner in
                values[index].write(into: &out, indent: inner)
            }
        case .object(let members):
            writeContainer(open: 0x7B, close: 0x7D, count: members.count, into: &out, indent: indent) { index, out, inner in
                out.appendQuoted(members[index].0)
                out.append(inner == nil ? ":" : ": ")
                members[index].1.write(into: &out, indent: inner)
            }
        }
    }

    private func writeContainer(
        open: UInt8, close: UInt8, count: Int, into out: inout JSONBytes, indent: Int?,
        element: (Int, inout JSONBytes, Int?) -> Void
    ) {
        out.bytes.append(open)
        guard count > 0 else { out.bytes.append(close); return }
        let inner = indent.map { $0 + 2 }
        for index in 0..<count {
            if index > 0 { out.bytes.append(0x2C) }
            if let inner { out.newline(indent: inner) }
            element(index, &out, inner)
        }
        if let indent { out.newline(indent: indent) }
        out.bytes.append(close)
    }
}

/// The UTF-8 bytes of JSON text being written: strings copied whole when they need no escape.
private struct JSONBytes {
    var bytes: [UInt8] = []

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// A newline and 64 spaces, cut to the indentation wanted.
    private static let indentation: [UInt8] = [0x0A] + Array(repeating: 0x20, count: 64)

    mutating func newline(indent: Int) {
        if indent < JSONBytes.indentation.count {
            bytes.append(contentsOf: JSONBytes.indentation[...indent])
        } else {
            bytes.append(0x0A)
            bytes.append(contentsOf: repeatElement(0x20, count: indent))
        }
    }

    /// An integer in decimal, without a `String` in between.
    mutating func append(_ value: Int) {
        guard value != 0 else { bytes.append(0x30); return }
        if value < 0 { bytes.append(0x2D) }
        let magnitude = value.magnitude
        var divisor: UInt = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        while divisor > 0 {
            bytes.append(0x30 + UInt8(magnitude / divisor % 10))
            divisor /= 10
        }
    }

    /// Whether any of the eight bytes is a control character, `"` or `\\` (exact: never false when one is).
    @inline(__always)
    static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & high != 0 }
        let below32 = (word &- ones &* 0x20) & ~word & high != 0
        return below32 || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
    }

    /// `value` as a JSON string literal: quotes, backslashes and control characters escaped.
    mutating func appendQuoted(_ value: String) {
        bytes.append(0x22)
        var value = value
        value.withUTF8 { utf8 in
            var start = 0
            var index = 0
            while index < utf8.count {
                // Eight bytes at a time while none of them needs an escape.
                if index + 8 <= utf8.count,
                   !JSONBytes.mayNeedEscape(UnsafeRawPointer(utf8.baseAddress! + index).loadUnaligned(as: UInt64.self)) {
                    index += 8
                    continue
                }
                let byte = utf8[index]
                index += 1
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                let escapeAt = index - 1
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<escapeAt]))
                switch byte {
                case 0x22: append("\\\"")
                case 0x5C: append("\\\\")
                case 0x0A: append("\\n")
                case 0x0D: append("\\r")
                case 0x09: append("\\t")
                default:
                    let hex = String(byte, radix: 16)
                    append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                }
                start = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(0x22)
    }
}
