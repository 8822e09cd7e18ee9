import DraftModel
import DraftAlignment
import WordDiff

/// A terminal redline: each entry that is not unchanged headed by its labels and kind
/// ("84 → 2 modified", "41 → 1, 2 split"), then its text with deletions and insertions marked,
/// and a one-line summary at the end.
///
/// Without colour, deletions read `[-old words-]` and insertions `{+new words+}` (as in
/// `git diff --word-diff`); with colour, red and green.
public struct TextRedlineWriter: Sendable {
    public var options: ReportOptions
    public init(options: ReportOptions) { self.options = options }

    public func write(_ alignment: Alignment) -> String {
        var out = ""
        for (index, entry) in alignment.entries.enumerated() {
            if let placement = alignment.placements.first(where: { $0.entries.lowerBound == index }) {
                out += placementLine(placement, in: alignment) + "\n\n"
            }
            if entry.kind == .unchanged {
                if let renumbering = entry.renumbered {
                    out += "\(renumbering.oldLabel) → \(renumbering.newLabel) unchanged (renumbered)\n"
                }
                continue
            }
            out += heading(of: entry, in: alignment) + "\n"
            out += body(of: entry, in: alignment) + "\n\n"
        }
        for note in alignment.footnotes where note.kind != .unchanged {
            // Numbered as the reader sees them ([1], [^1]), not by the source's ids.
            let number = { (id: String?, draft: Draft) in id.flatMap { draft.footnote(id: $0).map { "\($0.number)" } } ?? "–" }
            out += "footnote \(number(note.old, alignment.old)) → \(number(note.new, alignment.new)) \(note.kind.rawValue)"
            if note.kind == .moved, let old = note.old.flatMap({ markPath($0, in: alignment.old) }), let new = note.new.flatMap({ markPath($0, in: alignment.new) }) {
                let (from, to) = (name(of: old, in: alignment.old), name(of: new, in: alignment.new))
                out += from == to ? " (its mark, within \(to))" : " (its mark, from \(from) to \(to))"
            }
            out += "\n"
            let text = note.old.flatMap { alignment.old.footnote(id: $0)?.text } ?? note.new.flatMap { alignment.new.footnote(id: $0)?.text } ?? ""
            out += (note.old == nil ? mark(.insert, text) : note.new == nil ? mark(.delete, text) : redline(note.changes)) + "\n\n"
        }
        out += Self.summaryLine(alignment.summary) + "\n"
        return out
    }

    /// "12 unchanged, 3 modified, 1 moved, 1 split, 0 merged, 2 inserted, 1 deleted, 4 renumbered", and when
    /// footnotes changed, "; footnotes: 1 modified, 0 inserted, 0 deleted".
    public static func summaryLine(_ summary: AlignmentSummary) -> String {
        let kinds = AlignmentKind.allCases.map { "\(summary[$0]) \($0.rawValue)" }
        let line = (kinds + ["\(summary.renumbered) renumbered"]).joined(separator: ", ")
        guard summary.changedFootnotes > 0 else { return line }
        let notes = AlignmentSummary.footnoteKinds.dropFirst().map { "\(summary.footnotes[$0] ?? 0) \($0.rawValue)" }
        return line + "; footnotes: " + notes.joined(separator: ", ")
    }

    private func heading(of entry: AlignmentEntry, in alignment: Alignment) -> String {
        let old = entry.old.map { name(of: $0, in: alignment.old) }.joined(separator: ", ")
        let new = entry.new.map { name(of: $0, in: alignment.new) }.joined(separator: ", ")
        let line: String
        switch entry.kind {
        case .inserted: line = "→ \(new) inserted"
        case .deleted: line = "\(old) → deleted"
        default: line = "\(old) → \(new) \(entry.kind.rawValue)"
        }
        return options.color ? "\u{1B}[1m\(line)\u{1B}[0m" : line
    }

    /// "Section “Promotion de la cybersécurité” → “Promotion de la cybersécurité” (found by heading)".
    private func placementLine(_ placement: FragmentPlacement, in alignment: Alignment) -> String {
        if placement.method == .frontMatter {
            let line = "Before the first heading → before the first heading of the global draft"
            return options.color ? "\u{1B}[1;4m\(line)\u{1B}[0m" : line
        }
        let fragment = placement.fragmentHeading.map { "“\(alignment.new.blocks[$0].text.onOneLine)”" } ?? "(no heading)"
        guard let heading = placement.globalHeading else { return "Section \(fragment): no place found in the global draft" }
        let how: String
        switch placement.method {
        case .heading: how = "found by heading"
        case .similarHeading: how = "found by a similar heading"
        case .content: how = "found by content"
        case .assigned, .unplaced, .frontMatter: how = "placed as asked"
        }
        let line = "Section \(fragment) → “\(alignment.old.blocks[heading].text.onOneLine)” (\(how))"
        return options.color ? "\u{1B}[1;4m\(line)\u{1B}[0m" : line
    }

    /// Where the mark of footnote `id` stands.
    private func markPath(_ id: String, in draft: Draft) -> BlockPath? {
        var found: BlockPath?
        draft.forEachFootnoteAnchor { anchor, path in if found == nil, anchor.footnoteID == id { found = path } }
        return found
    }

    /// A block's label, or its kind and first words when it has none.
    private func name(of path: BlockPath, in draft: Draft) -> String {
        if let label = draft.displayLabel(at: path) { return label }
        let block = draft[path]
        let text = block.text.onOneLine
        let words = text.split(separator: " ").prefix(6).joined(separator: " ")
        return "\(block.kind.rawValue) “\(words)\(text.count > words.count ? "…" : "")”"
    }

    private func body(of entry: AlignmentEntry, in alignment: Alignment) -> String {
        switch entry.kind {
        case .inserted: return mark(.insert, entry.new.map { alignment.new[$0].text }.joined(separator: "\n"))
        case .deleted: return mark(.delete, entry.old.map { alignment.old[$0].text }.joined(separator: "\n"))
        default:
            if !entry.tableRows.isEmpty { return tableBody(entry, in: alignment) }
            return entry.changes.isEmpty ? entry.new.map { alignment.new[$0].text }.joined(separator: "\n") : redline(entry.changes)
        }
    }

    /// A table pair, row by row: unchanged rows as they are, the others marked and named.
    private func tableBody(_ entry: AlignmentEntry, in alignment: Alignment) -> String {
        func cells(_ draft: Draft, _ path: BlockPath, _ row: Int) -> String {
            draft[path].table?.rows[row].joined(separator: "\t") ?? ""
        }
        return entry.tableRows.map { row in
            let name = "row \(row.old.map { String($0 + 1) } ?? "–") → \(row.new.map { String($0 + 1) } ?? "–") \(row.kind.rawValue): "
            switch row.kind {
            case .unchanged: return cells(alignment.new, entry.new[0], row.new!)
            case .inserted: return name + mark(.insert, cells(alignment.new, entry.new[0], row.new!))
            case .deleted: return name + mark(.delete, cells(alignment.old, entry.old[0], row.old!))
            default: return name + (row.changes.isEmpty ? cells(alignment.new, entry.new[0], row.new!) : redline(row.changes))
            }
        }.joined(separator: "\n")
    }

    private func redline(_ changes: [WordChange]) -> String {
        changes.map { $0.operation == .equal ? $0.text : mark($0.operation, $0.text) }.joined()
    }

    private func mark(_ operation: WordChange.Operation, _ text: String) -> String {
        switch (operation, options.color) {
        case (.delete, true): return "\u{1B}[31;9m\(text)\u{1B}[0m"
        case (.insert, true): return "\u{1B}[32;4m\(text)\u{1B}[0m"
        case (.delete, false): return "[-\(text)-]"
        case (.insert, false): return "{+\(text)+}"
        case (.equal, _): return text
        }
    }
}
