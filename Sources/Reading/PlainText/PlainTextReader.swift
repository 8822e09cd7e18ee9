import DraftModel
import DraftStructure

/// Reads plain text as Word exports it (placeholder).
public struct PlainTextReader: Sendable {
    public init() {}

    public func read(_ bytes: [UInt8], file: String) throws(ReadError) -> SourceDocument {
        SourceDocument(source: DraftSource(path: file, format: .plainText), units: [])
    }
}
