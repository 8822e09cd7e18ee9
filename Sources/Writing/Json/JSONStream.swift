/// JSON text written as it goes, laid out exactly as `JSONValue` prints it (two-space indentation, or
/// compact): for documents too long to build as a `JSONValue` first.
///
/// ```swift
/// var stream = JSONStream()
/// stream.beginObject(); stream.key("kind"); stream.string("moved"); stream.end()
/// let text = stream.finished()   // {\n  "kind": "moved"\n}
/// ```
struct JSONStream: JSONSink {
    /// The text written out so far, in chunks; the last few bytes wait in `pending`.
    private var written: [UInt8] = []
    /// The chunks filled before `written`, when the stream is written in chunks.
    private var filled: [[UInt8]] = []
    /// The size of a chunk; no chunks when nil.
    private let chunkSize: Int?
    /// The punctuation, indentation and short strings not yet in `written`: copying a few bytes into an
    /// array one append at a time costs far more than the bytes themselves.
    private var pending = PendingBytes()
    private let pretty: Bool
    /// The indentation of the outermost value.
    private let indent: Int
    /// The innermost open container: whether it is an object, and how many members it has so far (kept
    /// out of `outer`, as every member reads and counts it).
    private var innermost: (isObject: Bool, count: Int) = (false, 0)
    /// The containers open around the innermost one, outermost first.
    private var outer: [(isObject: Bool, count: Int)] = []
    /// How many containers are open.
    private var depth = 0
    /// A key has just been written: its value follows without a separator.
    private var afterKey = false

    /// A stream whose outermost value stands at indentation `indent`; with `chunkSize`, the text is kept in
    /// chunks of half that size to that size (see `finishedChunks()`). With `expectedSize`, room for that
    /// many bytes is set aside at once, rather than grown into by doubling (each doubling copies the text).
    init(pretty: Bool = true, indent: Int = 0, chunkSize: Int? = nil, expectedSize: Int = 0) {
        self.pretty = pretty
        self.indent = indent
        self.chunkSize = chunkSize
        written.reserveCapacity(expectedSize)
    }

    /// Bytes written as they are, outside the JSON layout (a prefix, a separator between elements).
    mutating func raw(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { write($0) }
    }

    /// The text written.
    mutating func finished() -> [UInt8] {
        flush()
        return filled.isEmpty ? written : Array(filled.joined()) + written
    }

    /// The text written, in chunks to be written one after the other.
    mutating func finishedChunks() -> [[UInt8]] {
        flush()
        return filled + [written]
    }

    mutating func beginObject() { beginValue(); write(0x7B); open(isObject: true) }
    mutating func beginArray() { beginValue(); write(0x5B); open(isObject: false) }

    private mutating func open(isObject: Bool) {
        if depth > 0 { outer.append(innermost) }
        innermost = (isObject, 0)
        depth += 1
    }

    /// Closes the innermost container.
    mutating func end() {
        let container = innermost
        depth -= 1
        if depth > 0 { innermost = outer.removeLast() }
        if container.count > 0, pretty { newline() }
        write(container.isObject ? 0x7D : 0x5D)
    }

    mutating func key(_ key: String) {
        member()
        appendQuoted(key)
        write(0x3A)
        if pretty { write(0x20) }
        afterKey = true
    }

    mutating func field(_ name: StaticString) {
        member()
        write(0x22)
        name.withUTF8Buffer { write(UnsafeRawBufferPointer($0)) }
        write(0x22)
        write(0x3A)
        if pretty { write(0x20) }
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
        if afterKey { afterKey = false } else if depth > 0 { member() }
    }

    private mutating func member() {
        if innermost.count > 0 { write(0x2C) }
        innermost.count += 1
        if pretty { newline() }
    }

    /// A newline and 64 spaces, cut to the indentation wanted (a constant: no lazy global to check on every line).
    private static let indentation: StaticString = "\n                                                                "

    /// A line break, indented for the depth of the innermost open container.
    private mutating func newline() {
        let spaces = indent + 2 * depth
        if spaces < JSONStream.indentation.utf8CodeUnitCount {
            JSONStream.indentation.withUTF8Buffer { write(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer($0)[...spaces])) }
        } else {
            write(0x0A)
            for _ in 0..<spaces { write(0x20) }
        }
    }

    private mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }

    /// An integer in decimal, without a `String` in between.
    private mutating func appendInteger(_ value: Int) {
        guard value != 0 else { write(0x30); return }
        if value < 0 { write(0x2D) }
        let magnitude = value.magnitude
        var divisor: UInt = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        while divisor > 0 {
            write(0x30 + UInt8(magnitude / divisor % 10))
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
        write(0x22)
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
                write(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(utf8)[start..<escapeAt]))
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
            write(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(utf8)[start...]))
        }
        write(0x22)
    }

    // MARK: Bytes

    /// One byte.
    @inline(__always)
    private mutating func write(_ byte: UInt8) {
        if pending.count == PendingBytes.capacity { flush() }
        pending.append(byte)
    }

    /// Some bytes: a few wait with the pending ones; more go straight to the text.
    @inline(__always)
    private mutating func write(_ bytes: UnsafeRawBufferPointer) {
        if pending.count + bytes.count > PendingBytes.capacity {
            flush()
            if bytes.count > PendingBytes.capacity / 2 {
                makeRoom(for: bytes.count)
                written.append(contentsOf: bytes)
                return
            }
        }
        pending.append(bytes)
    }

    /// Moves the pending bytes to the text.
    private mutating func flush() {
        makeRoom(for: pending.count)
        pending.drain { written.append(contentsOf: $0) }
    }

    /// A new chunk instead of a larger array, when `count` more bytes do not fit in the current chunk and
    /// its array is already half the chunk size or more. An array grows by doubling; a chunk's array thus
    /// never grows past the chunk size (unless one string is longer), and a report of many megabytes never
    /// needs one block of memory that size (chunks fit where freed memory is, already mapped). A short
    /// stream grows from nothing, as any array: no room is set aside that it would not fill.
    @inline(__always)
    private mutating func makeRoom(for count: Int) {
        guard let chunkSize, written.count + count > written.capacity, !written.isEmpty,
              written.capacity >= chunkSize / 2 else { return }
        filled.append(written)
        written = []
    }
}

/// Up to 128 bytes kept inline, waiting to be appended to an array in one go.
private struct PendingBytes {
    static let capacity = 128
    private var storage: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                          UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    private(set) var count = 0

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        let at = count
        withUnsafeMutableBytes(of: &storage) { $0[at] = byte }
        count += 1
    }

    /// `bytes`, which fit.
    @inline(__always)
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress else { return }
        let at = count
        withUnsafeMutableBytes(of: &storage) { $0.baseAddress!.advanced(by: at).copyMemory(from: source, byteCount: bytes.count) }
        count += bytes.count
    }

    /// `body` with the bytes waiting, which are then gone.
    mutating func drain(_ body: (UnsafeRawBufferPointer) -> Void) {
        let waiting = count
        guard waiting > 0 else { return }
        withUnsafeBytes(of: &storage) { body(UnsafeRawBufferPointer(rebasing: $0[..<waiting])) }
        count = 0
    }
}
