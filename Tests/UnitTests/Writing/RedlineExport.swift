import Foundation
import Testing
import DraftDiff

/// Writes the redlines of the test fixtures to `$DRAFTDIFF_REDLINE_EXPORT` for the checks in real
/// clients (`Scripts/check-redlines.sh`: LibreOffice for .docx, Chromium for .html). Each NAME.docx
/// comes with NAME.old.txt and NAME.new.txt, the texts rejecting and accepting every change must give.
@Suite("Redline export for real-client checks")
struct RedlineExport {
    static let directory = ProcessInfo.processInfo.environment["DRAFTDIFF_REDLINE_EXPORT"]

    @Test("writes every fixture's redline in every format", .enabled(if: directory != nil))
    func export() throws {
        let directory = try #require(Self.directory)
        let options = ReportOptions(author: "draftdiff", date: Date(timeIntervalSince1970: 1_790_000_000))
        var pairs: [(String, Alignment)] = [("fixture", RedlineFixtures.alignment)]
        pairs += RedlineSamples.alignments()
        pairs.append(("adjacency-inserted", LibreOfficeAdjacencyTests.alignment(
            firstEnds: [(.equal, "Début"), (.insert, " ajouté")],
            second: AlignmentEntry(kind: .inserted, old: [], new: [BlockPath(index: 1)], similarity: 0), secondText: "Nouveau.")))
        pairs.append(("adjacency-deleted", LibreOfficeAdjacencyTests.alignment(
            firstEnds: [(.equal, "Début"), (.insert, " neuf"), (.delete, " ancien")],
            second: AlignmentEntry(kind: .deleted, old: [BlockPath(index: 1)], new: [], similarity: 0), secondText: "Supprimé.")))
        for (name, alignment) in pairs {
            let base = directory + "/" + name
            try AtomicFile.write(try Redline.write(alignment, format: .docx, options: options), to: base + ".docx")
            let oldText = RedlineFixtures.readerText(alignment, old: true, sectionBySection: name == "sample-fragment")
            try AtomicFile.write(Array(oldText.utf8), to: base + ".old.txt")
            try AtomicFile.write(Array(RedlineFixtures.readerText(alignment, old: false).utf8), to: base + ".new.txt")
            try AtomicFile.write(try Redline.write(alignment, format: .html, options: options), to: base + ".html")
            var sideBySide = options
            sideBySide.layout = .sideBySide
            try AtomicFile.write(try Redline.write(alignment, format: .html, options: sideBySide), to: base + ".side-by-side.html")
            try AtomicFile.write(try Redline.write(alignment, format: .markdown, options: options), to: base + ".md")
            #expect(FileManager.default.fileExists(atPath: base + ".docx"))
        }
        let flagged = RedlineFixtures.alignment
        let flag = ReportAnnotation(path: BlockPath(index: 6), kind: .flaggedReference, text: "flagged « reference » & note",
                                    quote: "la Convention")
        try AtomicFile.write(try Redline.write(flagged, format: .docx, options: options, annotations: [flag]), to: directory + "/flagged.docx")
        try AtomicFile.write(Array(RedlineFixtures.readerText(flagged, old: true).utf8), to: directory + "/flagged.old.txt")
        try AtomicFile.write(Array(RedlineFixtures.readerText(flagged, old: false).utf8), to: directory + "/flagged.new.txt")
        let global = try Fixtures.read(Fixtures.globalResolution)
        let consolidation = try ConsolidationRedlineTests.consolidation()
        let report = ConsolidationReport(
            consolidation: consolidation, comparison: DraftAligner().align(global, consolidation.draft), options: options)
        try AtomicFile.write(Array(report.html().utf8), to: directory + "/merge-report-annotated.html")
        try AtomicFile.write(Array(report.markdown().utf8), to: directory + "/merge-report-annotated.md")
        let drafts = [("plain-draft", RedlineFixtures.new), ("merged-samples", try ConsolidationRedlineTests.consolidation().draft)]
        for (name, draft) in drafts {
            let base = directory + "/" + name
            try AtomicFile.write(try DraftOutput.write(draft, format: .docx), to: base + ".docx")
            try AtomicFile.write(Array(RedlineFixtures.readerText(draft, withJobCodes: true).utf8), to: base + ".old.txt")
            try AtomicFile.write(Array(RedlineFixtures.readerText(draft, withJobCodes: true).utf8), to: base + ".new.txt")
        }
    }
}

/// Redlines of the project's samples: the sample pair (the fragment against the global draft), the
/// sample merge report, generated revisions of each sample aligned by construction, and the pairs
/// `Scripts/evaluation/generate.py` wrote under `$DRAFTDIFF_REDLINE_EXPORT/generated-*/` (aligned by
/// the compare engine).
enum RedlineSamples {
    static func alignments() -> [(String, Alignment)] {
        var pairs: [(String, Alignment)] = []
        guard let global = try? Fixtures.read(Fixtures.globalResolution),
              let fragment = try? Fixtures.read(Fixtures.cicteFragment) else { return pairs }
        pairs.append(("sample-fragment", DraftAligner().alignFragment(global: global, fragment: fragment)))
        if let merged = try? Consolidator().consolidate(base: global, fragments: [fragment]) {
            pairs.append(("sample-merge-report", DraftAligner().align(global, merged.draft)))
        }
        pairs.append(("generated-2021", GeneratedRevision.alignment(of: global)))
        pairs.append(("generated-cicte", GeneratedRevision.alignment(of: fragment)))
        return pairs + generated()
    }

    /// The generator's pairs found in the export directory.
    static func generated() -> [(String, Alignment)] {
        guard let directory = RedlineExport.directory,
              let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        return names.filter { $0.hasPrefix("generated-seed") }.sorted().compactMap { name in
            let folder = directory + "/" + name
            guard let old = try? Fixtures.read(folder + "/old.txt"), let new = try? Fixtures.read(folder + "/new.txt") else { return nil }
            return (name, DraftAligner().align(old, new))
        }
    }
}
