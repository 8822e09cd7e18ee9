import Foundation
import Testing
import DraftDiff

/// The .docx samples (written by pandoc from the .txt samples) read as the same drafts.
@Suite struct DocxSampleTests {
    /// What must agree between the two readings: kinds, labels, texts, levels, footnote marks, tables.
    static func shape(_ block: Block) -> String {
        let marks = block.footnoteAnchors.map { "[\($0.offset)]" }.joined()
        let table = block.table.map { "\($0.rows)" } ?? ""
        return "\(block.kind.rawValue) \(block.label ?? "-") \(block.level) \(block.text) \(marks) \(table)"
    }

    @Test(arguments: ["csh-2021-global-resolution.fr", "cicte-2022-paragraphs.fr"])
    func docxSampleReadsLikeItsTextSample(name: String) throws {
        let text = try Fixtures.read(Fixtures.sample(name + ".txt"))
        let docx = try Fixtures.read(Fixtures.sample(name + ".docx"))
        #expect(docx.source.format == .docx)
        #expect(docx.blocks.count == text.blocks.count)
        let textBlocks = text.flattened.map { Self.shape($0.block) }
        let docxBlocks = docx.flattened.map { Self.shape($0.block) }
        for (index, (expected, found)) in zip(textBlocks, docxBlocks).enumerated() where expected != found {
            Issue.record("block \(index) differs:\n  txt:  \(expected)\n  docx: \(found)")
        }
        #expect(docx.footnotes.map(\.text) == text.footnotes.map(\.text))
        #expect(docx.footnotes.map(\.number) == text.footnotes.map(\.number))
    }

    @Test func docxLabelsComeFromWordNumberingNotTypedText() throws {
        let document = try DocxReader().read([UInt8](try Data(contentsOf: URL(fileURLWithPath: Fixtures.sample("csh-2021-global-resolution.fr.docx")))), file: "csh.docx")
        let numbered = document.paragraphs.filter { $0.numbering != nil }
        #expect(numbered.count == 114 + 29)
        #expect(numbered.contains { $0.numbering == "83." && $0.numberingLevel == 0 && $0.text.hasPrefix("De réitérer sa condamnation") })
        #expect(numbered.contains { $0.numbering == "a." && $0.numberingLevel == 1 })
        #expect(document.footnotes.count == 7)
        #expect(document.tables.first?.rows.first == ["Ordre chronologique provisoire", "Thème", "Date approximative", "Nom", "Lieu"])
    }
}
