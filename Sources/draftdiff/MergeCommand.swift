import ArgumentParser
import Foundation
import DraftDiff

/// `draftdiff merge BASE FRAGMENT… -o OUT`: consolidates committee fragments into the global draft.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Consolidate committee fragments into the global draft, renumber it and rewrite its cross-references.",
        discussion: """
            Each section of each fragment goes on the base section with the same heading (or the closest one, \
            confirmed by content). OUT's format follows its extension (.txt, .json, .md, .docx); REPORT's too \
            (.txt, .json, .md, .html, .docx with tracked changes).
            """)

    @Argument(help: "The global draft (last year's resolution, or the current consolidated draft).")
    var base: String

    @Argument(help: "The committee fragments to put in.")
    var fragments: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("The consolidated draft to write (.txt, .json, .md, .docx; - for standard output, as text).",
                                                    valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp("A report of what changed: placements, provenance, references, and the redline against BASE (.txt, .json, .md, .html, .docx; - for standard output, as text).",
                               valueName: "file"))
    var report: String?

    @Option(help: "replace (default): the fragment section replaces the base section's paragraphs; update: aligned paragraphs are replaced, others kept; append: added at the end.")
    var mode: MergeMode?

    @Option(name: .customLong("place"), help: ArgumentHelp("Place a fragment section by hand: \"Fragment heading=Base heading\" or \"Fragment heading=after:Base heading\".", valueName: "mapping"))
    var placements: [String] = []

    @Option(name: .customLong("on-conflict"), help: "When two fragments give the same section differently: error (default) or keep-both.")
    var onConflict: ConflictPolicy?

    @OptionGroup var reportArguments: ReportArguments

    func run() throws {
        MemoryTuning.preferHugePages(forInputs: [base] + fragments)
        let inputs = [base] + fragments
        // Where the draft and the report go, and in what format, settled before the work.
        try Trouble.writing { () throws(WriteError) in
            if let report, report == output { throw WriteError.cannotWrite(file: report, reason: "the report and the output are the same file") }
            for file in [output] + (report.map { [$0] } ?? []) where file != StandardOutput.name { try AtomicFile.validate(file, inputs: inputs) }
        }
        let draftFormat = formatNamed(by: output, accepting: [.text, .json, .markdown, .docx], what: "the consolidated draft")
        let reportFormat = report.map { formatNamed(by: $0, accepting: OutputFormat.allCases, what: "the report") }
        reportArguments.check(for: reportFormat ?? .text)
        var manual: [ManualPlacement] = []
        for argument in placements {
            guard let placement = ManualPlacement(argument: argument) else {
                Trouble.fail("--place \"\(argument)\": expected \"Fragment heading=Base heading\"")
            }
            manual.append(placement)
        }
        let reader = DraftReader()
        let baseDraft = try Trouble.reading { () throws(ReadError) in try reader.read(path: inputPath(base)) }
        var fragmentDrafts: [Draft] = []
        for fragment in fragments {
            fragmentDrafts.append(try Trouble.reading { () throws(ReadError) in try reader.read(path: inputPath(fragment)) })
        }
        let consolidator = Consolidator(options: MergeOptions(mode: mode ?? .replace, conflicts: onConflict ?? .error, placements: manual))
        let consolidation: Consolidation
        do {
            consolidation = try consolidator.consolidate(base: baseDraft, fragments: fragmentDrafts)
        } catch {
            Trouble.fail(error.description)
        }
        var result = consolidation.draft
        result.source = DraftSource(path: output, format: .memory)
        let options = reportArguments.options(color: false)
        try Trouble.writing { () throws(WriteError) in
            let draftBytes = try DraftOutput.write(result, format: draftFormat)
            var reportBytes: [UInt8]?
            if let reportFormat {
                let comparison = consolidator.aligner.align(baseDraft, result)
                reportBytes = try ConsolidationReport(consolidation: consolidation, comparison: comparison, options: options).write(format: reportFormat)
            }
            // The draft and the report appear together or not at all: both are written beside their targets, then
            // put in place (standard output, which cannot be taken back, in between).
            var staged: [StagedFile] = []
            do throws(WriteError) {
                for (file, bytes) in [(output, draftBytes)] + (report.flatMap { file in reportBytes.map { [(file, $0)] } } ?? []) {
                    if file == StandardOutput.name {
                        try StandardOutput.writeReportingFailure(bytes)
                    } else {
                        staged.append(try AtomicFile.stage(to: file, inputs: inputs) { write in write(bytes) })
                    }
                }
                for file in staged { try file.commit() }
            } catch {
                staged.forEach { $0.discard() }
                throw error
            }
        }
    }

}

extension MergeMode: NamedOptionValue {}
extension ConflictPolicy: NamedOptionValue {}
