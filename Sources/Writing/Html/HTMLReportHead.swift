import Foundation
import DraftModel
import DraftAlignment

/// The top of the HTML report: the two files compared, the summary counts, and the paragraph map.
struct HTMLReportHead {
    var redline: RedlineDocument
    var map: ParagraphMap
    var options: ReportOptions

    func render() -> String {
        let alignment = redline.alignment
        var html = "<header>\n<h1>" + HTMLText.escaped(Self.title(alignment, options)) + "</h1>\n"
        if !options.notes.isEmpty {
            html += "<ul class=\"notes\">\n" + options.notes.map { "<li>" + HTMLText.escaped($0) + "</li>\n" }.joined() + "</ul>\n"
        }
        html += "<table class=\"files\">\n<thead><tr><th></th><th>File</th><th>Modified</th><th>Blocks</th>"
        html += "<th>Operative paragraphs</th><th>Footnotes</th></tr></thead>\n<tbody>\n"
        html += fileRow("Old", alignment.old) + fileRow("New", alignment.new) + "</tbody>\n</table>\n"
        html += "<p>Report by " + HTMLText.escaped(options.author) + ", " + Self.day(options.date) + ".</p>\n</header>\n"

        html += "<section class=\"summary\">\n<h2>Summary</h2>\n<ul class=\"counts\">\n"
        for (name, count) in map.counts {
            html += "<li class=\"\(name)\"><b>\(count)</b>\(name)</li>\n"
        }
        html += "</ul>\n" + legend() + "</section>\n"

        // What changed comes first; the whole map, unchanged paragraphs included, folds below it
        // (a <details> element: no script needed).
        let changed = map.rows.filter { $0.kind != .unchanged }
        html += "<section class=\"map-section\">\n<h2>Paragraph map</h2>\n"
        if changed.count < map.rows.count {
            html += "<p>\(changed.count) of \(map.rows.count) entries changed; the full map follows them.</p>\n"
            html += mapTable(changed)
            html += "<details class=\"full-map\"><summary>Full map: all \(map.rows.count) entries, unchanged ones included</summary>\n"
            html += mapTable(map.rows) + "</details>\n"
        } else {
            html += mapTable(map.rows)
        }
        html += "</section>\n"
        return html
    }

    /// The marks the report uses, explained: only those it has.
    private func legend() -> String {
        let paragraphs = redline.paragraphs
        let operations = Set(paragraphs.flatMap { $0.segments.map(\.operation) })
        var items: [String] = []
        if operations.contains(.insert) { items.append("<ins>inserted</ins>") }
        if operations.contains(.delete) { items.append("<del>deleted</del>") }
        if paragraphs.contains(where: { $0.place != .inPlace }) { items.append("<ins class=\"moved\">moved</ins>") }
        if paragraphs.contains(where: { $0.kind == .split && $0.mark == .insert }) {
            items.append("<ins class=\"mark\">¶</ins> paragraph break added")
        }
        if paragraphs.contains(where: { $0.kind == .merged && $0.mark == .delete }) {
            items.append("<del class=\"mark\">¶</del> paragraph break removed")
        }
        return items.isEmpty ? "" : "<p class=\"legend\">" + items.joined(separator: " · ") + "</p>\n"
    }

    /// The report's heading: the one asked for, or "Comparison of OLD and NEW".
    static func title(_ alignment: Alignment, _ options: ReportOptions) -> String {
        options.title ?? "Comparison of " + fileName(alignment.old.source.path) + " and " + fileName(alignment.new.source.path)
    }

    private func mapTable(_ rows: [ParagraphMap.Row]) -> String {
        var html = "<table class=\"map\">\n<thead><tr><th>Old</th><th>New</th><th>Change</th><th>Similarity</th></tr></thead>\n<tbody>\n"
        for row in rows {
            let oldTarget = row.sourceAnchor ?? row.anchor
            html += "<tr class=\"\(row.kind.rawValue)\">"
            html += "<td>" + link(row.old, to: oldTarget) + "</td><td>" + link(row.new, to: row.anchor) + "</td>"
            html += "<td>" + row.kind.rawValue + (row.renumbered ? ", renumbered" : "") + "</td>"
            html += "<td class=\"num\">" + ParagraphMap.similarity(row.similarity, kind: row.kind) + "</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    private func link(_ text: String, to anchor: String) -> String {
        text.isEmpty ? "—" : "<a href=\"#\(anchor)\">" + HTMLText.escaped(text) + "</a>"
    }

    private func fileRow(_ role: String, _ draft: Draft) -> String {
        let flattened = draft.flattened
        let operative = flattened.filter { $0.block.kind == .paragraph && $0.path.subparagraph == nil }.count
        var row = "<tr><th>\(role)</th><td>" + HTMLText.escaped(draft.source.path) + "</td>"
        // A draft made in memory (a merge's result) has no file yet: its path's date would be another file's.
        let modified = draft.source.format == .memory ? nil : Self.modified(draft.source.path)
        row += "<td>" + (modified.map(Self.day) ?? "—") + "</td>"
        row += "<td>\(flattened.count)</td><td>\(operative)</td><td>\(draft.footnotes.count)</td></tr>\n"
        return row
    }

    /// A file's name without its folder; a descriptor's path (`<(…)` gives /dev/fd/63) whole, its number
    /// alone saying nothing.
    static func fileName(_ path: String) -> String {
        if path.hasPrefix("/dev/") || path.hasPrefix("/proc/") { return path }
        return path.split(separator: "/").last.map(String.init) ?? path
    }

    /// The file's modification date, when it is a file on disk.
    static func modified(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }

    /// A date and time as "2026-11-23 09:42 UTC".
    static func day(_ date: Date) -> String {
        let stamp = DocxRevisions.format(date)
        return String(stamp.prefix(10)) + " " + String(stamp.dropFirst(11).prefix(5)) + " UTC"
    }
}
