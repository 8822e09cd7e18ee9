import DraftModel

/// Writes a single draft (a consolidated draft from `merge`) in any output format.
///
/// ```swift
/// let bytes = try DraftOutput.write(consolidation.draft, format: .docx)
/// ```
public enum DraftOutput {
    /// The draft's bytes in `format`: Word-export-style text, JSON, Markdown, .docx (Word numbering,
    /// footnotes, tables), or an HTML page of the draft.
    public static func write(_ draft: Draft, format: OutputFormat) throws(WriteError) -> [UInt8] {
        switch format {
        case .text: return Array(DraftTextWriter().write(draft).utf8)
        case .json: return DraftJSONWriter().bytes(draft)
        case .markdown: return Array(DraftMarkdownWriter().write(draft).utf8)
        case .docx: return try DraftDocxWriter().write(draft)
        case .html:
            throw WriteError.unsupported(file: draft.source.path, reason: "a draft is written as .txt, .json, .md or .docx; HTML is for reports")
        }
    }
}
