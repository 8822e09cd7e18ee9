import DraftModel
import DraftAlignment
import WordDiff

/// The paragraphs of a redline (or of a plain draft) as Markdown, then the footnotes.
///
/// Each paragraph is one Markdown paragraph starting with an anchor (`<a id="p12"></a>`) and its label
/// in bold (`**84.**`); headings are Markdown headings. In a redline, moves, splits and merges carry a
/// CriticMarkup comment (`{>>moved from 84<<}`), and a paragraph break a split added or a merge removed
/// is `{++¶++}` or `{--¶--}` at the end of the piece. The old version is the text with insertions
/// dropped, pieces ending in `{++¶++}` joined to the next, and move destinations (`{>>moved from`)
/// left out; the new version drops deletions and joins pieces ending in `{--¶--}`.
struct MarkdownBody {
    var redline: RedlineDocument
    var showsChanges: Bool
    var annotations: [ReportAnnotation] = []
    private var renderer = MarkdownSegmentRenderer()

    init(redline: RedlineDocument, showsChanges: Bool, annotations: [ReportAnnotation] = []) {
        self.redline = redline
        self.showsChanges = showsChanges
        self.annotations = annotations
        renderer.showsChanges = showsChanges
    }

    mutating func render() -> String {
        var blocks: [String] = []
        for paragraph in redline.paragraphs {
            blocks.append(paragraph.isTable ? table(paragraph) : text(paragraph))
        }
        var out = blocks.joined(separator: "\n\n") + "\n"
        let notes = footnotes()
        if !notes.isEmpty { out += "\n" + notes }
        return out
    }

    private mutating func text(_ paragraph: RedlineParagraph) -> String {
        var line = ""
        if paragraph.block.kind == .heading {
            line += String(repeating: "#", count: min(max(paragraph.block.level, 1) + 2, 6)) + " "
        }
        if showsChanges { line += "<a id=\"\(paragraph.anchor)\"></a>" }
        if let label = label(paragraph) {
            let isGone = showsChanges && (paragraph.kind == .deleted || paragraph.place == .moveSource)
            line += isGone ? "**~~" + MarkdownText.escaped(label) + ".~~** " : "**" + MarkdownText.escaped(label) + ".** "
        }
        if showsChanges { line += comments(paragraph) }
        line += renderer.render(paragraph.segments)
        if showsChanges {
            switch paragraph.mark {
            case .insert where paragraph.kind == .split: line += "{++¶++}"
            case .delete where paragraph.kind == .merged: line += "{--¶--}"
            default: break
            }
        }
        return line
    }

    private func label(_ paragraph: RedlineParagraph) -> String? {
        if paragraph.kind == .merged && paragraph.piece > 0 { return nil }
        let label = paragraph.kind == .deleted || paragraph.place == .moveSource ? paragraph.oldLabel : paragraph.displayLabel
        return label.flatMap { $0.isEmpty ? nil : $0 }
    }

    private func comments(_ paragraph: RedlineParagraph) -> String {
        let alignment = redline.alignment
        let entry = alignment.entries[paragraph.entryIndex]
        func names(_ draft: Draft, _ paths: [BlockPath]) -> String {
            MarkdownText.escaped(paths.map { ParagraphMap.name(draft, $0) }.joined(separator: " + "))
        }
        var notes: [String] = []
        switch (paragraph.kind, paragraph.place) {
        case (.moved, .moveSource): notes.append("moved to " + names(alignment.new, entry.new))
        case (.moved, _): notes.append("moved from " + names(alignment.old, entry.old))
        case (.split, _): notes.append("split from \(names(alignment.old, entry.old)) (\(paragraph.piece + 1)/\(paragraph.pieceCount))")
        case (.merged, _) where paragraph.piece == 0: notes.append("merged from " + names(alignment.old, entry.old))
        default: break
        }
        if paragraph.existsInNew, let old = paragraph.oldLabel, let new = paragraph.newLabel, old != new,
           paragraph.kind != .merged, paragraph.kind != .split || paragraph.piece == 0 {
            notes.append("was " + MarkdownText.escaped(old))
        }
        if !paragraph.isOldBlock && paragraph.place != .moveSource {
            for annotation in annotations where annotation.path == paragraph.path {
                let prefix = annotation.kind == .flaggedReference ? "flagged: " : ""
                notes.append(prefix + MarkdownText.escaped(annotation.text))
            }
        }
        return notes.map { "{>>" + $0 + "<<} " }.joined()
    }

    private mutating func table(_ paragraph: RedlineParagraph) -> String {
        let old = paragraph.place == .moveDestination ? nil : paragraph.oldTable
        let new = paragraph.place == .moveSource ? nil : paragraph.newTable
        var parts: [String] = []
        if showsChanges { parts.append("<a id=\"\(paragraph.anchor)\"></a>" + comments(paragraph)) }
        if let old, let new, old.rows.count == new.rows.count, old.columnCount == new.columnCount {
            parts.append(grid(new) { row, column in
                let before = Self.cell(old, row, column), after = Self.cell(new, row, column)
                return before == after ? [.text(.equal, after)]
                    : EditScript.coarse(old: before, new: after).map { .text($0.operation, $0.text) }
            })
        } else {
            if let old, showsChanges { parts.append(grid(old) { [.text(.delete, Self.cell(old, $0, $1))] }) }
            let operation: WordChange.Operation = showsChanges ? .insert : .equal
            if let new { parts.append(grid(new) { [.text(operation, Self.cell(new, $0, $1))] }) }
        }
        return parts.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    private mutating func grid(_ table: Table, cell: (Int, Int) -> [RedlineSegment]) -> String {
        let columns = max(table.columnCount, 1)
        var lines: [String] = []
        for row in table.rows.indices {
            let cells = (0..<columns).map { column in
                renderer.render(cell(row, column)).replacingOccurrences(of: "\\\n", with: "<br>")
            }
            lines.append("| " + cells.joined(separator: " | ") + " |")
            if row == 0 { lines.append("|" + String(repeating: " --- |", count: columns)) }
        }
        return lines.joined(separator: "\n")
    }

    private static func cell(_ table: Table, _ row: Int, _ column: Int) -> String {
        column < table.rows[row].count ? table.rows[row][column] : ""
    }

    private mutating func footnotes() -> String {
        var noteRenderer = MarkdownSegmentRenderer()
        noteRenderer.showsChanges = showsChanges
        return renderer.footnotes.map { item in
            let script = redline.footnoteScript(item.reference)
            return "[^\(item.number)]: " + noteRenderer.render(script.map { .text($0.operation, $0.text) })
                .replacingOccurrences(of: "\\\n", with: "\\\n    ")
        }.joined(separator: "\n") + (renderer.footnotes.isEmpty ? "" : "\n")
    }
}
