/// Limits for parsing one XML part, and the namespaces the caller compares names with.
public struct XMLParseOptions: Sendable, Hashable {
    /// The deepest element nesting accepted (the root element is depth 1). libxml2 itself
    /// stops at 256; Word documents stay far below 100 even with nested tables and text boxes.
    public var maximumDepth: Int
    /// Namespace URIs handed back in `XMLName.namespace` as these very strings, so that comparing a
    /// name's namespace with one of them is a comparison of two identical values, not of their text.
    public var namespaces: [String]

    public init(maximumDepth: Int = 160, namespaces: [String] = []) {
        self.maximumDepth = maximumDepth
        self.namespaces = namespaces
    }
}
