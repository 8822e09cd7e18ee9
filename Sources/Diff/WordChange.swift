/// One step of a word-level edit script: a run of text kept, inserted or deleted.
///
/// Applying the `equal` and `delete` runs in order gives the old text exactly;
/// the `equal` and `insert` runs give the new text exactly.
public struct WordChange: Sendable, Hashable {
    /// What happens to the run.
    public enum Operation: String, Sendable, Hashable, Codable {
        case equal, insert, delete
    }

    public var operation: Operation
    /// The run's text, exactly as in its source (old for delete, new for insert and equal).
    public var text: String

    public init(_ operation: Operation, _ text: String) {
        self.operation = operation
        self.text = text
    }
}

extension Array where Element == WordChange {
    /// The old text the script was made from.
    public var oldText: String { filter { $0.operation != .insert }.map(\.text).joined() }
    /// The new text the script was made from.
    public var newText: String { filter { $0.operation != .delete }.map(\.text).joined() }
    /// Whether the script changes anything.
    public var hasChanges: Bool { contains { $0.operation != .equal } }
}
