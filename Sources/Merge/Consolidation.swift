import DraftModel
import DraftAlignment

/// The result of consolidating committee fragments into a global draft (see the merge issue).
public struct Consolidation: Sendable, Hashable {
    /// The consolidated draft.
    public var draft: Draft

    public init(draft: Draft) {
        self.draft = draft
    }
}
