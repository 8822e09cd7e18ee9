import CLibXML2

/// Parses XML handed over in pieces, as it arrives (from a part being inflated, say), with
/// libxml2's SAX2 push parser, and gives every event to a sink as soon as it is read.
///
/// The same safety as `XMLStreamParser`: no network, no entity substitution, no DTD loading, a
/// DOCTYPE or entity reference refused where it is met, a depth limit, libxml2's messages caught.
///
/// ```swift
/// var parser = XMLPushParser()
/// var counter = ParagraphCounter()
/// for chunk in chunks { try parser.push(chunk, into: &counter) }
/// try parser.finish(into: &counter)
/// ```
public struct XMLPushParser: ~Copyable {
    private var session: SAXSession

    public init(options: XMLParseOptions = XMLParseOptions()) {
        session = SAXSession(SAXState(options: options))
    }

    /// Parses the next piece of the document and hands its events to `sink`.
    public mutating func push<Sink: XMLEventSink>(_ bytes: UnsafeRawBufferPointer, into sink: inout Sink) throws(XMLError) {
        try receiving(into: &sink) { session throws(XMLError) in try session.push(bytes) }
    }

    /// Ends the document: checks that it is complete, and hands the last events to `sink`.
    public mutating func finish<Sink: XMLEventSink>(into sink: inout Sink) throws(XMLError) {
        try receiving(into: &sink) { session throws(XMLError) in try session.finish() }
    }

    private mutating func receiving<Sink: XMLEventSink>(into sink: inout Sink,
                                                        _ work: (inout SAXSession) throws(XMLError) -> Void) throws(XMLError) {
        try withUnsafeMutablePointer(to: &sink) { sink throws(XMLError) in
            try withoutActuallyEscaping({ sink.pointee.wants($0, depth: $1) }) { wants throws(XMLError) in
                try withoutActuallyEscaping({ sink.pointee.take($0) }) { take throws(XMLError) in
                    try session.run(.events(wants: wants, take: take), work)
                }
            }
        }
    }
}

/// Parses XML handed over in pieces, like `XMLPushParser`, and hands over the complete elements at
/// one depth (the paragraphs and tables of a body, say) one by one, as views of where the parser keeps
/// them (`XMLElementView`), with the start tags of their ancestors: memory holds the largest of them,
/// never the whole tree.
///
/// ```swift
/// var parser = XMLSubtreePushParser(depth: 3)
/// for chunk in chunks { try parser.push(chunk, ancestor: { tag in … }, subtree: { element in … }) }
/// try parser.finish(ancestor: { tag in … }, subtree: { element in … })
/// ```
public struct XMLSubtreePushParser: ~Copyable {
    private var session: SAXSession

    /// `depth`: that of the elements handed over whole (1 for the root). With `keeping`, an element
    /// below the root whose local name is not in it is left out with all it holds.
    public init(depth: Int, keeping: Set<String>? = nil, options: XMLParseOptions = XMLParseOptions()) {
        session = SAXSession(SAXState(options: options, subtreeDepth: max(depth, 1), keeping: keeping))
    }

    /// Where the parser has got, also while it is parsing (from inside `subtree`).
    public var progress: XMLPushProgress { session.progress }

    /// The line the parser is at: after the last byte it has read.
    public var line: Int { session.line }

    /// Parses the next piece of the document; `ancestor` gets every start tag above the depth,
    /// `subtree` every element at the depth completed by this piece, in document order (a view valid
    /// while `subtree` runs).
    public mutating func push(_ bytes: UnsafeRawBufferPointer, ancestor: (XMLStartTag) -> Void,
                              subtree: (XMLElementView) -> Void) throws(XMLError) {
        try receiving(ancestor, subtree) { session throws(XMLError) in try session.push(bytes) }
    }

    /// Ends the document: checks that it is complete, and hands over what is left.
    public mutating func finish(ancestor: (XMLStartTag) -> Void, subtree: (XMLElementView) -> Void) throws(XMLError) {
        try receiving(ancestor, subtree) { session throws(XMLError) in try session.finish() }
    }

    private mutating func receiving(_ ancestor: (XMLStartTag) -> Void, _ subtree: (XMLElementView) -> Void,
                                    _ work: (inout SAXSession) throws(XMLError) -> Void) throws(XMLError) {
        try withoutActuallyEscaping(ancestor) { ancestor throws(XMLError) in
            try withoutActuallyEscaping(subtree) { subtree throws(XMLError) in
                try session.run(.subtrees(ancestor: ancestor, subtree: subtree), work)
            }
        }
    }
}

/// One libxml2 push parser and the state its callbacks fill: made at the first four bytes (from
/// which libxml2 tells the encoding), fed chunk by chunk, freed at the end.
struct SAXSession: ~Copyable {
    private let state: UnsafeMutablePointer<SAXState>
    /// The first bytes, held until there are four.
    private var head: [UInt8] = []
    private var pushed = 0

    init(_ state: consuming SAXState) {
        LibXML2.initialise()
        self.state = .allocate(capacity: 1)
        self.state.initialize(to: state)
    }

    /// Where the parser has got.
    var progress: XMLPushProgress { state.pointee.progress }
    var line: Int { state.pointee.line }

    deinit {
        if let context = state.pointee.context {
            if let document = context.pointee.myDoc { xmlFreeDoc(document) }
            xmlFreeParserCtxt(context)
        }
        state.pointee.deallocate()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// Runs `work` with the callbacks sending to `receiver`, which is only valid meanwhile.
    mutating func run(_ receiver: SAXState.Receiver, _ work: (inout SAXSession) throws(XMLError) -> Void) throws(XMLError) {
        if let failure = state.pointee.failure { throw failure }
        state.pointee.receiver = receiver
        defer { state.pointee.receiver = nil }
        try work(&self)
    }

    mutating func push(_ bytes: UnsafeRawBufferPointer) throws(XMLError) {
        guard !bytes.isEmpty else { return }
        pushed += bytes.count
        guard pushed < Int(Int32.max) else { return try stop(.tooLarge(bytes: pushed)) }
        if state.pointee.context == nil {
            head += bytes
            if head.count >= 4 { try start() }
        } else {
            try parse(bytes, terminate: false)
        }
    }

    mutating func finish() throws(XMLError) {
        guard pushed > 0 else { return try stop(.malformed(line: 0, message: "the part is empty")) }
        if state.pointee.context == nil { try start() }
        try parse(UnsafeRawBufferPointer(start: nil, count: 0), terminate: true)
        state.pointee.flushText()
    }

    /// Makes the parser with the first bytes (at most four: libxml2 tells the encoding from them)
    /// and parses the rest of them.
    private mutating func start() throws(XMLError) {
        let first = head
        head = []
        let guess = min(first.count, 4)
        var handler = SAXState.handler
        let context = catchingStrayErrors {
            first.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { characters in
                    xmlCreatePushParserCtxt(&handler, UnsafeMutableRawPointer(state), characters.baseAddress, Int32(guess), nil)
                }
            }
        }
        guard let context else { return try stop(.malformed(line: 0, message: "libxml2 could not start a parser")) }
        xmlCtxtUseOptions(context, LibXML2.parserOptions)
        state.pointee.context = context
        try first.withUnsafeBufferPointer { buffer throws(XMLError) in
            try parse(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(buffer)[guess...]), terminate: false)
        }
    }

    private mutating func parse(_ bytes: UnsafeRawBufferPointer, terminate: Bool) throws(XMLError) {
        guard let context = state.pointee.context else { return }
        let status = catchingStrayErrors {
            xmlParseChunk(context, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count), terminate ? 1 : 0)
        }
        if let failure = state.pointee.failure { throw failure }
        if status != 0 { try stop(.malformed(line: state.pointee.line, message: "the XML parser stopped")) }
    }

    /// Runs `work` with the errors libxml2 raises without a parser (encoding conversion, I/O) sent to this
    /// session instead of stderr. libxml2 keeps that handler per thread: it is set around each call into
    /// the parser, and taken away after.
    private func catchingStrayErrors<Result>(_ work: () -> Result) -> Result {
        xmlSetStructuredErrorFunc(UnsafeMutableRawPointer(state), SAXState.strayError)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return work()
    }

    /// Fails the session: every later call throws `error` too.
    private mutating func stop(_ error: XMLError) throws(XMLError) {
        state.pointee.fail(error)
        throw error
    }
}

/// How far a push parser has got in the bytes pushed to it, readable from inside its callbacks: a
/// reader that parses one document in two halves at once checks with it that the first half ends
/// exactly where the second begins.
public final class XMLPushProgress: @unchecked Sendable {
    /// The offset just after the last subtree handed over (after its end tag's `>`), in the bytes
    /// pushed; nil before the first, and for a document libxml2 converts from another encoding than
    /// UTF-8 (it then counts the converted bytes).
    public internal(set) var endOfLastSubtree: Int?

    init() {}
}
