import Foundation
import Testing
import DraftDiff

/// The project's own .docx reader reads a DOCX redline back: the accepted view is the new draft,
/// the original view the old one.
@Suite("DOCX redline read back by the project's reader")
struct RedlineReadBackTests {
    static func alignments() throws -> [(String, Alignment)] {
        let global = try Fixtures.read(Fixtures.globalResolution)
        let fragment = try Fixtures.read(Fixtures.cicteFragment)
        let merged = try Consolidator().consolidate(base: global, fragments: [fragment]).draft
        return [
            ("fixture", RedlineFixtures.alignment),
            ("generated-2021", GeneratedRevision.alignment(of: global)),
            ("sample-merge-report", DraftAligner().align(global, merged)),
        ]
    }

    static func read(_ bytes: [UInt8], view: TrackedChangesView) throws -> Draft {
        try DraftReader(docxOptions: DocxReadOptions(view: view)).read(bytes: bytes, file: "redline.docx")
    }

    static func texts(_ draft: Draft) -> [String] {
        draft.flattened.filter { $0.block.table == nil }.map(\.block.text)
    }

    /// Each block's kind and label, sub-paragraphs included: the structure a reader sees.
    static func structure(_ draft: Draft) -> [String] {
        draft.flattened.filter { $0.block.table == nil }.map { "\($0.block.kind) \($0.block.label ?? "-")" }
    }

    @Test("accepted view = new draft, original view = old draft (texts, footnotes, labels and structure)")
    func readBack() throws {
        for (name, alignment) in try Self.alignments() {
            let bytes = try DocxRedlineWriter(options: ReportOptions(date: Date(timeIntervalSince1970: 1_790_000_000))).write(alignment)
            let accepted = try Self.read(bytes, view: .accepted)
            let original = try Self.read(bytes, view: .original)
            #expect(Self.texts(accepted) == Self.texts(alignment.new), "\(name) accepted")
            #expect(Self.texts(original) == Self.texts(alignment.old), "\(name) original")
            #expect(accepted.footnotes.map(\.text) == alignment.new.footnotes.map(\.text), "\(name) footnotes")
            #expect(original.footnotes.map(\.text) == alignment.old.footnotes.map(\.text), "\(name) old footnotes")
            #expect(accepted.operativeParagraphs.map(\.label) == alignment.new.operativeParagraphs.map(\.label), "\(name) labels")
            // Rejecting every change gives the old numbers and structure back: paragraphs renumbered or made
            // sub-paragraphs carry their old numbering and style as a tracked change of their properties.
            #expect(Self.structure(accepted) == Self.structure(alignment.new), "\(name) structure")
            #expect(Self.structure(original) == Self.structure(alignment.old), "\(name) old structure")
        }
    }

    @Test("a plain draft written as .docx reads back as the same draft", arguments: [Fixtures.globalResolution, Fixtures.cicteFragment])
    func plainDraft(sample: String) throws {
        let draft = try Fixtures.read(sample)
        let back = try Self.read(try DraftDocxWriter().write(draft), view: .accepted)
        #expect(Self.texts(back) == Self.texts(draft))
        #expect(back.footnotes.map(\.text) == draft.footnotes.map(\.text))
        #expect(back.flattened.map(\.block.kind) == draft.flattened.map(\.block.kind))
        #expect(back.flattened.map(\.block.label) == draft.flattened.map(\.block.label))
        #expect(back.blocks.compactMap(\.table) == draft.blocks.compactMap(\.table))
    }
}
