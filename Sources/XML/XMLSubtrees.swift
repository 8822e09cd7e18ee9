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
    public var options: XMLParseOptions

    public init(depth: Int, options: XMLParseOptions = XMLParseOptions()) {
        self.depth = max(depth, 1)
        self.options = options
    }

    /// Parses `bytes`: `ancestor` gets every start tag above `depth` (`XMLStartTag.depth` says
    /// where), `subtree` every complete element at `depth`, in document order.
    public func parse(_ bytes: [UInt8], ancestor: (XMLStartTag) -> Void, subtree: (XMLElement) -> Void) throws(XMLError) {
        try withoutActuallyEscaping(ancestor) { ancestor throws(XMLError) in
            try withoutActuallyEscaping(subtree) { subtree throws(XMLError) in
                var splitter = SubtreeSplitter(target: depth, ancestor: ancestor, subtree: subtree)
                try XMLStreamParser(options: options).parse(bytes, into: &splitter)
            }
        }
    }
}

/// Builds the elements at one depth and hands them over one by one.
private struct SubtreeSplitter: XMLEventSink {
    let target: Int
    let ancestor: (XMLStartTag) -> Void
    let subtree: (XMLElement) -> Void
    var level = 0
    var builder = TreeBuilder()

    mutating func take(_ event: XMLEvent) {
        switch event {
        case .startElement(let tag):
            level += 1
            if level < target { ancestor(tag) } else { builder.take(event) }
        case .endElement:
            if level >= target {
                builder.take(event)
                if level == target, let done = builder.root {
                    subtree(done)
                    builder = TreeBuilder()
                }
            }
            level -= 1
        case .text:
            if level >= target { builder.take(event) }
        }
    }
}
