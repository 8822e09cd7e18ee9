import DraftModel
import DraftAlignment
import WordDiff

/// The document part of the HTML report: every paragraph of the redline in reading order, inline or
/// side by side, then the footnotes.
struct HTMLDocumentBody {
    var redline: RedlineDocument
    var layout: ReportOptions.Layout
    var annotations: [ReportAnnotation]
    private var renderer = HTMLSegmentRenderer()

    init(redline: RedlineDocument, layout: ReportOptions.Layout, annotations: [ReportAnnotation]) {
        self.redline = redline
        self.layout = layout
        self.annotations = annotations
    }

    mutating func render() -> String {
        var html = "<main class=\"doc\">\n<h2>Document</h2>\n"
        if layout == .sideBySide {
            html += "<table class=\"sbs\">\n<thead><tr><th>Old</th><th>New</th></tr></thead>\n<tbody>\n"
        }
        for paragraph in redline.paragraphs {
            renderer.scope = paragraph.anchor
            html += layout == .sideBySide ? row(paragraph) : inline(paragraph)
        }
        if layout == .sideBySide { html += "</tbody>\n</table>\n" }
        html += "</main>\n" + footnotes()
        return html
    }

    // MARK: - Paragraphs

    private mutating func inline(_ paragraph: RedlineParagraph) -> String {
        let tag = paragraph.isTable ? "div" : (paragraph.block.kind == .heading ? "h3" : "p")
        var html = "<\(tag) id=\"\(paragraph.anchor)\" class=\"\(classes(paragraph))\">"
        html += badges(paragraph) + label(paragraph, side: nil)
        if paragraph.isTable {
            return html + table(paragraph, side: nil) + "</div>\n"
        }
        renderer.quotes = quotes(paragraph)
        html += renderer.render(paragraph.segments, moved: paragraph.place == .moveSource) + mark(paragraph)
        return html + "</\(tag)>\n"
    }

    private mutating func row(_ paragraph: RedlineParagraph) -> String {
        let hasOld = paragraph.kind != .inserted
        let hasNew = paragraph.existsInNew || paragraph.mark == .delete && paragraph.place == .inPlace && paragraph.kind != .deleted
        var html = "<tr id=\"\(paragraph.anchor)\" class=\"k-\(paragraph.kind.rawValue)\">"
        renderer.quotes = []
        html += cell(paragraph, side: .delete, present: hasOld)
        renderer.quotes = quotes(paragraph)
        html += cell(paragraph, side: .insert, present: hasNew && paragraph.place != .moveSource)
        return html + "</tr>\n"
    }

    private mutating func cell(_ paragraph: RedlineParagraph, side: WordChange.Operation, present: Bool) -> String {
        guard present else {
            let note = paragraph.place == .moveSource ? badges(paragraph) : ""
            return "<td class=\"empty\">" + note + "</td>"
        }
        var html = "<td class=\"\(classes(paragraph))\">"
        if side == .insert || paragraph.place != .inPlace { html += badges(paragraph) }
        html += label(paragraph, side: side)
        if paragraph.isTable { return html + table(paragraph, side: side) + "</td>" }
        html += renderer.render(paragraph.segments, side: side, moved: paragraph.place == .moveSource)
        if (side == .insert) == (paragraph.mark == .insert) { html += mark(paragraph) }
        return html + "</td>"
    }

    private func classes(_ paragraph: RedlineParagraph) -> String {
        var names = "para b-\(paragraph.block.kind.rawValue) k-\(paragraph.kind.rawValue)"
        if paragraph.path.subparagraph != nil { names += " sub" }
        if paragraph.place == .moveSource { names += " moved-from" }
        return names
    }

    private func badges(_ paragraph: RedlineParagraph) -> String {
        let map = redline.alignment
        let entry = map.entries[paragraph.entryIndex]
        func names(_ draft: Draft, _ paths: [BlockPath]) -> String {
            HTMLText.escaped(paths.map { ParagraphMap.name(draft, $0) }.joined(separator: " + "))
        }
        var html = ""
        switch (paragraph.kind, paragraph.place) {
        case (.moved, .moveSource):
            html += "<span class=\"badge\">moved to <a href=\"#p\(paragraph.entryIndex)\">\(names(map.new, entry.new))</a></span>"
        case (.moved, _):
            html += "<span class=\"badge\">moved from <a href=\"#p\(paragraph.entryIndex)-from\">\(names(map.old, entry.old))</a></span>"
        case (.split, _):
            html += "<span class=\"badge\">split from \(names(map.old, entry.old)) (\(paragraph.piece + 1)/\(paragraph.pieceCount))</span>"
        case (.merged, _) where paragraph.piece == 0:
            html += "<span class=\"badge\">merged from \(names(map.old, entry.old))</span>"
        case (.inserted, _): html += "<span class=\"badge inserted\">new</span>"
        case (.deleted, _): html += "<span class=\"badge deleted\">deleted</span>"
        default: break
        }
        for annotation in annotations(paragraph) {
            let kind = annotation.kind == .flaggedReference ? "flag" : annotation.kind.rawValue
            let symbol = annotation.kind == .flaggedReference ? "⚑ " : ""
            html += "<span class=\"badge \(kind)\">" + symbol + HTMLText.escaped(annotation.text) + "</span>"
        }
        return html
    }

    private func label(_ paragraph: RedlineParagraph, side: WordChange.Operation?) -> String {
        let entry = redline.alignment.entries[paragraph.entryIndex]
        if paragraph.kind == .merged, paragraph.piece > 0, side != .delete { return "" }
        if paragraph.kind == .split, paragraph.piece > 0, side == .delete { return "" }
        let shown = side == .delete ? paragraph.oldLabel : (side == .insert ? paragraph.newLabel : paragraph.displayLabel)
        guard let shown, !shown.isEmpty else { return "" }
        let text = HTMLText.escaped(shown) + "."
        let isGone = paragraph.kind == .deleted || paragraph.place == .moveSource
        if isGone && side != .delete { return "<del class=\"label\">" + text + "</del>" }
        var html = "<span class=\"label\">" + text + "</span>"
        let oldLabels = entry.old.compactMap { redline.alignment.old[$0].label }
        if side == nil, !isGone, !oldLabels.isEmpty, oldLabels != [shown] {
            html += "<span class=\"was\">was " + HTMLText.escaped(oldLabels.joined(separator: ", ")) + "</span>"
        }
        return html
    }

    /// The paragraph break a split added or a merge removed.
    private func mark(_ paragraph: RedlineParagraph) -> String {
        switch (paragraph.kind, paragraph.mark) {
        case (.split, .insert): return "<ins class=\"mark\" title=\"paragraph break added\">¶</ins>"
        case (.merged, .delete): return "<del class=\"mark\" title=\"paragraph break removed\">¶</del>"
        default: return ""
        }
    }

    private func annotations(_ paragraph: RedlineParagraph) -> [ReportAnnotation] {
        guard !paragraph.isOldBlock, paragraph.place != .moveSource else { return [] }
        return annotations.filter { $0.path == paragraph.path }
    }

    private func quotes(_ paragraph: RedlineParagraph) -> [String] {
        annotations(paragraph).filter { $0.kind == .flaggedReference }.compactMap(\.quote)
    }

    // MARK: - Tables and footnotes

    private mutating func table(_ paragraph: RedlineParagraph, side: WordChange.Operation?) -> String {
        let old = paragraph.place == .moveDestination ? nil : paragraph.oldTable
        let new = paragraph.place == .moveSource ? nil : paragraph.newTable
        if let old, let new, old.rows.count == new.rows.count, old.columnCount == new.columnCount {
            return grid(new) { row, column in
                let before = column < old.rows[row].count ? old.rows[row][column] : ""
                let after = column < new.rows[row].count ? new.rows[row][column] : ""
                let script = before == after ? [WordChange(.equal, after)] : EditScript.coarse(old: before, new: after)
                return script.map { RedlineSegment.text($0.operation, $0.text) }
            }(&renderer, side)
        }
        var html = ""
        if let old, side != .insert { html += grid(old) { row, column in [.text(.delete, old.rows[row][column])] }(&renderer, side) }
        if let new, side != .delete { html += grid(new) { row, column in [.text(.insert, new.rows[row][column])] }(&renderer, side) }
        return html
    }

    private func grid(_ table: Table, cell: @escaping (Int, Int) -> [RedlineSegment])
        -> (inout HTMLSegmentRenderer, WordChange.Operation?) -> String {
        { renderer, side in
            var html = "<table class=\"draft-table\">\n"
            for (index, row) in table.rows.enumerated() {
                let tag = index < table.headerRowCount ? "th" : "td"
                html += "<tr>"
                for column in row.indices {
                    html += "<\(tag)>" + renderer.render(cell(index, column), side: side) + "</\(tag)>"
                }
                html += "</tr>\n"
            }
            return html + "</table>\n"
        }
    }

    private mutating func footnotes() -> String {
        let references = renderer.footnotes
        guard !references.isEmpty else { return "" }
        var html = "<section class=\"footnotes\">\n<h2>Footnotes</h2>\n<ol>\n"
        var noteRenderer = HTMLSegmentRenderer()
        for item in references {
            let script = redline.footnoteScript(item.reference)
            html += "<li id=\"fn\(item.number)\" value=\"\(item.number)\">"
            html += noteRenderer.render(script.map { .text($0.operation, $0.text) })
            html += " <a href=\"#fnref\(item.number)\" aria-label=\"back to the text\">↩</a></li>\n"
        }
        return html + "</ol>\n</section>\n"
    }
}
