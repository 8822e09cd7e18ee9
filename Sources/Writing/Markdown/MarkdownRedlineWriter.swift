import DraftModel
import DraftAlignment

/// A Markdown redline with CriticMarkup (placeholder until the redline issue lands).
public struct MarkdownRedlineWriter: Sendable {
    public var options: ReportOptions
    public init(options: ReportOptions) { self.options = options }
    public func write(_ alignment: Alignment) -> String { "" }
}
