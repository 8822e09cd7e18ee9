import DraftModel

/// Recovers the structure of a resolution (placeholder).
public struct DraftStructurer: Sendable {
    public init() {}

    public func structure(_ document: SourceDocument) -> Draft {
        Draft(source: document.source, blocks: [], footnotes: document.footnotes)
    }
}
