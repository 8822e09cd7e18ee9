import DraftModel
import DraftAlignment

/// A terminal redline (placeholder until the compare issue lands).
public struct TextRedlineWriter: Sendable {
    public var options: ReportOptions
    public init(options: ReportOptions) { self.options = options }
    public func write(_ alignment: Alignment) -> String { "" }
}
