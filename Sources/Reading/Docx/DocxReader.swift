import DraftModel
import DraftStructure

/// Which text of a document with tracked changes to read.
public enum TrackedChangesView: String, Sendable, Hashable, CaseIterable {
    /// The current text: every change accepted (Word's "No Markup").
    case accepted
    /// The text before the changes: every change rejected (Word's "Original").
    case original
}

/// Limits and choices for reading a .docx package.
public struct DocxReadOptions: Sendable, Hashable {
    /// Which view of tracked changes to read.
    public var view: TrackedChangesView
    /// The largest uncompressed size accepted for one part of the package, in bytes.
    public var maximumPartSize: Int

    public init(view: TrackedChangesView = .accepted, maximumPartSize: Int = 512 * 1024 * 1024) {
        self.view = view
        self.maximumPartSize = maximumPartSize
    }
}

/// Reads a Word .docx package into a `SourceDocument` (placeholder until the .docx reader lands).
public struct DocxReader: Sendable {
    public var options: DocxReadOptions

    public init(options: DocxReadOptions = DocxReadOptions()) {
        self.options = options
    }

    /// Reads the package held in `bytes`; `file` names it in errors and in the result.
    public func read(_ bytes: [UInt8], file: String) throws(ReadError) -> SourceDocument {
        throw ReadError.unsupportedFormat(file: file, reason: ".docx reading is not available yet; export the draft from Word as plain text")
    }
}
