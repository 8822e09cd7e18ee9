import DraftModel

/// Pairs the rows of two versions of a table by aligning them as if each row were a paragraph
/// (cells joined with a tab), with the same passes as whole drafts: rows renumbered, moved,
/// modified, inserted or removed are told apart, and each pair gets its word-level script.
enum TableRowPairing {
    static func rows(old: Table, new: Table, aligner: DraftAligner) -> [TableRowAlignment] {
        let alignment = aligner.align(draft(of: old), draft(of: new))
        return alignment.entries.flatMap { entry -> [TableRowAlignment] in
            // Rows are never split or merged: a group falls back to one row per side.
            let olds = entry.old.map(\.index), news = entry.new.map(\.index)
            if olds.count == 1, news.count == 1 {
                return [TableRowAlignment(kind: entry.kind, old: olds[0], new: news[0], changes: entry.changes)]
            }
            return olds.map { TableRowAlignment(kind: .deleted, old: $0, new: nil, changes: []) }
                + news.map { TableRowAlignment(kind: .inserted, old: nil, new: $0, changes: []) }
        }
    }

    private static func draft(of table: Table) -> Draft {
        Draft(
            source: DraftSource(path: "table", format: .memory),
            blocks: table.rows.map { Block(kind: .paragraph, text: $0.joined(separator: "\t")) })
    }
}
