import XMLStreaming

/// The inside of a paragraph: runs, hyperlinks, smart tags, content controls, fields,
/// tracked changes, alternate content, text boxes, math.
extension ContentWalker {
    /// Whether text shows now: not inside the instruction of any complex field.
    private var showsText: Bool { !fields.contains(true) }

    /// Appends text unless it belongs to the instruction of a complex field.
    func appendShown(_ text: String, to paragraph: inout RawParagraph) {
        if showsText { paragraph.append(text) }
    }

    mutating func inline<Element: XMLReadableElement>(_ element: Element, into paragraph: inout RawParagraph, boxes: inout [RawBlock]) {
        let namespace = element.namespace
        if WordNamespace.isMain(namespace) {
            if word(element, into: &paragraph, boxes: &boxes) { return }
        } else if WordNamespace.isMath(namespace) {
            if math(element, into: &paragraph, boxes: &boxes) { return }
        } else if AlternateContent.isAlternateContent(element) {
            alternate(element) { walker, child in walker.inline(child, into: &paragraph, boxes: &boxes) }
            return
        }
        for child in element.childElements { inline(child, into: &paragraph, boxes: &boxes) }
    }

    /// Handles a WordprocessingML element; false when its children are to be walked.
    private mutating func word<Element: XMLReadableElement>(_ element: Element, into paragraph: inout RawParagraph, boxes: inout [RawBlock]) -> Bool {
        // Runs and their text first: a switch on strings tries its cases in order.
        switch element.localName {
        case "r":
            guard Self.isHidden(element) else { return false }
            // Hidden text (w:vanish) is neither shown nor printed; its field characters still count.
            for child in element.childElements where child.isWord("fldChar") { field(child.wordAttribute("fldCharType") ?? "") }
        case "t", "delText":
            if showsText { paragraph.append(element.ownText) }
        case "tab", "ptab":
            if showsText { paragraph.append("\t") }
        case "br":
            // A page or column break inside a paragraph still separates its words; at the start it adds nothing.
            let type = element.wordAttribute("type") ?? "textWrapping"
            if showsText, type == "textWrapping" || !paragraph.text.isEmpty { paragraph.append("\n") }
        case "cr":
            if showsText { paragraph.append("\n") }
        case "noBreakHyphen":
            if showsText { paragraph.append("\u{2011}") }
        case "sym":
            if showsText, let symbol = SymbolFont.character(font: element.wordAttribute("font"), code: element.wordAttribute("char")) {
                paragraph.append(symbol)
            }
        case "fldChar":
            field(element.wordAttribute("fldCharType") ?? "")
        case "footnoteReference", "endnoteReference":
            if let id = element.wordAttribute("id") {
                paragraph.reference(element.localName == "footnoteReference" ? .footnote : .endnote, id: id)
            }
        case "txbxContent":
            boxes += blocks(in: element)
        case "ins", "moveTo", "del", "moveFrom":
            if visibility(of: element) == true { return false }
            skip(element)
        case "softHyphen", "instrText", "delInstrText", "footnoteRef", "endnoteRef", "commentReference",
             "annotationRef", "separator", "continuationSeparator", "lastRenderedPageBreak", "pgNum":
            break
        default:
            if Self.isProperties(element) { break }
            return false
        }
        return true
    }

    /// Whether a run is hidden text (`w:rPr/w:vanish`, not switched off).
    private static func isHidden(_ run: some XMLReadableElement) -> Bool {
        guard let vanish = run.wordChild("rPr")?.wordChild("vanish") else { return false }
        return !["0", "false", "off"].contains(vanish.wordAttribute("val") ?? "true")
    }

    /// Complex fields: the instruction (between begin and separate) is dropped, the result kept.
    private mutating func field(_ type: String) {
        switch type {
        case "begin": fields.append(true)
        case "separate": if !fields.isEmpty { fields[fields.count - 1] = false }
        case "end": _ = fields.popLast()
        default: break
        }
    }
}
