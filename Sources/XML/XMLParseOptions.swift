/// Limits for parsing one XML part.
public struct XMLParseOptions: Sendable, Hashable {
    /// The deepest element nesting accepted (the root element is depth 1). libxml2 itself
    /// stops at 256; Word documents stay far below 100 even with nested tables and text boxes.
    public var maximumDepth: Int

    public init(maximumDepth: Int = 160) {
        self.maximumDepth = maximumDepth
    }
}
