import DraftModel
import DraftAlignment

/// A self-contained HTML report (placeholder until the redline issue lands).
public struct HTMLRedlineWriter: Sendable {
    public var options: ReportOptions
    public init(options: ReportOptions) { self.options = options }
    public func write(_ alignment: Alignment) -> String { "" }
}
