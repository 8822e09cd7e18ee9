import DraftModel
import WordDiff

/// Choices for comparing two drafts.
public struct AlignmentOptions: Sendable, Hashable {
    /// Fold case when comparing words.
    public var ignoreCase: Bool

    public init(ignoreCase: Bool = false) {
        self.ignoreCase = ignoreCase
    }
}

/// Pairs the blocks of two drafts and computes word-level changes inside each pair (placeholder).
public struct DraftAligner: Sendable {
    public var options: AlignmentOptions

    public init(options: AlignmentOptions = AlignmentOptions()) {
        self.options = options
    }

    /// Aligns two whole drafts.
    public func align(_ old: Draft, _ new: Draft) -> Alignment {
        Alignment(old: old, new: new, entries: [])
    }
}
