/// An element or attribute name as namespaces define it: the namespace URI and the local name.
/// Prefixes ("w:", "ns0:") are never kept: two names are equal when URI and local name are.
public struct XMLName: Sendable, Hashable, CustomStringConvertible {
    /// The namespace URI, "" for none.
    public var namespace: String
    /// The local name ("p" for `w:p`).
    public var local: String

    public init(namespace: String, local: String) {
        self.namespace = namespace
        self.local = local
    }

    public var description: String { namespace.isEmpty ? local : "{\(namespace)}\(local)" }
}

/// One attribute of an element (namespace declarations are not attributes here).
public struct XMLAttribute: Sendable, Hashable {
    public var name: XMLName
    public var value: String

    public init(name: XMLName, value: String) {
        self.name = name
        self.value = value
    }
}

/// What the streaming parser reports, in document order. An empty element (`<w:tab/>`)
/// is reported as a start immediately followed by its end.
public enum XMLEvent: Sendable, Hashable {
    /// An element opens.
    case startElement(XMLStartTag)
    /// The element opened last closes.
    case endElement(XMLName)
    /// Character data (text, CDATA, white space), entities already replaced.
    case text(String)
}

/// An element's start tag: its name, attributes, the namespace prefixes it declares
/// (needed to read attributes that name prefixes, such as `mc:Choice/@Requires`) and its line.
public struct XMLStartTag: Sendable, Hashable {
    public var name: XMLName
    public var attributes: [XMLAttribute]
    /// Prefixes declared on this element ("" for the default namespace) → namespace URI.
    public var namespaceDeclarations: [String: String]
    public var line: Int
    /// How deep the element is: 1 for the root element.
    public var depth: Int

    public init(name: XMLName, attributes: [XMLAttribute] = [], namespaceDeclarations: [String: String] = [:], line: Int = 0, depth: Int = 1) {
        self.name = name
        self.attributes = attributes
        self.namespaceDeclarations = namespaceDeclarations
        self.line = line
        self.depth = depth
    }

    /// The value of the attribute with this namespace ("" for none) and local name.
    public func attribute(_ namespace: String, _ local: String) -> String? {
        attributes.first { $0.name.local == local && $0.name.namespace == namespace }?.value
    }
}
