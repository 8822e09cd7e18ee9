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

    /// An element with the name, attributes, declarations and line of `tag`, and no content yet.
    public init(_ tag: XMLStartTag) {
        self.init(name: tag.name, attributes: tag.attributes, namespaceDeclarations: tag.namespaceDeclarations, line: tag.line)
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

    /// All text directly inside this element (not in child elements).
    public var ownText: String {
        var text = ""
        for case .text(let piece) in content { text += piece }
        return text
    }

    /// Parses a whole XML document and returns its root element.
    public static func parse(_ bytes: [UInt8], options: XMLParseOptions = XMLParseOptions()) throws(XMLError) -> XMLElement {
        try root(of: bytes, keeping: nil, options: options)
    }

    /// Parses a whole XML document and returns its root element with only the elements named in
    /// `keeping` below it (by local name, any namespace): an element of another name is left out
    /// with everything inside it. For a large part of which a reader needs a few elements
    /// (`numbering.xml` holds a list per paragraph in some packages); the part is still checked whole.
    public static func parse(_ bytes: [UInt8], keeping: Set<String>, options: XMLParseOptions = XMLParseOptions()) throws(XMLError) -> XMLElement {
        try root(of: bytes, keeping: keeping, options: options)
    }

    private static func root(of bytes: [UInt8], keeping: Set<String>?, options: XMLParseOptions) throws(XMLError) -> XMLElement {
        var root: XMLElement?
        try XMLSubtrees(depth: 1, keeping: keeping, options: options).parse(bytes, ancestor: { _ in }, subtree: { root = $0 })
        guard let root else { throw XMLError.malformed(line: 0, message: "no root element") }
        return root
    }
}

/// One piece of an element's content.
public enum XMLContent: Sendable, Hashable {
    case element(XMLElement)
    case text(String)
}
