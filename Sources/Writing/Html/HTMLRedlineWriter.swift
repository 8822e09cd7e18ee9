import DraftModel
import DraftAlignment
import WordDiff

/// Writes a comparison as one self-contained HTML file: inline CSS, no scripts, fonts or images, a print
/// stylesheet. At the top, the two files, the summary counts and the paragraph map; then the document
/// with `<ins>` and `<del>`, both ends of every move linked to each other, split and merged paragraphs
/// marked, footnotes with their changes, and flagged references highlighted.
///
/// ```swift
/// let html = HTMLRedlineWriter(options: ReportOptions(layout: .sideBySide)).write(alignment)
/// ```
/// `ReportOptions.layout` chooses one column with changes inline, or two columns (old, new) aligned
/// paragraph by paragraph.
public struct HTMLRedlineWriter: Sendable {
    public var options: ReportOptions
    /// Remarks on paragraphs of the new version (provenance, flagged references from merge).
    public var annotations: [ReportAnnotation]

    public init(options: ReportOptions, annotations: [ReportAnnotation] = []) {
        self.options = options
        self.annotations = annotations
    }

    /// The whole HTML document.
    public func write(_ alignment: Alignment) -> String {
        let redline = RedlineDocument(alignment)
        let map = ParagraphMap(redline)
        let title = HTMLReportHead.fileName(alignment.old.source.path) + " → " + HTMLReportHead.fileName(alignment.new.source.path)
        var html = "<!DOCTYPE html>\n<html lang=\"\(alignment.new.metadata.language?.rawValue ?? "fr")\">\n<head>\n"
        html += "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<title>" + HTMLText.escaped(title) + "</title>\n<style>\n" + HTMLStyle.css + "\n</style>\n</head>\n"
        html += "<body class=\"\(options.layout.rawValue)\">\n"
        html += HTMLReportHead(redline: redline, map: map, options: options).render()
        var body = HTMLDocumentBody(redline: redline, layout: options.layout, annotations: annotations)
        html += body.render()
        html += "</body>\n</html>\n"
        return html
    }
}
