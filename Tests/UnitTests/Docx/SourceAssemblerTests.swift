import Testing
@testable import DraftReading
import DraftModel
import DraftStructure

/// A body read in two halves is assembled in two halves, one per core (`SourceAssembler.units`): the
/// second half starts from the list counters the first leaves, and its footnotes and blank paragraphs are
/// joined on. Whatever the cut, the units and footnotes must be those of one assembly from start to end.
struct SourceAssemblerTests {
    /// Lists that continue, restart and share counters, headings, numbered table cells, notes referenced on
    /// both sides of any cut, and blank paragraphs.
    static let body: String = {
        var paragraphs: [String] = []
        for index in 0..<60 {
            switch index % 12 {
            case 0: paragraphs.append(DocxFixture.numbered("Chapitre \(index)", numID: 3))
            case 1: paragraphs.append(DocxFixture.numbered("Section \(index)", numID: 3, level: 1))
            case 2: paragraphs.append(DocxFixture.numbered("Point \(index)", numID: 3, level: 2))
            case 3: paragraphs.append(DocxFixture.numbered("Paragraphe \(index)", numID: index < 30 ? 1 : 2))
            case 4: paragraphs.append(DocxFixture.numbered("Alinéa \(index)", numID: 1, level: 1))
            case 5: paragraphs.append(DocxFixture.p("") + DocxFixture.p(" "))
            case 6: paragraphs.append(DocxFixture.p("Titre \(index)", properties: #"<w:pStyle w:val="Heading2"/>"#))
            case 7:
                let cell = { (content: String) in "<w:tc>\(content)</w:tc>" }
                paragraphs.append("<w:tbl><w:tr>" + cell(DocxFixture.numbered("Cellule \(index)", numID: 1))
                                  + cell(DocxFixture.numbered("Puce", numID: 4) + DocxFixture.p("Texte")) + "</w:tr></w:tbl>")
            case 8:
                paragraphs.append("<w:p>" + DocxFixture.run("Note \(index)")
                                  + #"<w:r><w:footnoteReference w:id="\#(index / 12 % 3 + 1)"/></w:r></w:p>"#)
            case 9: paragraphs.append(DocxFixture.numbered("Suite \(index)", numID: 5))
            case 10: paragraphs.append(DocxFixture.numbered("", numID: 1))
            default: paragraphs.append(DocxFixture.p("Texte \(index)"))
            }
        }
        return paragraphs.joined()
    }()

    static let styles = #"<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>"#

    static let footnotes = DocxNotesAndTablesTests.separators + (1...3).map {
        DocxNotesAndTablesTests.note("footnote", id: $0, paragraphs: ["Note \($0)."])
    }.joined()

    /// The units and footnotes of `parts`, assembled as the reader assembles them; with `firstPartCounted`, from
    /// the counters the reader works out while the second half is read.
    static func assembled(_ parts: [[RawBlock]], _ supporting: SupportingParts,
                          firstPartCounted: ListCounters? = nil) -> ([SourceUnit], [Footnote]) {
        var assembler = SourceAssembler(styles: supporting.styles, numbering: supporting.numbering, notes: supporting.notes)
        let units = assembler.units(parts, firstPartCounted: firstPartCounted)
        return (units, assembler.footnotes)
    }

    @Test func twoHalvesAssembleAsOne() throws {
        let bytes = try DocxFixture.docx(body: Self.body, styles: Self.styles, numbering: DocxNumberingTests.numbering,
                                         footnotes: Self.footnotes)
        let package = try DocxPackage(bytes: bytes, file: "halves.docx", maximumPartSize: 512 << 20)
        let supporting = try DocxReader().supportingParts(of: "word/document.xml", in: package)
        let blocks = try MainDocumentPart.read("word/document.xml", in: package, view: .accepted, halvesFrom: .max).blocks
        let (units, footnotes) = Self.assembled([blocks], supporting)
        // What one assembly gives is what the reader gives (the test reads the part as the reader does).
        #expect(units == (try DocxFixture.read(bytes)).units)
        #expect(units.contains { if case .paragraph(let paragraph) = $0 { paragraph.blankLinesBefore == 2 } else { false } })
        #expect(footnotes.map(\.id) == ["1", "2", "3"])
        for cut in 0...blocks.count {
            let parts = [Array(blocks[..<cut]), Array(blocks[cut...])]
            let (halves, halvesFootnotes) = Self.assembled(parts, supporting)
            #expect(halves == units, "cut before block \(cut)")
            #expect(halvesFootnotes == footnotes, "cut before block \(cut)")
            var counted = ListCounters(definitions: supporting.numbering, styles: supporting.styles)
            counted.count(parts[0])
            #expect(Self.assembled(parts, supporting, firstPartCounted: counted) == (units, footnotes), "cut before block \(cut), counted first")
        }
    }

    /// Through the whole reader: the first half's list counters are worked out while the second half is
    /// read, from the blocks the main part's reading hands over, and the halves assembled at once. Whether a part
    /// is cut depends on how far the parsing got while it was inflated (a busy machine may parse most of it
    /// first): the reading is tried a few times, and what it gives must be what one reading gives every time.
    @Test func aPackageReadInHalvesGivesWhatOneReadingGives() throws {
        let bytes = try DocxFixture.docx(body: String(repeating: Self.body, count: 30), styles: Self.styles,
                                         numbering: DocxNumberingTests.numbering, footnotes: Self.footnotes)
        let package = try DocxPackage(bytes: bytes, file: "halves.docx", maximumPartSize: 512 << 20)
        let whole = try DocxReader(options: DocxReadOptions(halvesFrom: .max)).read(bytes, file: "halves.docx")
        for _ in 0..<3 {
            var handedOver: [RawBlock]?
            let reading = try MainDocumentPart.read("word/document.xml", in: package, view: .accepted, halvesFrom: 0,
                                                    whileSecondHalfIsRead: { handedOver = $0 })
            #expect(handedOver == (reading.inHalves ? reading.parts.first : nil), "the first half, once the halves met")
            let halves = try DocxReader(options: DocxReadOptions(halvesFrom: 0)).read(bytes, file: "halves.docx")
            #expect(halves.units.count == whole.units.count)
            #expect(halves == whole)
        }
    }
}
