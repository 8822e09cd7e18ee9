import XMLStreaming

/// Walks WordprocessingML content (a body, a table cell, a text box, a note) in one view of
/// its tracked changes and collects paragraphs and tables as `RawBlock`s.
///
/// State that crosses paragraphs lives here: complex fields (a field can begin in one
/// paragraph and end in another) and the running ordinal of `w:p` elements.
struct ContentWalker {
    let view: TrackedChangesView
    /// Namespace prefixes declared on the part's root element.
    let scope: [String: String]
    /// One entry per open complex field: true while its instruction is being read.
    var fields: [Bool] = []
    /// Ordinal of the last `w:p` met, skipped content included.
    var ordinal = 0

    init(view: TrackedChangesView, scope: [String: String] = [:]) {
        self.view = view
        self.scope = scope
    }

    /// The blocks of a container, with removed paragraph marks already joined.
    mutating func blocks(in container: some XMLReadableElement) -> [RawBlock] {
        var result: [RawBlock] = []
        for child in container.childElements { appendBlock(child, to: &result) }
        return RawBlock.joiningRemovedMarks(result, view: view)
    }

    /// Adds the blocks of one element of a container (a paragraph, a table, a content control…).
    mutating func appendBlock<Element: XMLReadableElement>(_ element: Element, to result: inout [RawBlock]) {
        if element.isWord("p") {
            paragraph(element, to: &result)
        } else if element.isWord("tbl") {
            // A table whose every row is removed in this view (deleted, or inserted when rejecting) is gone.
            if let table = table(element) { result.append(.table(table)) }
        } else if let visible = visibility(of: element) {
            if visible { for child in element.childElements { appendBlock(child, to: &result) } } else { skip(element) }
        } else if AlternateContent.isAlternateContent(element) {
            alternate(element) { walker, child in walker.appendBlock(child, to: &result) }
        } else if Self.isProperties(element) {
            skip(element)
        } else {
            for child in element.childElements { appendBlock(child, to: &result) }
        }
    }

    /// Walks the children of the one branch of `mc:AlternateContent` that is read, counting the
    /// paragraphs of the others, in document order.
    mutating func alternate<Element: XMLReadableElement>(_ element: Element, _ walk: (inout ContentWalker, Element) -> Void) {
        let chosen = AlternateContent.chosenBranch(of: element, scope: scope)
        for (index, branch) in element.childElements.enumerated() {
            if index == chosen { for child in branch.childElements { walk(&self, child) } } else { skip(branch) }
        }
    }

    /// Counts the paragraphs of content left out.
    mutating func skip(_ element: some XMLReadableElement) {
        ordinal += element.paragraphCount
    }

    /// For a tracked change (`w:ins`, `w:del`, `w:moveFrom`, `w:moveTo`): whether its content
    /// shows in this view. Nil for any other element.
    func visibility(of element: some XMLReadableElement) -> Bool? {
        guard WordNamespace.isMain(element.namespace) else { return nil }
        switch element.localName {
        case "ins", "moveTo": return view == .accepted
        case "del", "moveFrom": return view == .original
        default: return nil
        }
    }

    /// Property elements (`w:pPr`, `w:rPr`, `w:sectPr`, …) hold no text.
    static func isProperties(_ element: some XMLReadableElement) -> Bool {
        WordNamespace.isMain(element.namespace) && element.localName.hasSuffix("Pr")
    }

    /// Adds a paragraph, then the blocks of the text boxes it holds.
    private mutating func paragraph(_ element: some XMLReadableElement, to result: inout [RawBlock]) {
        ordinal += 1
        var paragraph = RawParagraph(properties: ParagraphProperties(element.wordChild("pPr"), view: view), ordinal: ordinal)
        var boxes: [RawBlock] = []
        for child in element.childElements where !child.isWord("pPr") {
            inline(child, into: &paragraph, boxes: &boxes)
        }
        result.append(.paragraph(paragraph))
        if !boxes.isEmpty { result += boxes }
    }

    private mutating func table(_ element: some XMLReadableElement) -> RawTable? {
        let first = ordinal + 1
        var rows: [[[RawBlock]]] = []
        var removed = 0
        var headerRows = 0
        var inHeader = true
        for row in Self.descendants(of: element, named: "tr", through: "tbl") {
            let rowProperties = row.wordChild("trPr")
            if rowRemoved(rowProperties) {
                skip(row)
                removed += 1
                continue
            }
            var cells: [[RawBlock]] = []
            for cell in Self.descendants(of: row, named: "tc", through: "tbl") {
                if let cellProperties = cell.wordChild("tcPr"), view == .accepted ? cellProperties.wordChild("cellDel") != nil : cellProperties.wordChild("cellIns") != nil {
                    skip(cell)
                    continue
                }
                cells.append(blocks(in: cell))
            }
            rows.append(cells)
            if inHeader, rowProperties?.wordChild("tblHeader") != nil { headerRows += 1 } else { inHeader = false }
        }
        if rows.isEmpty && removed > 0 { return nil }
        return RawTable(rows: rows, headerRowCount: headerRows, first: first, last: max(ordinal, first))
    }

    private func rowRemoved<Element: XMLReadableElement>(_ properties: Element?) -> Bool {
        guard let properties else { return false }
        switch view {
        case .accepted: return properties.wordChild("del") != nil
        case .original: return properties.wordChild("ins") != nil
        }
    }

    /// Rows of a table (or cells of a row), also when wrapped in `w:sdt` or `w:customXml`;
    /// never those of a nested table.
    static func descendants<Element: XMLReadableElement>(of element: Element, named local: String, through stop: String) -> [Element] {
        var result: [Element] = []
        for child in element.childElements {
            if child.isWord(local) {
                result.append(child)
            } else if !child.isWord(stop), !isProperties(child) {
                result += descendants(of: child, named: local, through: stop)
            }
        }
        return result
    }
}
