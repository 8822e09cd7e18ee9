import DraftModel
import DraftAlignment

/// Writes an `Alignment` as a redline in any output format.
///
/// ```swift
/// let bytes = try Redline.write(alignment, format: .html, options: ReportOptions())
/// ```
public enum Redline {
    /// The redline's bytes in `format`. `annotations` (merge provenance, flagged references) show in
    /// the HTML and Markdown reports; flagged references are highlighted in a .docx.
    public static func write(
        _ alignment: Alignment, format: OutputFormat, options: ReportOptions, annotations: [ReportAnnotation] = []
    ) throws(WriteError) -> [UInt8] {
        switch format {
        case .text: return Array(TextRedlineWriter(options: options).write(alignment).utf8)
        case .json: return AlignmentJSONWriter().bytes(alignment)
        case .markdown: return Array(MarkdownRedlineWriter(options: options, annotations: annotations).write(alignment).utf8)
        case .html: return Array(HTMLRedlineWriter(options: options, annotations: annotations).write(alignment).utf8)
        case .docx: return try DocxRedlineWriter(options: options, annotations: annotations).write(alignment)
        }
    }

    /// The redline's bytes in `format`, in pieces to be written one after the other: joined, they are
    /// what `write` gives. A long JSON report comes in pieces of about a megabyte, never copied into one buffer.
    public static func pieces(
        _ alignment: Alignment, format: OutputFormat, options: ReportOptions, annotations: [ReportAnnotation] = []
    ) throws(WriteError) -> [[UInt8]] {
        guard format != .json else { return AlignmentJSONWriter().pieces(alignment) }
        return [try write(alignment, format: format, options: options, annotations: annotations)]
    }
}
