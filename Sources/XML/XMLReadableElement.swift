/// An element whose name, attributes, children and text can be read: a tree built to be kept
/// (`XMLElement`) or an element where the push parser keeps it (`XMLElementView`). Readers of a
/// kind of document are written once, generic over it.
public protocol XMLReadableElement {
    associatedtype Elements: Sequence where Elements.Element == Self
    var name: XMLName { get }
    /// The local name ("p" for `w:p`).
    var localName: String { get }
    /// The namespace URI, "" for none.
    var namespace: String { get }
    /// The line of the start tag.
    var line: Int { get }
    /// Prefixes declared on this element ("" for the default namespace) → namespace URI.
    var namespaceDeclarations: [String: String] { get }
    /// The child elements, in order.
    var childElements: Elements { get }
    /// The value of the first attribute named `local` whose namespace `namespace` accepts.
    func attribute(_ local: String, where namespace: (String) -> Bool) -> String?
    /// All text directly inside this element (not in child elements).
    var ownText: String { get }
}

extension XMLReadableElement {
    /// The value of the attribute with this namespace ("" for none) and local name.
    public func attribute(_ namespace: String, _ local: String) -> String? {
        attribute(local) { $0 == namespace }
    }
}

extension XMLElement: XMLReadableElement {
    public var localName: String { name.local }
    public var namespace: String { name.namespace }

    /// The child elements, in order, without making an array of them.
    public var childElements: ChildElements { ChildElements(content: content) }

    public func attribute(_ local: String, where namespace: (String) -> Bool) -> String? {
        attributes.first { $0.name.local == local && namespace($0.name.namespace) }?.value
    }

    /// The child elements of an `XMLElement`.
    public struct ChildElements: Sequence, IteratorProtocol {
        let content: [XMLContent]
        var index = 0

        public mutating func next() -> XMLElement? {
            while index < content.count {
                defer { index += 1 }
                if case .element(let element) = content[index] { return element }
            }
            return nil
        }
    }
}
