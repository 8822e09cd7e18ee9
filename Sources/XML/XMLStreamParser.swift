import CLibXML2

/// Reads XML with libxml2's streaming SAX2 parser and reports it as `XMLEvent`s, a piece
/// of the document at a time (`XMLPushParser` does the work).
///
/// Safe by construction: no network (`XML_PARSE_NONET`), no entity substitution, no DTD
/// loading, any DOCTYPE refused, a depth limit, and libxml2's messages caught instead of
/// printed to stderr.
///
/// ```swift
/// try XMLStreamParser().parse(bytes) { event in
///     if case .startElement(let tag) = event { print(tag.name.local) }
/// }
/// ```
public struct XMLStreamParser: Sendable {
    public var options: XMLParseOptions

    public init(options: XMLParseOptions = XMLParseOptions()) {
        self.options = options
    }

    /// Parses `bytes` (any encoding libxml2 detects, BOM or not) and calls `handle` for every event.
    public func parse(_ bytes: [UInt8], _ handle: (XMLEvent) -> Void) throws(XMLError) {
        try withoutActuallyEscaping(handle) { handle throws(XMLError) in
            var sink = ClosureSink(handle: handle)
            try parse(bytes, into: &sink)
        }
    }

    /// Parses `bytes` and hands every event to `sink`, except those inside the elements it
    /// declines (`XMLEventSink.wants`): libxml2 still reads and checks them, the depth limit
    /// still applies, but no Swift value is made for them.
    public func parse<Sink: XMLEventSink>(_ bytes: [UInt8], into sink: inout Sink) throws(XMLError) {
        try Self.checkWhole(bytes)
        var parser = XMLPushParser(options: options)
        try Self.inPieces(bytes) { piece throws(XMLError) in try parser.push(piece, into: &sink) }
        try parser.finish(into: &sink)
    }

    /// What is refused of a document in memory before it is parsed: too large, empty, or with a
    /// DOCTYPE (not even its internal subset is read).
    static func checkWhole(_ bytes: [UInt8]) throws(XMLError) {
        guard bytes.count < Int(Int32.max) else { throw XMLError.tooLarge(bytes: bytes.count) }
        guard !bytes.isEmpty else { throw XMLError.malformed(line: 0, message: "the part is empty") }
        if let line = doctypeLine(bytes) { throw XMLError.doctypeRefused(line: line) }
    }

    /// Hands `bytes` to `push` in pieces of 64 KB, the most libxml2 reads before its events go out.
    static func inPieces(_ bytes: [UInt8], _ push: (UnsafeRawBufferPointer) throws(XMLError) -> Void) throws(XMLError) {
        try bytes.withUnsafeBufferPointer { buffer throws(XMLError) in try inPieces(UnsafeRawBufferPointer(buffer), push) }
    }

    /// Hands `bytes` to `push` in pieces of 64 KB (for a parser fed as a part is inflated).
    package static func inPieces(_ bytes: UnsafeRawBufferPointer, _ push: (UnsafeRawBufferPointer) throws(XMLError) -> Void) throws(XMLError) {
        var start = 0
        while start < bytes.count {
            let end = min(start + 64 * 1024, bytes.count)
            try push(UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
            start = end
        }
    }
}

/// Where the streaming parser delivers its events: a tree builder, a subtree splitter, a closure,
/// or a reader that keeps only what it needs from a large part without building any tree.
///
/// ```swift
/// struct Counter: XMLEventSink {
///     var paragraphs = 0
///     mutating func take(_ event: XMLEvent) { if case .startElement(let tag) = event, tag.name.local == "p" { paragraphs += 1 } }
/// }
/// var counter = Counter()
/// try XMLStreamParser().parse(bytes, into: &counter)
/// ```
public protocol XMLEventSink {
    /// Whether the element `name` at `depth` (1 for the root) and everything inside it is wanted;
    /// asked before its attributes are read. By default every element is.
    mutating func wants(_ name: XMLName, depth: Int) -> Bool
    /// One event, in document order.
    mutating func take(_ event: XMLEvent)
}

extension XMLEventSink {
    public func wants(_ name: XMLName, depth: Int) -> Bool { true }
}

/// Every event to a closure.
private struct ClosureSink: XMLEventSink {
    let handle: (XMLEvent) -> Void
    func take(_ event: XMLEvent) { handle(event) }
}

extension XMLStreamParser {
    /// The line of a `<!DOCTYPE` in the prolog (before the first element), if any. Checked before
    /// libxml2 starts, so that not even the internal subset of a DTD is parsed. (A part in
    /// UTF-16 is not scanned; the reader refuses its DOCTYPE node instead.)
    static func doctypeLine(_ bytes: [UInt8]) -> Int? {
        let doctype = Array("<!DOCTYPE".utf8)
        var line = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") { line += 1 }
            if byte == UInt8(ascii: "<"), index + 1 < bytes.count {
                let next = bytes[index + 1]
                if next != UInt8(ascii: "?"), next != UInt8(ascii: "!") { return nil }
                if bytes[index...].starts(with: doctype) { return line }
            }
            index += 1
        }
        return nil
    }
}

/// libxml2's process-wide set-up, done once.
enum LibXML2 {
    private static let ready: Bool = {
        xmlInitParser()
        return true
    }()

    static func initialise() { _ = ready }

    /// The only options DraftDiff parses with.
    static let parserOptions: Int32 = {
        let options = XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue
        return Int32(bitPattern: options)
    }()
}
