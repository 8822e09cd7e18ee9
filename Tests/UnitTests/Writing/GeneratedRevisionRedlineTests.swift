import Foundation
import Testing
import DraftDiff

/// The redline writers on the samples: generated revisions of the real drafts, whose alignment is
/// known, rebuilt from the DOCX and the Markdown.
@Suite("Redlines of generated revisions of the samples")
struct GeneratedRevisionRedlineTests {
    static let samples = [Fixtures.globalResolution, Fixtures.cicteFragment]
    let options = ReportOptions(date: Date(timeIntervalSince1970: 1_790_000_000))

    @Test("the DOCX accepted is the revision, rejected the sample", arguments: samples)
    func docx(sample: String) throws {
        let alignment = GeneratedRevision.alignment(of: try Fixtures.read(sample))
        if sample == Fixtures.globalResolution {
            #expect(Set(alignment.entries.map(\.kind)) == Set(AlignmentKind.allCases))
        }
        let view = try DocxTrackedView(try DocxRedlineWriter(options: options).write(alignment))
        #expect(try view.paragraphs(accepted: true) == RedlineFixtures.paragraphTexts(alignment.new))
        #expect(try view.paragraphs(accepted: false) == RedlineFixtures.paragraphTexts(alignment.old))
        #expect(try view.footnotes(accepted: true) == alignment.new.footnotes.map(\.text))
        #expect(try view.footnotes(accepted: false) == alignment.old.footnotes.map(\.text))
    }

    @Test("the Markdown gives back both versions", arguments: samples)
    func markdown(sample: String) throws {
        let alignment = GeneratedRevision.alignment(of: try Fixtures.read(sample))
        let view = CriticMarkupView(markdown: MarkdownRedlineWriter(options: options).write(alignment))
        let new = view.version(old: false).paragraphs, old = view.version(old: true).paragraphs
        #expect(new == RedlineFixtures.paragraphTexts(alignment.new), "\(Self.firstDifference(new, RedlineFixtures.paragraphTexts(alignment.new)))")
        #expect(old == RedlineFixtures.paragraphTexts(alignment.old), "\(Self.firstDifference(old, RedlineFixtures.paragraphTexts(alignment.old)))")
    }

    static func firstDifference(_ got: [String], _ want: [String]) -> String {
        guard let index = zip(got, want).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset else { return "counts \(got.count) vs \(want.count)" }
        return "paragraph \(index): got «\(got[index])», expected «\(want[index])»"
    }

    @Test("a plain draft read from a sample is written as .docx with all its text and footnotes", arguments: samples)
    func plainDocx(sample: String) throws {
        let draft = try Fixtures.read(sample)
        let view = try DocxTrackedView(try DraftDocxWriter().write(draft))
        // The job code, printed in small under the last paragraph.
        #expect(!draft.metadata.jobCodes.isEmpty)
        #expect(try view.paragraphs(accepted: true) == RedlineFixtures.paragraphTexts(draft).filter { !$0.isEmpty } + draft.metadata.jobCodes)
        #expect(try view.footnotes(accepted: true) == draft.footnotes.map(\.text))
    }
}
