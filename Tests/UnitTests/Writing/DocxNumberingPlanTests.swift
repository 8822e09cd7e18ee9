import Testing
@testable import DraftWriting
import DraftDiff

@Suite("DOCX numbering plan")
struct DocxNumberingPlanTests {
    func paragraph(_ label: String, sub: Int? = nil, kind: BlockKind = .paragraph, deleted: Bool = false) -> RedlineParagraph {
        RedlineParagraph(
            entryIndex: 0, kind: deleted ? .deleted : .unchanged, place: .inPlace,
            block: Block(kind: kind, label: label, text: "x", level: 1), path: BlockPath(index: 0, subparagraph: sub),
            isOldBlock: deleted, oldLabel: deleted ? label : nil, newLabel: deleted ? nil : label, segments: [],
            mark: deleted ? .delete : .equal, piece: 0, pieceCount: 1)
    }

    @Test("a list continues while labels follow on and restarts where they break")
    func sequences() {
        var numbering = DocxNumbering()
        let labels = ["1", "a", "b", "2", "5", "a", "6", "12 bis"].enumerated().map { index, label in
            numbering.label(for: paragraph(label, sub: label.first!.isLetter && label.count == 1 ? index : nil))
        }
        #expect(labels == [
            .automatic(numID: 1, level: 0), .automatic(numID: 1, level: 1), .automatic(numID: 1, level: 1),
            .automatic(numID: 1, level: 0), .automatic(numID: 2, level: 0), .automatic(numID: 2, level: 1),
            .automatic(numID: 2, level: 0), .typed("12 bis"),
        ])
        let xml = String(decoding: numbering.part(), as: UTF8.self)
        #expect(xml.contains("<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"5\"/>"))
    }

    @Test("deleted paragraphs keep their old label as text and do not shift the new numbers")
    func deleted() {
        var numbering = DocxNumbering()
        #expect(numbering.label(for: paragraph("1")) == .automatic(numID: 1, level: 0))
        #expect(numbering.label(for: paragraph("2", deleted: true)) == .typed("2"))
        #expect(numbering.label(for: paragraph("2")) == .automatic(numID: 1, level: 0))
    }

    @Test("heading labels in roman numerals and letters")
    func headings() {
        var numbering = DocxNumbering()
        #expect(numbering.label(for: paragraph("III", kind: .heading)) == .automatic(numID: 1, level: 0))
        #expect(numbering.label(for: paragraph("IV", kind: .heading)) == .automatic(numID: 1, level: 0))
        #expect(DocxNumbering.value(of: "XIV", as: .upperRoman) == 14)
        #expect(DocxNumbering.value(of: "B", as: .upperLetter) == 2)
    }
}
