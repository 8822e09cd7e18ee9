import DraftModel
import DraftAlignment

/// The comparison as JSON for other programs (placeholder until the compare issue lands).
public struct AlignmentJSONWriter: Sendable {
    public init() {}
    public func write(_ alignment: Alignment) -> String { value(of: alignment).serialized() + "\n" }
    public func value(of alignment: Alignment) -> JSONValue { .object([]) }
}
