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

    /// A paragraph of both versions: `old` and `new` are its labels, `oldSub` whether it was a sub-paragraph.
    func kept(_ old: String, _ new: String, oldSub: Bool = false, newSub: Bool = false) -> RedlineParagraph {
        RedlineParagraph(
            entryIndex: 0, kind: old == new ? .unchanged : .modified, place: .inPlace,
            block: Block(kind: .paragraph, label: new, text: "x"), path: BlockPath(index: 0, subparagraph: newSub ? 0 : nil),
            isOldBlock: false, oldLabel: old, newLabel: new, segments: [], mark: .equal, piece: 0, pieceCount: 1,
            oldBlock: Block(kind: .paragraph, label: old, text: "x"), oldPath: BlockPath(index: 0, subparagraph: oldSub ? 0 : nil))
    }

    /// Writes the paragraphs in order as the body writer does; what each needs once every change is rejected.
    func originals(_ paragraphs: [RedlineParagraph], numbering: inout DocxNumbering) -> [OriginalParagraph] {
        paragraphs.map { paragraph in
            let label = numbering.label(for: paragraph)
            let style = DocxStyles.paragraphStyle(for: paragraph.block, isSubparagraph: paragraph.path.subparagraph != nil)
            return numbering.original(for: paragraph, current: label, style: style)
        }
    }

    @Test("rejecting every change restores the old numbers: one change of properties where the count must start again")
    func originalNumbers() {
        var numbering = DocxNumbering()
        // Old 1, 2, 3 (deleted), 4, 5 → new 1, 2, 3, 4; an inserted paragraph shifts nothing in the old count.
        let results = originals([kept("1", "1"), kept("2", "2"), paragraph("3", deleted: true), kept("4", "3"),
                                 kept("5", "4"), paragraph("5"), kept("6", "6")], numbering: &numbering)
        #expect(results.map { $0.properties == nil } == [true, true, true, false, true, true, true])
        // The old 4 restarts the count at 4 with an instance of its own; the old 5 and 6 count on from it.
        #expect(results[3].properties?.style == "OperativeParagraph")
        #expect(results[3].properties?.label == .automatic(numID: 2, level: 0))
        #expect(numbering.instances[1].start == 4)
        #expect(numbering.label(for: paragraph("2", deleted: true)) == .typed("2"))
    }

    @Test("a paragraph made a sub-paragraph gets its old style and number back; a letter out of sequence is typed")
    func originalStructure() {
        var numbering = DocxNumbering()
        let results = originals([kept("1", "1"), kept("2", "a", newSub: true), kept("a", "b", oldSub: true, newSub: true),
                                 kept("c", "c", oldSub: true, newSub: true)], numbering: &numbering)
        #expect(results[0].properties == nil)
        #expect(results[1].properties?.style == "OperativeParagraph")
        #expect(results[1].properties?.label == .automatic(numID: 1, level: 0))
        #expect(results[2].properties?.style == nil && results[2].typedLabel == nil)
        // Old "c" after old "a": Word cannot print it, so it is typed, and its numbering is taken away.
        #expect(results[3].typedLabel == "c")
        #expect(results[3].properties?.label == DocxNumbering.Label.none)
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
