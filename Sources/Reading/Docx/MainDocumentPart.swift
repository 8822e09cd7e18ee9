import Foundation
import XMLStreaming

/// The main document part, read one child of `w:body` at a time: memory holds the walked
/// text and the largest paragraph or table, never the whole XML tree.
///
/// A large part is read in two halves at once, on a machine with two cores or more: once it is
/// inflated, what is left of it is cut at a paragraph's end near its middle, and another thread reads
/// the second half while this one reads on to the cut (`BodyHalves`). Its bytes are then held while they
/// are read: inflating does not wait for the parsing.
enum MainDocumentPart {
    /// What reading a main part gave.
    struct Reading {
        /// The blocks of its body, with removed paragraph marks joined, in one part or, when it was read in
        /// halves, two (not put together: that would copy every block).
        var parts: [[RawBlock]]
        /// The blocks, in one array.
        var blocks: [RawBlock] { parts.count == 1 ? parts[0] : Array(parts.joined()) }
        /// Whether it was read in two halves.
        var inHalves: Bool
    }

    /// Reads the main document part `part` in `view`, parsed as it is inflated, in two halves when it is
    /// `halvesFrom` bytes or more; then `whileSecondHalfIsRead` is given the first half's blocks as soon as
    /// they are read (before their removed paragraph marks are joined).
    static func read(_ part: String, in package: DocxPackage, view: TrackedChangesView, halvesFrom: Int,
                     whileSecondHalfIsRead: ([RawBlock]) -> Void = { _ in }) throws(ReadError) -> Reading {
        guard let size = package.announcedSize(of: part) else {
            throw ReadError.docx(file: package.file, part: part, line: nil, reason: "the main document part named by _rels/.rels is missing")
        }
        var halves = size >= halvesFrom && ProcessInfo.processInfo.activeProcessorCount > 1
        var holding = halves
        var body = BodyReading(view: view)
        var head = BodyHead()
        let piece = min(max(size / 32, 512), 64 << 10)
        var second: [RawBlock]?
        _ = try package.inflate(part, holdingAll: halves) { batch in
            for (index, chunk) in batch.chunks.enumerated() {
                // While the halves may still be read, a chunk is parsed a piece at a time (64 KB, less in a
                // small part): all that is left may be inflated meanwhile.
                var start = 0
                while start < chunk.count {
                    if halves, let cut = body.walk.firstEnd, let bytes = head.bytes(endingAt: cut), let more = batch.rest() {
                        let rest = [chunk[(chunk.startIndex + start)...]] + batch.chunks[(index + 1)...] + more
                        second = try withoutActuallyEscaping(whileSecondHalfIsRead) { hook throws(XMLError) in
                            try BodyHalves(head: bytes, view: view, whileSecondHalfIsRead: hook).readRest(rest, into: &body)
                        }
                        return
                    }
                    let end = halves ? min(chunk.count, start + piece) : chunk.count
                    try chunk.withBytes { bytes throws(XMLError) in
                        let piece = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
                        if halves { halves = head.keep(piece, firstEnd: body.walk.firstEnd) && body.walk.cuttable }
                        try body.push(piece)
                    }
                    // Without halves, inflating need not run ahead of the parsing any more.
                    if !halves, holding {
                        batch.limitAhead(to: 1 << 20)
                        holding = false
                    }
                    start = end
                }
            }
        }
        if second == nil {
            do { try body.finish() } catch { throw package.refusal(part, error) }
        }
        guard let root = body.walk.root, root.name.local == "document", WordNamespace.isMain(root.name.namespace) else {
            throw ReadError.docx(file: package.file, part: part, line: body.walk.root?.line,
                                 reason: "not a WordprocessingML document (root element \(body.walk.root.map { "\($0.name)" } ?? "none"))")
        }
        let first = body.walk.takeBlocks()
        let parts = second.map { [first, $0] } ?? [first]
        return Reading(parts: RawBlock.joiningRemovedMarks(parts, view: view), inHalves: second != nil)
    }
}

/// A parser of the main part and the walk of what it hands over.
struct BodyReading: ~Copyable {
    private var parser = XMLSubtreePushParser(depth: 3, options: WordNamespace.parseOptions)
    var walk: BodyWalk

    init(view: TrackedChangesView, passingOver head: Int = 0) {
        walk = BodyWalk(view: view, passingOver: head)
    }

    /// How many bytes have been pushed.
    private(set) var pushed = 0
    /// Where a second half took over, once this reading has met it there (`BodyHalves`).
    var handedOver: Int?
    /// The offset just after the last child of the body read (nil before the first).
    var endOfLastChild: Int? { parser.progress.endOfLastSubtree }
    /// The line the parser is at.
    var line: Int { parser.line }

    mutating func push(_ bytes: UnsafeRawBufferPointer) throws(XMLError) {
        pushed += bytes.count
        try Self.push(bytes, &parser, &walk)
    }

    mutating func finish() throws(XMLError) {
        let progress = parser.progress
        try parser.finish(ancestor: { walk.ancestor($0) }, subtree: { walk.child($0, endingAt: progress.endOfLastSubtree) })
    }

    private static func push(_ bytes: UnsafeRawBufferPointer, _ parser: inout XMLSubtreePushParser, _ walk: inout BodyWalk) throws(XMLError) {
        let progress = parser.progress
        try parser.push(bytes, ancestor: { walk.ancestor($0) }, subtree: { walk.child($0, endingAt: progress.endOfLastSubtree) })
    }
}

/// The walk of a main part's body: its root element, the children of `w:body` walked into blocks.
struct BodyWalk {
    private(set) var root: XMLStartTag?
    /// Whether the element open at depth 2 is `w:body`.
    private(set) var inBody = false
    /// How many start tags above the body's children have been met.
    private(set) var ancestors = 0
    private(set) var walker: ContentWalker
    private(set) var blocks: [RawBlock] = []
    /// Where the body's first child ended, and how many ancestors had been met then.
    private(set) var firstEnd: Int?
    private(set) var ancestorsAtFirstEnd = 0
    /// Whether the part can still be cut: false once a child of the body has ended with no offset (libxml2
    /// converts the part from another encoding, and counts the converted bytes).
    private(set) var cuttable = true
    /// Children ending at or before this offset are passed over (a head read again).
    private let passingOver: Int

    init(view: TrackedChangesView, passingOver: Int = 0) {
        walker = ContentWalker(view: view)
        self.passingOver = passingOver
    }

    mutating func ancestor(_ tag: XMLStartTag) {
        ancestors += 1
        if tag.depth == 1 {
            root = tag
            walker = ContentWalker(view: walker.view, scope: tag.namespaceDeclarations)
        } else if tag.depth == 2 {
            inBody = tag.name.local == "body" && WordNamespace.isMain(tag.name.namespace)
        }
    }

    /// The blocks walked, taken out of the walk (which is left with none).
    mutating func takeBlocks() -> [RawBlock] {
        defer { blocks = [] }
        return blocks
    }

    mutating func child(_ element: XMLElementView, endingAt end: Int?) {
        guard inBody else { return }
        if end == nil { cuttable = false }
        if let end, end <= passingOver { return }
        walker.appendBlock(element, to: &blocks)
        if firstEnd == nil, let end {
            firstEnd = end
            ancestorsAtFirstEnd = ancestors
        }
    }

    /// Whether a walk stopped at `offset` ends where another, started again at its first child's end,
    /// takes over: just after a child of the same body, with no field open.
    func meets(at offset: Int, endOfLastChild: Int?) -> Bool {
        endOfLastChild == offset && inBody && ancestors == ancestorsAtFirstEnd && walker.fields.isEmpty
    }
}

/// The bytes of the main part kept until its body's first child has ended: the head a second half
/// is read after.
struct BodyHead {
    private var kept: [UInt8] = []
    /// Beyond this, a first child is too long to be worth reading twice.
    private let limit = 4 << 20

    /// Keeps `bytes`, about to be pushed, while the first child has not ended; false when it is too long.
    mutating func keep(_ bytes: UnsafeRawBufferPointer, firstEnd: Int?) -> Bool {
        guard firstEnd == nil else { return true }
        kept += bytes
        return kept.count <= limit
    }

    /// The bytes up to `end`, when kept; those kept after them are let go, so that asking again (at every
    /// piece parsed until the part can be cut) copies nothing.
    mutating func bytes(endingAt end: Int) -> [UInt8]? {
        guard end <= kept.count else { return nil }
        if kept.count > end { kept.removeSubrange(end...) }
        return kept
    }
}
