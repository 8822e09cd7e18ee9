import DraftModel

/// Finds tables in Word's text export, which prints a table one cell per line, each line
/// starting with a tab, rows separated by an empty line (the OAS calendar of meetings).
enum TableDetector {
    /// A table starting at `start`, and the index of the first line after it; nil when none starts there.
    static func table(in lines: ArraySlice<SourceLine>, at start: Int) -> (table: Table, location: SourceLines, end: Int)? {
        var rows: [[String]] = []
        var index = start
        var lastLine = start
        var width: Int?
        while index < lines.endIndex {
            var row: [String] = []
            var cursor = index
            while cursor < lines.endIndex, lines[cursor].startsWithTab {
                row.append(cell(lines[cursor].text))
                cursor += 1
            }
            // A row is a group of tab-led lines ending at an empty line or the end of the text.
            guard row.count >= 2, cursor == lines.endIndex || lines[cursor].text.isEmpty else { break }
            if let width, width != row.count { break }
            width = row.count
            rows.append(row)
            lastLine = cursor - 1
            index = cursor
            while index < lines.endIndex, lines[index].text.isEmpty { index += 1 }
        }
        guard rows.count >= 2 else { return nil }
        let kept = rows.filter { row in row.contains { !$0.isEmpty } }
        let header = kept.count > 1 && !kept[0].joined().contains(where: \.isNumber) && kept[1].joined().contains(where: \.isNumber) ? 1 : 0
        let location = SourceLines(first: lines[start].number, last: lines[lastLine].number)
        return (Table(rows: kept, headerRowCount: header), location, lastLine + 1)
    }

    /// A cell's text: the line without its leading tab and trailing white space.
    private static func cell(_ line: Substring) -> String {
        var text = line.dropFirst()
        while let last = text.unicodeScalars.last, last.properties.isWhitespace { text = text.dropLast() }
        return String(text)
    }
}
