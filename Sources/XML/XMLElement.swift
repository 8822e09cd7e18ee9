/// An element with its attributes and content: a small immutable tree built from the
/// streaming parser, for parts that are read as a whole (a .docx part is at most a few MB).
///
/// ```swift
/// let root = try XMLElement.parse(bytes)
/// for child in root.elements where child.name.local == "body" { … }
/// ```
public struct XMLElement: Sendable, Hashable {
    public var name: XMLName
    public var attributes: [XMLAttribute]
    /// Child elements and text, in document order.
    public var content: [XMLContent]
    /// Prefixes declared on this element ("" for the default namespace) → namespace URI.
    public var namespaceDeclarations: [String: String]
    /// The line of the start tag.
    public var line: Int

    public init(name: XMLName, attributes: [XMLAttribute] = [], content: [XMLContent] = [],
                namespaceDeclarations: [String: String] = [:], line: Int = 0) {
        self.name = name
        self.attributes = attributes
        self.content = content
        self.namespaceDeclarations = namespaceDeclarations
        self.line = line
    }

    /// The child elements, in order.
    public var elements: [XMLElement] {
        content.compactMap { if case .element(let element) = $0 { return element } else { return nil } }
    }

    /// The first child element with this namespace and local name.
    public func child(_ namespace: String, _ local: String) -> XMLElement? {
        for case .element(let element) in content where element.name.local == local && element.name.namespace == namespace {
            return element
        }
        return nil
    }

    /// The value of the attribute with this namespace ("" for none) and local name.
    public func attribute(_ namespace: String, _ local: String) -> String? {
        attributes.first { $0.name.local == local && $0.name.namespace == namespace }?.value
    }

    /// All text directly inside this element (not in child elements).
    public var ownText: String {
        var text = ""
        for case .text(let piece) in content { text += piece }
        return text
    }

    /// Parses a whole XML document and returns its root element.
    public static func parse(_ bytes: [UInt8], options: XMLParseOptions = XMLParseOptions()) throws(XMLError) -> XMLElement {
        var builder = TreeBuilder()
        try XMLStreamParser(options: options).parse(bytes, into: &builder)
        guard let root = builder.root else { throw XMLError.malformed(line: 0, message: "no root element") }
        return root
    }

    /// Parses a whole XML document and returns its root element with only the elements named in
    /// `keeping` below it (by local name, any namespace): an element of another name is left out
    /// with everything inside it. For a large part of which a reader needs a few elements
    /// (`numbering.xml` holds a list per paragraph in some packages); the part is still checked whole.
    public static func parse(_ bytes: [UInt8], keeping: Set<String>, options: XMLParseOptions = XMLParseOptions()) throws(XMLError) -> XMLElement {
        var builder = TreeBuilder(keeping: keeping)
        try XMLStreamParser(options: options).parse(bytes, into: &builder)
        guard let root = builder.root else { throw XMLError.malformed(line: 0, message: "no root element") }
        return root
    }
}

/// One piece of an element's content.
public enum XMLContent: Sendable, Hashable {
    case element(XMLElement)
    case text(String)
}

/// Assembles events into elements; with `keeping`, only the root and the elements of those local names.
struct TreeBuilder: XMLEventSink {
    private var stack: [XMLElement] = []
    private(set) var root: XMLElement?
    private let keeping: Set<String>?

    init(keeping: Set<String>? = nil) {
        self.keeping = keeping
    }

    func wants(_ name: XMLName, depth: Int) -> Bool {
        guard let keeping, depth > 1 else { return true }
        return keeping.contains(name.local)
    }

    mutating func take(_ event: XMLEvent) {
        switch event {
        case .startElement(let tag):
            stack.append(XMLElement(name: tag.name, attributes: tag.attributes,
                                    namespaceDeclarations: tag.namespaceDeclarations, line: tag.line))
        case .endElement:
            guard let done = stack.popLast() else { return }
            if stack.isEmpty { root = done } else { stack[stack.count - 1].content.append(.element(done)) }
        case .text(let text):
            guard !stack.isEmpty else { return }
            stack[stack.count - 1].content.append(.text(text))
        }
    }
}
