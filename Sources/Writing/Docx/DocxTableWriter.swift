import DraftModel
import WordDiff

/// Writes a table block as `w:tbl`. A table whose shape is unchanged shows changed cells as the
/// old cell text deleted and the new inserted; otherwise the old table is shown deleted row by row
/// and the new one inserted.
struct DocxTableWriter {
    var paragraph: RedlineParagraph

    /// The full text width of a Letter page with one-inch margins, in twentieths of a point.
    private static let width = 9360

    func write(into content: inout DocxContent) {
        let place = paragraph.place
        switch (paragraph.oldTable, paragraph.newTable) {
        case let (old?, new?) where place == .inPlace && Self.sameShape(old, new):
            table(new, into: &content) { row, column in
                let before = Self.cell(old, row, column), after = Self.cell(new, row, column)
                let script = before == after ? [WordChange(.equal, after)] : EditScript.coarse(old: before, new: after)
                return (script.map { RedlineSegment.text($0.operation, $0.text) }, .equal)
            }
        case let (old?, new?):
            whole(old, operation: .delete, into: &content)
            content.xml.append(raw: "<w:p/>")
            whole(new, operation: .insert, into: &content)
        case let (old?, nil):
            whole(old, operation: place == .inPlace && paragraph.kind != .deleted ? .equal : .delete, into: &content)
        case let (nil, new?):
            whole(new, operation: paragraph.kind == .inserted || place == .moveDestination ? .insert : .equal, into: &content)
        case (nil, nil):
            break
        }
    }

    private func whole(_ table: Table, operation: WordChange.Operation, into content: inout DocxContent) {
        self.table(table, into: &content) { row, column in
            ([.text(operation, Self.cell(table, row, column))], operation)
        }
    }

    /// Writes a table whose cells come from `cell`: the segments, and the revision of the row.
    private func table(
        _ table: Table, into content: inout DocxContent,
        cell: (Int, Int) -> (segments: [RedlineSegment], row: WordChange.Operation)
    ) {
        let columns = max(table.columnCount, 1)
        let columnWidth = Self.width / columns
        content.xml.open("w:tbl")
        content.xml.append(raw: "<w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"\(Self.width)\" w:type=\"dxa\"/></w:tblPr>")
        content.xml.open("w:tblGrid")
        for _ in 0..<columns { content.xml.empty("w:gridCol", attributes: [("w:w", String(columnWidth))]) }
        content.xml.close("w:tblGrid")
        for row in table.rows.indices {
            let rowOperation = cell(row, 0).row
            content.xml.open("w:tr")
            var rowProperties = row < table.headerRowCount ? "<w:tblHeader/>" : ""
            rowProperties += Self.stamp(rowOperation, &content)
            if !rowProperties.isEmpty { content.xml.append(raw: "<w:trPr>" + rowProperties + "</w:trPr>") }
            for column in 0..<columns {
                let (segments, operation) = cell(row, column)
                content.xml.open("w:tc")
                content.xml.append(raw: "<w:tcPr><w:tcW w:w=\"\(columnWidth)\" w:type=\"dxa\"/></w:tcPr>")
                content.xml.open("w:p")
                let mark = content.markProperties(operation, at: .inPlace)
                if !mark.isEmpty { content.xml.append(raw: "<w:pPr>" + mark + "</w:pPr>") }
                content.runs(segments, at: .inPlace)
                content.xml.close("w:p")
                content.xml.close("w:tc")
            }
            content.xml.close("w:tr")
        }
        content.xml.close("w:tbl")
    }

    /// The `w:ins` or `w:del` of a whole row.
    private static func stamp(_ operation: WordChange.Operation, _ content: inout DocxContent) -> String {
        guard operation != .equal else { return "" }
        var xml = XMLBuffer(declaration: false)
        xml.empty(operation == .insert ? "w:ins" : "w:del", attributes: content.revisions.attributes())
        return xml.text
    }

    private static func sameShape(_ old: Table, _ new: Table) -> Bool {
        old.rows.count == new.rows.count && old.columnCount == new.columnCount
    }

    private static func cell(_ table: Table, _ row: Int, _ column: Int) -> String {
        column < table.rows[row].count ? table.rows[row][column] : ""
    }
}
