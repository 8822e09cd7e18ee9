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
        let texts = RedlineFixtures.paragraphTexts(draft).filter { !$0.isEmpty }
        #expect(try view.paragraphs(accepted: true) == texts)
        #expect(try view.footnotes(accepted: true) == draft.footnotes.map(\.text))
        #expect(try DraftOutput.write(draft, format: .docx) == DraftOutput.write(draft, format: .docx))
        let markdown = String(decoding: try DraftOutput.write(draft, format: .markdown), as: UTF8.self)
        #expect(markdown.contains("**110.** "))
        #expect(!markdown.contains("**111.** "))
    }
}
