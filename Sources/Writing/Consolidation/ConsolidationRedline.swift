import DraftModel
import DraftAlignment
import DraftMerge

extension ConsolidationReport {
    /// The merge's remarks on paragraphs of the consolidated draft, for the redline writers: where
    /// each fragment paragraph came from, and every reference left as it was because its paragraph
    /// no longer exists (the reference's words highlighted).
    public var annotations: [ReportAnnotation] {
        let draft = consolidation.draft
        var result: [ReportAnnotation] = []
        for (index, provenance) in consolidation.provenance.enumerated() where index < draft.blocks.count {
            guard case .fragment(let file, let section, let label) = provenance else { continue }
            let origin = "from " + HTMLReportHead.fileName(file) + ", “" + section + "”" + (label.map { ", paragraph " + $0 } ?? "")
            result.append(ReportAnnotation(path: BlockPath(index: index), kind: .provenance, text: origin))
        }
        for flag in consolidation.flaggedReferences where flag.footnote == nil {
            let text = draft[flag.block].text
            let scalars = Array(text.unicodeScalars)
            var quote: String?
            if flag.range.lowerBound >= 0, flag.range.upperBound <= scalars.count {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[flag.range])
                quote = String(view)
            }
            result.append(ReportAnnotation(
                path: flag.block, kind: .flaggedReference,
                text: "paragraph \(flag.label) left as it was: \(flag.reason)", quote: quote))
        }
        return result
    }

    /// The report as a self-contained HTML page: the redline of the consolidated draft against the base,
    /// with provenance and flagged references.
    public func html() -> String {
        HTMLRedlineWriter(options: redlineOptions, annotations: annotations).write(comparison)
    }

    /// The report as Markdown with CriticMarkup, provenance and flagged references as comments.
    public func markdown() -> String {
        MarkdownRedlineWriter(options: redlineOptions, annotations: annotations).write(comparison)
    }

    /// The report as a .docx of the consolidated draft with every change against the base tracked,
    /// flagged references highlighted.
    public func docx() throws(WriteError) -> [UInt8] {
        try DocxRedlineWriter(options: options, annotations: annotations).write(comparison)
    }

    /// The report in any format.
    public func write(format: OutputFormat) throws(WriteError) -> [UInt8] {
        switch format {
        case .text: return Array(text().utf8)
        case .json: return Array(json().utf8)
        case .html: return Array(html().utf8)
        case .markdown: return Array(markdown().utf8)
        case .docx: return try docx()
        }
    }
}
