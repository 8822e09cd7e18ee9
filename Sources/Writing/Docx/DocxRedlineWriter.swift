import DraftModel
import DraftAlignment

/// A .docx of the new version with every change as a tracked change (placeholder until the redline issue lands).
public struct DocxRedlineWriter: Sendable {
    public var options: ReportOptions
    public init(options: ReportOptions) { self.options = options }
    public func write(_ alignment: Alignment) throws(WriteError) -> [UInt8] {
        throw WriteError.unsupported(file: "", reason: ".docx redlines are not available yet")
    }
}
