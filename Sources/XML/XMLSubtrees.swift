/// Reads a large document one piece at a time: the complete elements at a given depth (the
/// paragraphs and tables of a body, say) are built and handed over one by one, so that memory
/// holds only the largest of them, never the whole tree. Their ancestors are reported by
/// their start tags.
///
/// ```swift
/// try XMLSubtrees(depth: 3).parse(bytes, ancestor: { tag in … }, subtree: { element in … })
/// ```
public struct XMLSubtrees: Sendable {
    /// The depth of the elements handed over whole (the root element is depth 1).
    public var depth: Int
    /// When set, an element below the root whose local name is not in it is left out with all it holds.
    public var keeping: Set<String>?
    public var options: XMLParseOptions

    public init(depth: Int, keeping: Set<String>? = nil, options: XMLParseOptions = XMLParseOptions()) {
        self.depth = max(depth, 1)
        self.keeping = keeping
        self.options = options
    }

    /// Parses `bytes`: `ancestor` gets every start tag above `depth` (`XMLStartTag.depth` says
    /// where), `subtree` every complete element at `depth`, in document order.
    public func parse(_ bytes: [UInt8], ancestor: (XMLStartTag) -> Void, subtree: (XMLElement) -> Void) throws(XMLError) {
        try parse(bytes, ancestor: ancestor, view: { subtree(XMLElement($0)) })
    }

    /// Parses `bytes` as `parse(_:ancestor:subtree:)` does, but hands each element at `depth` over as a view
    /// of the parser's buffers, valid only while `view` runs: no tree is built for an element that is read
    /// once and let go.
    public func parse(_ bytes: [UInt8], ancestor: (XMLStartTag) -> Void, view: (XMLElementView) -> Void) throws(XMLError) {
        try XMLStreamParser.checkWhole(bytes)
        var parser = XMLSubtreePushParser(depth: depth, keeping: keeping, options: options)
        try XMLStreamParser.inPieces(bytes) { piece throws(XMLError) in
            try parser.push(piece, ancestor: ancestor, subtree: view)
        }
        try parser.finish(ancestor: ancestor, subtree: view)
    }
}
