import UTF8Text

/// The element the push parser is building, its nodes stored flat in buffers kept from one element
/// to the next: no allocation per element or text once the buffers have grown to the largest one.
/// `XMLElementView` reads it.
struct XMLFlatTree {
    /// An element or a text node. Links are indices in `nodes`, -1 for none.
    struct Node {
        /// The local name's number in `names`; -1 for a text node.
        var local: Int32
        /// The namespace's number in `namespaces`; -1 for none.
        var namespace: Int32
        var line: Int32
        /// An element: its attributes in `attributes`; a text node: its bytes in `bytes`.
        var start: Int32
        var end: Int32
        /// The index in `declarations` of the prefixes it declares; -1 for none.
        var declarations: Int32 = -1
        var firstChild: Int32 = -1
        var lastChild: Int32 = -1
        var next: Int32 = -1
    }

    /// An attribute: names by number, its value in `bytes`.
    struct Attribute {
        var local: Int32
        var namespace: Int32
        var start: Int32
        var end: Int32
    }

    private(set) var nodes: [Node] = []
    private(set) var attributes: [Attribute] = []
    /// Texts and attribute values, in UTF-8.
    private(set) var bytes: [UInt8] = []
    private(set) var declarations: [[String: String]] = []
    /// Names and namespace URIs, numbered for the parser's lifetime.
    var names = InternedNames()
    var namespaces: InternedNamespaces

    init(namespaces: InternedNamespaces) {
        self.namespaces = namespaces
    }

    /// How many times the buffers were emptied: a view of an element before that is stale.
    private(set) var generation = 0

    /// Empties the buffers for the next element, keeping their capacity.
    mutating func removeAll() {
        generation += 1
        nodes.removeAll(keepingCapacity: true)
        attributes.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
        if !declarations.isEmpty { declarations.removeAll() }
    }

    /// Adds an element, the last child of `parent` (-1: the element handed over), and returns its index.
    /// `attributes` holds `count` groups of five pointers (local name, prefix, URI, value start, value end).
    mutating func openElement(local: UnsafePointer<UInt8>?, namespace: UnsafePointer<UInt8>?, line: Int, parent: Int32,
                              attributes pointers: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, count: Int,
                              declarations: [String: String]) -> Int32 {
        let first = Int32(attributes.count)
        if count > 0, let pointers {
            for index in 0..<count {
                let base = pointers + index * 5
                let start = Int32(bytes.count)
                Self.appendValue(base[3], base[4], to: &bytes)
                attributes.append(Attribute(local: number(base[0]), namespace: namespaces.number(base[2]),
                                            start: start, end: Int32(bytes.count)))
            }
        }
        var node = Node(local: number(local), namespace: namespaces.number(namespace), line: Int32(clamping: line),
                        start: first, end: Int32(attributes.count))
        if !declarations.isEmpty {
            node.declarations = Int32(self.declarations.count)
            self.declarations.append(declarations)
        }
        return append(node, to: parent)
    }

    /// Adds a text node, the last child of `parent`.
    mutating func appendText(_ text: [UInt8], to parent: Int32) {
        let start = Int32(bytes.count)
        bytes.append(contentsOf: text)
        _ = append(Node(local: -1, namespace: -1, line: 0, start: start, end: Int32(bytes.count)), to: parent)
    }

    private mutating func append(_ node: Node, to parent: Int32) -> Int32 {
        let index = Int32(nodes.count)
        nodes.append(node)
        if parent >= 0 {
            let last = nodes[Int(parent)].lastChild
            if last >= 0 { nodes[Int(last)].next = index } else { nodes[Int(parent)].firstChild = index }
            nodes[Int(parent)].lastChild = index
        }
        return index
    }

    private mutating func number(_ local: UnsafePointer<UInt8>?) -> Int32 {
        guard let local else { return -1 }
        return names.number(local) { String(cString: $0) }
    }

    /// An attribute's value from libxml2's range, as a string (`appendValue`).
    static func value(_ start: UnsafePointer<UInt8>?, _ end: UnsafePointer<UInt8>?) -> String {
        guard let start, let end, end > start else { return "" }
        let value = UnsafeBufferPointer(start: start, count: end - start)
        guard value.contains(UInt8(ascii: "&")) else { return String(repairingUTF8: value) }
        var decoded: [UInt8] = []
        appendValue(start, end, to: &decoded)
        return String(repairingUTF8: decoded)
    }

    /// An attribute's value from libxml2's range. Without entity substitution libxml2 keeps every
    /// `&` of a value as `&#38;` (a tree builder decodes it again); nothing else can start with `&`
    /// here, since a DOCTYPE, and so any declared entity, is refused.
    static func appendValue(_ start: UnsafePointer<UInt8>?, _ end: UnsafePointer<UInt8>?, to bytes: inout [UInt8]) {
        guard let start, let end, end > start else { return }
        let value = UnsafeBufferPointer(start: start, count: end - start)
        guard value.contains(UInt8(ascii: "&")) else { return bytes.append(contentsOf: value) }
        let reference = Array("&#38;".utf8)
        var index = 0
        while index < value.count {
            if value[index] == UInt8(ascii: "&"), value[index...].starts(with: reference) {
                bytes.append(UInt8(ascii: "&"))
                index += reference.count
            } else {
                bytes.append(value[index])
                index += 1
            }
        }
    }

    /// The string of a name's number ("" for -1).
    static func name(_ number: Int32, in tree: UnsafePointer<XMLFlatTree>) -> String {
        number < 0 ? "" : tree.pointee.names.strings[Int(number)]
    }

    /// The string of a namespace's number ("" for -1).
    static func namespace(_ number: Int32, in tree: UnsafePointer<XMLFlatTree>) -> String {
        number < 0 ? "" : tree.pointee.namespaces.byPointer.strings[Int(number)]
    }

    /// The text of bytes `start..<end`.
    static func text(_ start: Int32, _ end: Int32, in tree: UnsafePointer<XMLFlatTree>) -> String {
        tree.pointee.bytes.withUnsafeBufferPointer { String(repairingUTF8: UnsafeBufferPointer(rebasing: $0[Int(start)..<Int(end)])) }
    }
}
