import Foundation

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

    /// Whether the script rebuilds exactly these texts, byte for byte: what `oldText == old` and
    /// `newText == new` would say without Unicode equivalence (a redline keeps the original bytes),
    /// and without joining the runs.
    public func rebuilds(old: String, new: String) -> Bool {
        var old = old, new = new
        return old.withUTF8 { oldBytes in
            new.withUTF8 { newBytes in
                var oldCursor = ByteCursor(bytes: oldBytes), newCursor = ByteCursor(bytes: newBytes)
                for change in self {
                    var text = change.text
                    let matches = text.withUTF8 { run in
                        (change.operation == .insert || oldCursor.consume(run)) && (change.operation == .delete || newCursor.consume(run))
                    }
                    guard matches else { return false }
                }
                return oldCursor.isAtEnd && newCursor.isAtEnd
            }
        }
    }
}

/// A position in a text's UTF-8 bytes, moved past the runs that match it.
private struct ByteCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0

    var isAtEnd: Bool { offset == bytes.count }

    /// Moves past `run` if the bytes at the position are `run`'s.
    mutating func consume(_ run: UnsafeBufferPointer<UInt8>) -> Bool {
        guard run.count <= bytes.count - offset else { return false }
        guard run.count == 0 || memcmp(bytes.baseAddress! + offset, run.baseAddress!, run.count) == 0 else { return false }
        offset += run.count
        return true
    }
}
