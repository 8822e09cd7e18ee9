import DraftModel
import DraftAlignment

/// Writes a comparison as Markdown with CriticMarkup: `{++inserted++}`, `{--deleted--}`,
/// `{~~old~>new~~}`, and `{>>comments<<}` for moves, splits and merges, headed by the files compared,
/// the summary counts and the paragraph map as Markdown tables.
///
/// ```swift
/// let markdown = MarkdownRedlineWriter(options: ReportOptions()).write(alignment)
/// ```
/// Both versions can be rebuilt from the output (see `MarkdownBody` for the rules).
public struct MarkdownRedlineWriter: Sendable {
    public var options: ReportOptions
    /// Remarks on paragraphs of the new version (provenance, flagged references from merge), as comments.
    public var annotations: [ReportAnnotation]

    public init(options: ReportOptions, annotations: [ReportAnnotation] = []) {
        self.options = options
        self.annotations = annotations
    }

    public func write(_ alignment: Alignment) -> String {
        let redline = RedlineDocument(alignment)
        let map = ParagraphMap(redline)
        var out = "# " + MarkdownText.escaped(HTMLReportHead.title(alignment, options)) + "\n\n"
        if !options.notes.isEmpty { out += options.notes.map { "- " + MarkdownText.escaped($0) + "\n" }.joined() + "\n" }
        out += "| | File | Blocks | Operative paragraphs | Footnotes |\n| --- | --- | ---: | ---: | ---: |\n"
        for (role, draft) in [("Old", alignment.old), ("New", alignment.new)] {
            let flattened = draft.flattened
            let operative = flattened.filter { $0.block.kind == .paragraph && $0.path.subparagraph == nil }.count
            out += "| \(role) | " + MarkdownText.escaped(draft.source.path)
            out += " | \(flattened.count) | \(operative) | \(draft.footnotes.count) |\n"
        }
        out += "\nReport by " + MarkdownText.escaped(options.author) + ", " + HTMLReportHead.day(options.date) + ".\n\n"
        out += "## Summary\n\n| " + map.counts.map(\.name).joined(separator: " | ") + " |\n"
        out += "|" + String(repeating: " ---: |", count: map.counts.count) + "\n"
        out += "| " + map.counts.map { String($0.count) }.joined(separator: " | ") + " |\n\n"
        out += "## Paragraph map\n\n| Old | New | Change | Similarity |\n| --- | --- | --- | ---: |\n"
        for row in map.rows {
            func link(_ text: String, _ anchor: String) -> String {
                text.isEmpty ? "—" : "[" + MarkdownText.escaped(text) + "](#\(anchor))"
            }
            out += "| " + link(row.old, row.sourceAnchor ?? row.anchor) + " | " + link(row.new, row.anchor) + " | "
            out += row.kind.rawValue + (row.renumbered ? ", renumbered" : "") + " | "
            out += ParagraphMap.similarity(row.similarity, kind: row.kind) + " |\n"
        }
        out += "\n## Document\n\n"
        var body = MarkdownBody(redline: redline, showsChanges: true, annotations: annotations)
        return out + body.render()
    }
}

/// Writes a single draft as plain Markdown: headings as headings, labels in bold, footnotes as
/// Markdown footnotes, tables as tables. What `merge` writes for a consolidated draft in `.md`.
///
/// ```swift
/// let markdown = DraftMarkdownWriter().write(draft)
/// ```
public struct DraftMarkdownWriter: Sendable {
    public init() {}

    public func write(_ draft: Draft) -> String {
        var body = MarkdownBody(redline: RedlineDocument(draft: draft), showsChanges: false)
        return body.render()
    }
}
