/// An element the push parser has read whole, seen where the parser keeps it (`XMLSubtreePushParser`):
/// no tree is built for it. A view is valid only while the callback it is handed to runs (debug builds
/// check it); an `XMLElement` made from it (`XMLElement(view)`) can be kept.
///
/// ```swift
/// try parser.push(bytes, ancestor: { _ in }, subtree: { paragraph in
///     for run in paragraph.childElements where run.localName == "r" { … }
/// })
/// ```
public struct XMLElementView: XMLReadableElement {
    private let storage: UnsafePointer<XMLFlatTree>
    private let index: Int32
    private let generation: Int

    init(_ tree: UnsafePointer<XMLFlatTree>, _ index: Int32) {
        self.storage = tree
        self.index = index
        self.generation = tree.pointee.generation
    }

    /// The parser's tree, checked in debug builds to still hold this element: a view kept after its callback
    /// returned reads the next element's nodes (or, once the parser is gone, freed memory).
    private var tree: UnsafePointer<XMLFlatTree> {
        assert(storage.pointee.generation == generation, "an XMLElementView was used after the callback it was handed to")
        return storage
    }

    public var name: XMLName { XMLName(namespace: namespace, local: localName) }
    public var localName: String { XMLFlatTree.name(tree.pointee.nodes[Int(index)].local, in: tree) }
    public var namespace: String { XMLFlatTree.namespace(tree.pointee.nodes[Int(index)].namespace, in: tree) }
    public var line: Int { Int(tree.pointee.nodes[Int(index)].line) }

    public var namespaceDeclarations: [String: String] {
        let number = tree.pointee.nodes[Int(index)].declarations
        return number < 0 ? [:] : tree.pointee.declarations[Int(number)]
    }

    public var childElements: ChildElements { ChildElements(tree: tree, following: tree.pointee.nodes[Int(index)].firstChild) }

    public func attribute(_ local: String, where namespace: (String) -> Bool) -> String? {
        let node = tree.pointee.nodes[Int(index)]
        for index in Int(node.start)..<Int(node.end) {
            let attribute = tree.pointee.attributes[index]
            if XMLFlatTree.name(attribute.local, in: tree) == local, namespace(XMLFlatTree.namespace(attribute.namespace, in: tree)) {
                return XMLFlatTree.text(attribute.start, attribute.end, in: tree)
            }
        }
        return nil
    }

    /// The attributes, in order.
    public var attributes: [XMLAttribute] {
        let node = tree.pointee.nodes[Int(index)]
        return tree.pointee.attributes[Int(node.start)..<Int(node.end)].map { attribute in
            XMLAttribute(name: XMLName(namespace: XMLFlatTree.namespace(attribute.namespace, in: tree), local: XMLFlatTree.name(attribute.local, in: tree)),
                         value: XMLFlatTree.text(attribute.start, attribute.end, in: tree))
        }
    }

    public var ownText: String {
        var child = tree.pointee.nodes[Int(index)].firstChild
        var start: Int32 = -1
        var end: Int32 = -1
        var text: String?
        // One text node (nearly always): a string of its bytes; several: joined.
        while child >= 0 {
            let node = tree.pointee.nodes[Int(child)]
            if node.local < 0 {
                if start < 0 {
                    (start, end) = (node.start, node.end)
                } else {
                    if text == nil { text = XMLFlatTree.text(start, end, in: tree) }
                    text! += XMLFlatTree.text(node.start, node.end, in: tree)
                }
            }
            child = node.next
        }
        return text ?? (start < 0 ? "" : XMLFlatTree.text(start, end, in: tree))
    }

    /// The content in order: child elements as views, text as strings.
    public func forEachContent(element: (XMLElementView) -> Void, text: (String) -> Void) {
        var child = tree.pointee.nodes[Int(index)].firstChild
        while child >= 0 {
            let node = tree.pointee.nodes[Int(child)]
            if node.local < 0 { text(XMLFlatTree.text(node.start, node.end, in: tree)) } else { element(XMLElementView(tree, child)) }
            child = node.next
        }
    }

    /// The child elements of a view.
    public struct ChildElements: Sequence, IteratorProtocol {
        let tree: UnsafePointer<XMLFlatTree>
        var following: Int32

        public mutating func next() -> XMLElementView? {
            while following >= 0 {
                let index = following
                let node = tree.pointee.nodes[Int(index)]
                following = node.next
                if node.local >= 0 { return XMLElementView(tree, index) }
            }
            return nil
        }
    }
}

extension XMLElement {
    /// A tree of the element `view` shows, to be kept.
    public init(_ view: XMLElementView) {
        self.init(name: view.name, attributes: view.attributes, namespaceDeclarations: view.namespaceDeclarations, line: view.line)
        view.forEachContent(element: { content.append(.element(XMLElement($0))) }, text: { content.append(.text($0)) })
    }
}
