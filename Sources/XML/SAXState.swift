import CLibXML2
import UTF8Text

/// Where libxml2's SAX2 callbacks put what they read: what each event goes to, the text being
/// read, the subtree being built, and the first error.
///
/// Names come from libxml2's dictionary: the same name is the same pointer for the parser's
/// lifetime, and is made into a Swift string once. The state lives behind a pointer, which the
/// callbacks get as their context (a class's stored properties would be checked for exclusive
/// access at every event); `SAXSession` owns it.
struct SAXState: ~Copyable {
    /// What the parse produces, and where it goes; set by the parser around every chunk.
    enum Receiver {
        /// Every event, to a sink that may decline elements.
        case events(wants: (XMLName, Int) -> Bool, take: (XMLEvent) -> Void)
        /// The start tags above `subtreeDepth`, and the complete elements at it.
        case subtrees(ancestor: (XMLStartTag) -> Void, subtree: (XMLElementView) -> Void)
    }

    var receiver: Receiver?
    /// The parser, once made (for line numbers; freed with this state).
    var context: xmlParserCtxtPtr?
    /// The first error, in the order met; the parse stops at it.
    private(set) var failure: XMLError?
    private let maximumDepth: Int
    /// The depth of the elements built whole (subtree mode), and which of their descendants are kept.
    private let subtreeDepth: Int
    private let keeping: Set<String>?
    /// Whether each name met, by its number (`InternedNames`), is in `keeping`: 0 not yet asked, 1 kept, 2 left
    /// out. A name's string is hashed once, not at every element.
    private var kept: [UInt8] = []
    private var depth = 0
    /// The depth of the element declined or left out, whose content is passed over (0: none).
    private var passedAt = 0
    /// The element being built (subtree mode), and its nodes open, outermost first. The tree is held
    /// behind a pointer, which the views handed over read; `SAXSession` frees it (`deallocate()`).
    private let tree: UnsafeMutablePointer<XMLFlatTree>
    private var open: [Int32] = []
    /// The UTF-8 of the text node being read: libxml2 reports one node's characters in several
    /// calls (at chunk ends, around `&amp;`, around CDATA); they make one text.
    private var text: [UInt8] = []
    /// Where the last subtree ended, for readers of the parser's progress.
    let progress = XMLPushProgress()

    init(options: XMLParseOptions, subtreeDepth: Int = 0, keeping: Set<String>? = nil) {
        self.maximumDepth = options.maximumDepth
        self.tree = .allocate(capacity: 1)
        self.tree.initialize(to: XMLFlatTree(namespaces: InternedNamespaces(options.namespaces)))
        self.subtreeDepth = subtreeDepth
        self.keeping = keeping
    }

    /// The line the parser is at (for a start tag: the line where it ends).
    var line: Int {
        guard let input = context?.pointee.input else { return 0 }
        return Int(input.pointee.line)
    }

    /// The offset in the bytes pushed just after the last event (for an end tag: after its `>`); nil when
    /// libxml2 converts the document from another encoding, since it then counts the converted bytes.
    var offset: Int? {
        guard let context, let input = context.pointee.input else { return nil }
        guard input.pointee.buf?.pointee.encoder == nil else { return nil }
        return Int(xmlByteConsumed(context))
    }

    /// Frees what the state holds behind pointers.
    func deallocate() {
        tree.deinitialize(count: 1)
        tree.deallocate()
    }

    /// Ends the text being read, if any: an event, or content of the element being built.
    mutating func flushText() {
        guard !text.isEmpty else { return }
        defer { text.removeAll(keepingCapacity: true) }
        guard passedAt == 0, depth > 0 else { return }
        // In subtree mode (`subtreeDepth` > 0) the receiver is not looked at: taking its closures out retains them.
        if subtreeDepth > 0 {
            if let parent = open.last { tree.pointee.appendText(text, to: parent) }
        } else if case .events(_, let take) = receiver {
            take(.text(String(repairingUTF8: text)))
        }
    }

    /// Records the first error and stops the parser.
    mutating func fail(_ error: XMLError) {
        keep(error)
        if let context { xmlStopParser(context) }
    }

    /// Records the first error.
    mutating func keep(_ error: XMLError) {
        if failure == nil { failure = error }
    }

    /// The longest text node accepted: libxml2's own limit (`XML_MAX_TEXT_LENGTH`) when it builds a tree
    /// without `XML_PARSE_HUGE`, which its SAX interface leaves to the caller.
    static let maximumTextLength = 10_000_000

    fileprivate mutating func characters(_ bytes: UnsafePointer<UInt8>, _ count: Int) {
        guard text.count + count <= Self.maximumTextLength else {
            return fail(.malformed(line: line, message: "xmlSAX2Characters: huge text node"))
        }
        text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
    }

    fileprivate mutating func start(_ local: UnsafePointer<UInt8>?, _ uri: UnsafePointer<UInt8>?,
                                    _ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, _ attributeCount: Int,
                                    _ declarations: () -> [String: String]) {
        flushText()
        depth += 1
        guard depth <= maximumDepth else { return fail(.tooDeep(line: line, limit: maximumDepth)) }
        guard passedAt == 0 else { return }
        if subtreeDepth > 0, depth >= subtreeDepth {
            if let keeping, depth > 1, !isKept(local, keeping) { return passedAt = depth }
            if open.isEmpty { tree.pointee.removeAll() }
            open.append(tree.pointee.openElement(local: local, namespace: uri, line: line, parent: open.last ?? -1,
                                                 attributes: attributes, count: attributeCount, declarations: declarations()))
            return
        }
        switch receiver {
        case .events(let wants, let take):
            let name = name(local, uri)
            guard wants(name, depth) else { return passedAt = depth }
            take(.startElement(startTag(name, attributes, attributeCount, declarations)))
        case .subtrees(let ancestor, _):
            ancestor(startTag(name(local, uri), attributes, attributeCount, declarations))
        case nil:
            passedAt = depth
        }
    }

    private mutating func startTag(_ name: XMLName, _ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, _ count: Int,
                                   _ declarations: () -> [String: String]) -> XMLStartTag {
        XMLStartTag(name: name, attributes: Self.attributes(count, attributes, &self), namespaceDeclarations: declarations(),
                    line: line, depth: depth)
    }

    fileprivate mutating func end(_ local: UnsafePointer<UInt8>?, _ uri: UnsafePointer<UInt8>?) {
        flushText()
        defer { depth -= 1 }
        if passedAt > 0 {
            if depth == passedAt { passedAt = 0 }
            return
        }
        if subtreeDepth > 0 {
            guard depth >= subtreeDepth, let done = open.popLast(), open.isEmpty else { return }
            progress.endOfLastSubtree = offset
            if case .subtrees(_, let subtree) = receiver { subtree(XMLElementView(tree, done)) }
        } else if case .events(_, let take) = receiver {
            take(.endElement(name(local, uri)))
        }
    }

    /// Whether the element named `local` is in `keeping`.
    private mutating func isKept(_ local: UnsafePointer<UInt8>?, _ keeping: Set<String>) -> Bool {
        guard let local else { return keeping.contains("") }
        let number = Int(tree.pointee.names.number(local) { String(cString: $0) })
        if number >= kept.count { kept.append(contentsOf: repeatElement(0, count: number + 1 - kept.count)) }
        if kept[number] == 0 { kept[number] = keeping.contains(tree.pointee.names.strings[number]) ? 1 : 2 }
        return kept[number] == 1
    }

    fileprivate mutating func name(_ local: UnsafePointer<UInt8>?, _ uri: UnsafePointer<UInt8>?) -> XMLName {
        XMLName(namespace: tree.pointee.namespaces.string(uri), local: tree.pointee.names.string(local))
    }
}

extension SAXState {
    /// The SAX2 handler: elements, characters (CDATA included), comments and processing instructions
    /// (which end a text node), errors; a DOCTYPE or an entity reference stops the parse. No document
    /// is built and no entity is looked up.
    static var handler: xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElementNs = { context, local, _, uri, namespaceCount, namespaces, attributeCount, _, attributes in
            SAXState.of(context).pointee.start(local, uri, attributes, Int(attributeCount), {
                SAXState.declarations(Int(namespaceCount), namespaces)
            })
        }
        handler.endElementNs = { context, local, _, uri in SAXState.of(context).pointee.end(local, uri) }
        handler.characters = { context, bytes, count in
            guard let bytes, count > 0 else { return }
            SAXState.of(context).pointee.characters(bytes, Int(count))
        }
        handler.ignorableWhitespace = handler.characters
        handler.cdataBlock = handler.characters
        handler.comment = { context, _ in SAXState.of(context).pointee.flushText() }
        handler.processingInstruction = { context, _, _ in SAXState.of(context).pointee.flushText() }
        handler.internalSubset = { context, _, _, _ in
            let state = SAXState.of(context)
            state.pointee.fail(.doctypeRefused(line: state.pointee.line))
        }
        handler.reference = { context, _ in
            let state = SAXState.of(context)
            state.pointee.fail(.doctypeRefused(line: state.pointee.line))
        }
        handler.serror = { context, error in
            guard let context, let failure = SAXState.failure(error, line: SAXState.of(context).pointee.line) else { return }
            SAXState.of(context).pointee.fail(failure)
        }
        return handler
    }

    /// The errors libxml2 raises without a parser, which it would otherwise print on stderr: a document in
    /// an encoding it converts, holding bytes that cannot be converted ("input conversion failed due to
    /// input error, bytes 0xFF 0x3C…"). They name no line: libxml2 converts bytes ahead of where it parses,
    /// as far as they have been pushed, so the parser's line would depend on how the document was cut into
    /// pieces. The first error is kept, but the parser is not stopped from here: the conversion that fails
    /// goes on with the parser's input, which stopping it takes away; the parser returns the failure itself.
    static let strayError: xmlStructuredErrorFunc = { context, error in
        guard let context, let failure = SAXState.failure(error, line: 0) else { return }
        SAXState.of(context).pointee.keep(failure)
    }

    /// An error libxml2 reports as an `XMLError` (nil for a warning); `line` when it names none.
    private static func failure(_ error: xmlErrorPtr?, line: Int) -> XMLError? {
        guard let report = error?.pointee, report.level.rawValue >= XML_ERR_ERROR.rawValue else { return nil }
        let message = (report.message.map { String(cString: $0) } ?? "unknown error").oneLine
        let line = report.line > 0 ? Int(report.line) : line
        return message.contains("Excessive depth") ? .tooDeep(line: line, limit: 256) : .malformed(line: line, message: message)
    }

    private static func of(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<SAXState> {
        context!.assumingMemoryBound(to: SAXState.self)
    }

    /// The attributes libxml2 gives as `count` groups of five pointers (local name, prefix, URI,
    /// value start, value end).
    private static func attributes(_ count: Int, _ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?,
                                   _ state: inout SAXState) -> [XMLAttribute] {
        guard count > 0, let attributes else { return [] }
        var list: [XMLAttribute] = []
        list.reserveCapacity(count)
        for index in 0..<count {
            let base = attributes + index * 5
            list.append(XMLAttribute(name: state.name(base[0], base[2]), value: XMLFlatTree.value(base[3], base[4])))
        }
        return list
    }

    /// The prefixes and URIs declared on an element (`namespaces` holds `count` pairs).
    private static func declarations(_ count: Int, _ namespaces: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) -> [String: String] {
        guard count > 0, let namespaces else { return [:] }
        var declarations: [String: String] = [:]
        for index in 0..<count {
            let prefix = namespaces[2 * index].map { String(cString: $0) } ?? ""
            declarations[prefix] = namespaces[2 * index + 1].map { String(cString: $0) } ?? ""
        }
        return declarations
    }
}

extension String {
    /// libxml2's message on one line ("Input is not proper UTF-8, indicate encoding ! Bytes: 0xC3 0x28").
    var oneLine: String {
        split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
