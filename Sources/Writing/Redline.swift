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
    /// what `write` gives.
    public static func pieces(
        _ alignment: Alignment, format: OutputFormat, options: ReportOptions, annotations: [ReportAnnotation] = []
    ) throws(WriteError) -> [[UInt8]] {
        var pieces: [[UInt8]] = []
        try write(alignment, format: format, options: options, annotations: annotations) { pieces.append($0) }
        return pieces
    }

    /// Hands the redline's bytes in `format` to `deliver`, in order: a long JSON report in pieces as they
    /// are made (one at a time, not always on the calling thread), never held whole in memory; any other
    /// format in one piece. Nothing is delivered when the redline cannot be written.
    public static func write(
        _ alignment: Alignment, format: OutputFormat, options: ReportOptions, annotations: [ReportAnnotation] = [],
        inPieces deliver: (consuming [UInt8]) -> Void
    ) throws(WriteError) {
        guard format != .json else { return AlignmentJSONWriter().write(alignment, inPieces: deliver) }
        deliver(try write(alignment, format: format, options: options, annotations: annotations))
    }
}
