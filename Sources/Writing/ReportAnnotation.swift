import DraftModel

/// A remark a report attaches to a paragraph of the new version: where it came from in a merge, or a
/// reference merge flagged because the paragraph it names no longer exists.
///
/// ```swift
/// let flag = ReportAnnotation(path: BlockPath(index: 40), kind: .flaggedReference,
///                             text: "paragraph 62 no longer exists", quote: "paragraphe 62")
/// let html = HTMLRedlineWriter(options: options, annotations: [flag]).write(alignment)
/// ```
public struct ReportAnnotation: Sendable, Hashable {
    /// The kinds of remark.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Where the paragraph came from (base, or which fragment and its label there).
        case provenance
        /// A cross-reference that could not be rewritten; shown highlighted.
        case flaggedReference = "flagged-reference"
        /// Anything else worth a reader's attention.
        case note
    }

    /// The paragraph, in the new draft.
    public var path: BlockPath
    public var kind: Kind
    /// The remark, in the reader's words.
    public var text: String
    /// The words of the paragraph the remark is about, highlighted where they appear.
    public var quote: String?

    public init(path: BlockPath, kind: Kind, text: String, quote: String? = nil) {
        self.path = path
        self.kind = kind
        self.text = text
        self.quote = quote
    }
}
