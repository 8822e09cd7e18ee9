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
        var stream = JSONStream(pretty: pretty)
        write(to: &stream)
        return stream.bytes
    }

    /// Writes the value to `stream`.
    func write<Sink: JSONSink>(to stream: inout Sink) {
        switch self {
        case .null: stream.null()
        case .bool(let value): stream.bool(value)
        case .int(let value): stream.int(value)
        case .double(let value): stream.double(value)
        case .string(let value): stream.string(value)
        case .array(let values):
            stream.beginArray()
            for value in values { value.write(to: &stream) }
            stream.end()
        case .object(let members):
            stream.beginObject()
            for (key, value) in members {
                stream.key(key)
                value.write(to: &stream)
            }
            stream.end()
        }
    }
}

/// Where JSON goes, one piece at a time in document order: written out as text (`JSONStream`) or built
/// as a `JSONValue` (`JSONTreeBuilder`), so that a writer describes its document once for both.
protocol JSONSink {
    mutating func beginObject()
    mutating func beginArray()
    /// Closes the innermost container.
    mutating func end()
    /// The key of the next member of the innermost object.
    mutating func key(_ key: String)
    mutating func string(_ value: String)
    mutating func null()
    mutating func bool(_ value: Bool)
    mutating func int(_ value: Int)
    mutating func double(_ value: Double)
}

extension JSONSink {
    /// The string, or `null`.
    mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }
}

/// Builds the `JSONValue` that the calls describe.
struct JSONTreeBuilder: JSONSink {
    /// The value built, once its outermost container is closed.
    private(set) var value: JSONValue = .null
    /// The containers open, innermost last, each with the key it stands under in its parent.
    private var open: [(key: String?, isObject: Bool, members: [(String, JSONValue)], elements: [JSONValue])] = []
    private var pendingKey: String?

    mutating func beginObject() { begin(isObject: true) }
    mutating func beginArray() { begin(isObject: false) }

    mutating func end() {
        let container = open.removeLast()
        add(container.isObject ? .object(container.members) : .array(container.elements), key: container.key)
    }

    mutating func key(_ key: String) { pendingKey = key }
    mutating func string(_ value: String) { add(.string(value)) }
    mutating func null() { add(.null) }
    mutating func bool(_ value: Bool) { add(.bool(value)) }
    mutating func int(_ value: Int) { add(.int(value)) }
    mutating func double(_ value: Double) { add(.double(value)) }

    private mutating func begin(isObject: Bool) {
        open.append((pendingKey, isObject, [], []))
        pendingKey = nil
    }

    private mutating func add(_ value: JSONValue) {
        add(value, key: pendingKey)
        pendingKey = nil
    }

    private mutating func add(_ value: JSONValue, key: String?) {
        guard !open.isEmpty else { self.value = value; return }
        if open[open.count - 1].isObject {
            open[open.count - 1].members.append((key ?? "", value))
        } else {
            open[open.count - 1].elements.append(value)
        }
    }
}

/// JSON text written as it goes, laid out exactly as `JSONValue` prints it (two-space indentation, or
/// compact): for documents too long to build as a `JSONValue` first.
///
/// ```swift
/// var stream = JSONStream()
/// stream.beginObject(); stream.key("kind"); stream.string("moved"); stream.end()
/// // {\n  "kind": "moved"\n}
/// ```
struct JSONStream: JSONSink {
    /// The text so far.
    var bytes: [UInt8] = []
    private let pretty: Bool
    /// The indentation of the outermost value.
    private let indent: Int
    /// For each container open, innermost last: whether it is an object, and how many members it has so far.
    private var open: [(isObject: Bool, count: Int)] = []
    /// A key has just been written: its value follows without a separator.
    private var afterKey = false

    /// A stream whose outermost value stands at indentation `indent`.
    init(pretty: Bool = true, indent: Int = 0) {
        self.pretty = pretty
        self.indent = indent
    }

    mutating func beginObject() { beginValue(); bytes.append(0x7B); open.append((true, 0)) }
    mutating func beginArray() { beginValue(); bytes.append(0x5B); open.append((false, 0)) }

    /// Closes the innermost container.
    mutating func end() {
        let container = open.removeLast()
        if container.count > 0, pretty { newline() }
        bytes.append(container.isObject ? 0x7D : 0x5D)
    }

    mutating func key(_ key: String) {
        member()
        appendQuoted(key)
        if pretty { bytes.append(contentsOf: [0x3A, 0x20]) } else { bytes.append(0x3A) }
        afterKey = true
    }

    mutating func string(_ value: String) { beginValue(); appendQuoted(value) }
    mutating func null() { beginValue(); append("null") }
    mutating func bool(_ value: Bool) { beginValue(); append(value ? "true" : "false") }

    /// A number rounded to four decimals, an integer when it is one; `null` when not finite.
    mutating func double(_ value: Double) {
        guard value.isFinite else { null(); return }
        let rounded = (value * 10_000).rounded() / 10_000
        beginValue()
        if rounded == rounded.rounded() { appendInteger(Int(rounded)) } else { append(String(rounded)) }
    }

    mutating func int(_ value: Int) { beginValue(); appendInteger(value) }

    /// A separator and line break before a value, unless it is a key's.
    private mutating func beginValue() {
        if afterKey { afterKey = false } else if !open.isEmpty { member() }
    }

    private mutating func member() {
        if open[open.count - 1].count > 0 { bytes.append(0x2C) }
        open[open.count - 1].count += 1
        if pretty { newline() }
    }

    /// A newline and 64 spaces, cut to the indentation wanted.
    private static let indentation: [UInt8] = [0x0A] + Array(repeating: 0x20, count: 64)

    /// A line break, indented for the depth of the innermost open container.
    private mutating func newline() {
        let depth = indent + 2 * open.count
        if depth < JSONStream.indentation.count {
            JSONStream.indentation.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[...depth])) }
        } else {
            bytes.append(0x0A)
            bytes.append(contentsOf: repeatElement(0x20, count: depth))
        }
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// An integer in decimal, without a `String` in between.
    private mutating func appendInteger(_ value: Int) {
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
    private mutating func appendQuoted(_ value: String) {
        bytes.append(0x22)
        var value = value
        value.withUTF8 { utf8 in
            var start = 0
            var index = 0
            while index < utf8.count {
                // Eight bytes at a time while none of them needs an escape.
                if index + 8 <= utf8.count,
                   !JSONStream.mayNeedEscape(UnsafeRawPointer(utf8.baseAddress! + index).loadUnaligned(as: UInt64.self)) {
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
