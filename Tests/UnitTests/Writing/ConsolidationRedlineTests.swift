import Foundation
import Testing
import DraftDiff

/// The merge's report and output in the redline formats.
@Suite("Consolidation in the redline formats")
struct ConsolidationRedlineTests {
    static func consolidation() throws -> Consolidation {
        try Consolidator().consolidate(base: try Fixtures.read(Fixtures.globalResolution), fragments: [try Fixtures.read(Fixtures.cicteFragment)])
    }

    /// The consolidated draft against itself, block for block: enough to show the merge's remarks.
    static func identity(_ draft: Draft) -> Alignment {
        Alignment(old: draft, new: draft, entries: draft.flattened.map {
            AlignmentEntry(kind: .unchanged, old: [$0.path], new: [$0.path], similarity: 1)
        })
    }

    @Test("fragment paragraphs carry their origin in the HTML and Markdown reports")
    func provenance() throws {
        let consolidation = try Self.consolidation()
        let report = ConsolidationReport(consolidation: consolidation, comparison: Self.identity(consolidation.draft),
                                         options: ReportOptions(date: Date(timeIntervalSince1970: 1_790_000_000)))
        let fromFragment = report.annotations.filter { $0.kind == .provenance }
        #expect(fromFragment.count == 12)
        #expect(fromFragment.allSatisfy { $0.text.hasPrefix("from cicte-2022-paragraphs.fr.txt, “") })
        let html = report.html()
        #expect(html.components(separatedBy: "<span class=\"badge provenance\">from cicte-2022-paragraphs.fr.txt").count == 13)
        #expect(report.markdown().contains("{>>from cicte-2022-paragraphs.fr.txt, “"))
    }

    @Test("the consolidated draft is written as .docx and .md with every paragraph and footnote")
    func draftOutput() throws {
        let draft = try Self.consolidation().draft
        let view = try DocxTrackedView(try DraftOutput.write(draft, format: .docx))
        let texts = RedlineFixtures.paragraphTexts(draft).filter { !$0.isEmpty } + ["AG08381F01"]
        #expect(try view.paragraphs(accepted: true) == texts)
        #expect(try view.footnotes(accepted: true) == draft.footnotes.map(\.text))
        #expect(try DraftOutput.write(draft, format: .docx) == DraftOutput.write(draft, format: .docx))
        let markdown = String(decoding: try DraftOutput.write(draft, format: .markdown), as: UTF8.self)
        #expect(markdown.contains("**110.** "))
        #expect(!markdown.contains("**111.** "))
    }
}

/// Flagged references in a .docx report: the reference highlighted, the text unchanged.
@Suite("Flagged references in DOCX")
struct DocxFlaggedReferenceTests {
    @Test("a flagged reference is highlighted where it stands; the text and both views are unchanged")
    func highlight() throws {
        let block = Block(kind: .paragraph, label: "3", text: "Voir le paragraphe 62 & la suite.", level: 1)
        let draft = Draft(source: DraftSource(path: "x", format: .memory), blocks: [block])
        let alignment = ConsolidationRedlineTests.identity(draft)
        let flag = ReportAnnotation(path: BlockPath(index: 0), kind: .flaggedReference,
                                    text: "paragraph 62 left as it was: no such paragraph", quote: "paragraphe 62")
        let bytes = try DocxRedlineWriter(options: ReportOptions(), annotations: [flag]).write(alignment)
        let view = try DocxTrackedView(bytes)
        #expect(try view.paragraphs(accepted: true) == ["Voir le paragraphe 62 & la suite."])
        let document = String(decoding: view.parts["word/document.xml"]!, as: UTF8.self)
        #expect(document.contains("<w:r><w:t xml:space=\"preserve\">Voir le </w:t></w:r>"
            + "<w:r><w:rPr><w:highlight w:val=\"yellow\"/></w:rPr><w:t>paragraphe 62</w:t></w:r>"))
        let read = try DraftReader().read(bytes: bytes, file: "flag.docx")
        #expect(read.blocks.map(\.text) == ["Voir le paragraphe 62 & la suite."])
    }
}
