import CLibXML2

/// Reads XML with libxml2's streaming reader (`xmlTextReader`) and reports it as `XMLEvent`s.
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
        guard bytes.count < Int(Int32.max) else { throw XMLError.tooLarge(bytes: bytes.count) }
        guard !bytes.isEmpty else { throw XMLError.malformed(line: 0, message: "the part is empty") }
        if let line = Self.doctypeLine(bytes) { throw XMLError.doctypeRefused(line: line) }
        LibXML2.initialise()
        let result: Result<Void, XMLError> = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress,
                  let reader = LibXML2.openReader(UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), count: buffer.count) else {
                return .failure(.malformed(line: 0, message: "libxml2 could not start a reader"))
            }
            var cursor = ReaderCursor(reader: reader, namespaces: options.namespaces)
            do throws(XMLError) {
                try cursor.run(maximumDepth: options.maximumDepth, into: &sink)
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        try result.get()
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

    static func openReader(_ buffer: UnsafePointer<CChar>, count: Int) -> xmlTextReaderPtr? {
        xmlReaderForMemory(buffer, Int32(count), nil, nil, parserOptions)
    }
}

/// The first error libxml2 reported, collected by the structured error handler.
final class ErrorSink {
    var message: String?
    var line = 0
}

/// A libxml2 reader over memory the caller keeps alive; frees the reader when done.
struct ReaderCursor: ~Copyable {
    private let reader: xmlTextReaderPtr
    private let errors = ErrorSink()
    /// Interned names: libxml2 hands out the same pointer for the same name within one reader.
    private var names = InternedNames()
    private var namespaces: InternedNamespaces

    init(reader: xmlTextReaderPtr, namespaces: [String]) {
        self.reader = reader
        self.namespaces = InternedNamespaces(namespaces)
        xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
            guard let context, let error else { return }
            let sink = Unmanaged<ErrorSink>.fromOpaque(context).takeUnretainedValue()
            let report = error.pointee
            guard report.level.rawValue >= XML_ERR_ERROR.rawValue, sink.message == nil else { return }
            let text = report.message.map { String(cString: $0) } ?? "unknown error"
            sink.message = text.oneLine
            sink.line = Int(report.line)
        }, Unmanaged.passUnretained(errors).toOpaque())
    }

    deinit {
        xmlFreeTextReader(reader)
    }

    /// Where the parser is (it may have read ahead of the current node).
    private var line: Int { Int(xmlTextReaderGetParserLineNumber(reader)) }

    /// The line of the current node's start.
    private var nodeLine: Int {
        guard let node = xmlTextReaderCurrentNode(reader) else { return line }
        let number = Int(xmlGetLineNo(node))
        return number > 0 ? number : line
    }

    mutating func run<Sink: XMLEventSink>(maximumDepth: Int, into sink: inout Sink) throws(XMLError) {
        var open: [XMLName] = []
        /// Depth of the declined element being passed over (0: none), and how deep inside it the reader is.
        var declinedAt = 0
        var depth = 0
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 { break }
            if status < 0 { throw failure() }
            switch xmlReaderTypes(rawValue: UInt32(xmlTextReaderNodeType(reader))) {
            case XML_READER_TYPE_ELEMENT:
                guard depth < maximumDepth else { throw XMLError.tooDeep(line: nodeLine, limit: maximumDepth) }
                let empty = xmlTextReaderIsEmptyElement(reader) == 1
                if declinedAt > 0 {
                    if !empty { depth += 1 }
                    continue
                }
                let name = currentName()
                guard sink.wants(name, depth: depth + 1) else {
                    if !empty {
                        depth += 1
                        declinedAt = depth
                    }
                    continue
                }
                let (attributes, declarations) = attributesAndDeclarations()
                sink.take(.startElement(XMLStartTag(name: name, attributes: attributes, namespaceDeclarations: declarations,
                                                    line: nodeLine, depth: depth + 1)))
                if empty { sink.take(.endElement(name)) } else {
                    open.append(name)
                    depth += 1
                }
            case XML_READER_TYPE_END_ELEMENT:
                guard depth > 0 else { continue }
                if declinedAt > 0 {
                    if depth == declinedAt { declinedAt = 0 }
                    depth -= 1
                    continue
                }
                depth -= 1
                if let name = open.popLast() { sink.take(.endElement(name)) }
            case XML_READER_TYPE_TEXT, XML_READER_TYPE_CDATA, XML_READER_TYPE_WHITESPACE,
                 XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
                guard declinedAt == 0 else { continue }
                if let value = xmlTextReaderConstValue(reader) { sink.take(.text(String(cString: value))) }
            case XML_READER_TYPE_DOCUMENT_TYPE, XML_READER_TYPE_ENTITY, XML_READER_TYPE_ENTITY_REFERENCE,
                 XML_READER_TYPE_NOTATION:
                throw XMLError.doctypeRefused(line: line)
            default:
                continue
            }
        }
        if let message = errors.message { throw XMLError.malformed(line: errors.line, message: message) }
    }

    private func failure() -> XMLError {
        guard let message = errors.message else { return .malformed(line: line, message: "the XML parser stopped") }
        if message.contains("Excessive depth") { return .tooDeep(line: errors.line, limit: 256) }
        return .malformed(line: errors.line, message: message)
    }

    private mutating func interned(_ pointer: UnsafePointer<UInt8>?) -> String {
        names.string(pointer)
    }

    private mutating func currentName() -> XMLName {
        XMLName(namespace: currentNamespace(), local: interned(xmlTextReaderConstLocalName(reader)))
    }

    /// What `xmlTextReaderConstNamespaceUri` gives, read from the node's namespace (an element or an
    /// attribute; "" when it has none) without its dictionary lookup.
    private mutating func currentNamespace() -> String {
        guard let node = xmlTextReaderCurrentNode(reader) else { return "" }
        let namespace: UnsafeMutablePointer<xmlNs>?
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            namespace = node.pointee.ns
        case XML_ATTRIBUTE_NODE:
            namespace = UnsafeMutableRawPointer(node).assumingMemoryBound(to: xmlAttr.self).pointee.ns
        default:
            return interned(xmlTextReaderConstNamespaceUri(reader))
        }
        guard let href = namespace?.pointee.href else { return "" }
        return namespaces.string(href)
    }

    private mutating func attributesAndDeclarations() -> ([XMLAttribute], [String: String]) {
        guard xmlTextReaderHasAttributes(reader) == 1 else { return ([], [:]) }
        var attributes: [XMLAttribute] = []
        var declarations: [String: String] = [:]
        var status = xmlTextReaderMoveToFirstAttribute(reader)
        while status == 1 {
            let value = xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
            if xmlTextReaderIsNamespaceDecl(reader) == 1 {
                let prefix = xmlTextReaderConstPrefix(reader) == nil ? "" : interned(xmlTextReaderConstLocalName(reader))
                declarations[prefix] = value
            } else {
                attributes.append(XMLAttribute(name: currentName(), value: value))
            }
            status = xmlTextReaderMoveToNextAttribute(reader)
        }
        xmlTextReaderMoveToElement(reader)
        return (attributes, declarations)
    }
}

extension String {
    /// libxml2's message on one line ("Input is not proper UTF-8, indicate encoding ! Bytes: 0xC3 0x28").
    fileprivate var oneLine: String {
        split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
