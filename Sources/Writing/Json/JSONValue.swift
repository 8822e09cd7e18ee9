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
        return stream.finished()
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
    /// The key of the next member when it is one of the format's own field names: plain ASCII, with
    /// nothing to escape (a report writes hundreds of thousands of them).
    mutating func field(_ name: StaticString)
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

    /// A member of the innermost object: one of the format's field names and a string, or `null`.
    mutating func field(_ name: StaticString, _ value: String?) {
        field(name)
        string(value)
    }

    /// A member of the innermost object: one of the format's field names and an integer, or `null`.
    mutating func field(_ name: StaticString, _ value: Int?) {
        field(name)
        if let value { int(value) } else { null() }
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
    mutating func field(_ name: StaticString) { pendingKey = name.description }
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
