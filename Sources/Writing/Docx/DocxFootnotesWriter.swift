import DraftModel
import WordDiff

/// Writes `word/footnotes.xml`: the two separators Word expects, then one footnote per reference
/// mark of the body, in order, with the changes of its text shown inside it.
struct DocxFootnotesWriter {
    var redline: RedlineDocument

    /// The part, continuing the revision ids of the body in `content`.
    func part(_ references: [(reference: FootnoteReference, operation: WordChange.Operation)], content: inout DocxContent) -> [UInt8] {
        content.xml = XMLBuffer()
        content.xml.open("w:footnotes", ["xmlns:w": DocxStyles.wordNamespace])
        content.xml.append(raw: """
            <w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>\
            <w:r><w:separator/></w:r></w:p></w:footnote>\
            <w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>\
            <w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
            """)
        for (index, item) in references.enumerated() {
            content.xml.open("w:footnote", attributes: [("w:id", String(index + 1))])
            content.xml.open("w:p")
            content.xml.append(raw: "<w:pPr><w:pStyle w:val=\"FootnoteText\"/></w:pPr>")
            content.xml.append(raw: "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r>")
            let script = redline.footnoteScript(item.reference)
            content.runs(script.map { .text($0.operation, $0.text) }, at: .inPlace)
            content.xml.close("w:p")
            content.xml.close("w:footnote")
        }
        content.xml.close("w:footnotes")
        return content.xml.bytes
    }
}
