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
            confirmed by content). OUT's format follows its extension (.txt, .json); REPORT's too (.txt, .json).
            """)

    @Argument(help: "The global draft (last year's resolution, or the current consolidated draft).")
    var base: String

    @Argument(help: "The committee fragments to put in.")
    var fragments: [String]

    @Option(name: .shortAndLong, help: "The consolidated draft to write (.txt, .json).")
    var output: String

    @Option(help: "A report of what changed: placements, provenance, references, and the redline against BASE (.txt, .json).")
    var report: String?

    @Option(help: "replace (default): the fragment section replaces the base section's paragraphs; update: aligned paragraphs are replaced, others kept; append: added at the end.")
    var mode: MergeMode = .replace

    @Option(name: .customLong("place"), help: ArgumentHelp("Place a fragment section by hand: \"Fragment heading=Base heading\" or \"Fragment heading=after:Base heading\".", valueName: "mapping"))
    var placements: [String] = []

    @Option(name: .customLong("on-conflict"), help: "When two fragments give the same section differently: error (default) or keep-both.")
    var onConflict: ConflictPolicy = .error

    func run() throws {
        let inputs = [base] + fragments
        let formats = try Trouble.writing { () throws(WriteError) in try (Self.draftFormat(output), report.map(Self.reportFormat)) }
        var manual: [ManualPlacement] = []
        for argument in placements {
            guard let placement = ManualPlacement(argument: argument) else {
                Trouble.fail("--place \"\(argument)\": expected \"Fragment heading=Base heading\"")
            }
            manual.append(placement)
        }
        let reader = DraftReader()
        let baseDraft = try Trouble.reading { () throws(ReadError) in try reader.read(path: base) }
        var fragmentDrafts: [Draft] = []
        for fragment in fragments {
            fragmentDrafts.append(try Trouble.reading { () throws(ReadError) in try reader.read(path: fragment) })
        }
        let consolidator = Consolidator(options: MergeOptions(mode: mode, conflicts: onConflict, placements: manual))
        let consolidation: Consolidation
        do {
            consolidation = try consolidator.consolidate(base: baseDraft, fragments: fragmentDrafts)
        } catch {
            Trouble.fail(error.description)
        }
        var result = consolidation.draft
        result.source = DraftSource(path: output, format: .memory)
        let draftBytes: [UInt8] = formats.0 == .json ? Array(DraftJSONWriter().write(result).utf8) : Array(DraftTextWriter().write(result).utf8)
        var reportBytes: [UInt8]?
        if let reportFormat = formats.1 {
            let comparison = consolidator.aligner.align(baseDraft, result)
            let writer = ConsolidationReport(consolidation: consolidation, comparison: comparison, options: ReportOptions())
            reportBytes = Array((reportFormat == .json ? writer.json() : writer.text()).utf8)
        }
        try Trouble.writing { () throws(WriteError) in
            if let report, report == output { throw WriteError.cannotWrite(file: report, reason: "the report and the output are the same file") }
            try AtomicFile.write(draftBytes, to: output, inputs: inputs)
            if let report, let reportBytes { try AtomicFile.write(reportBytes, to: report, inputs: inputs) }
        }
    }

    static func draftFormat(_ path: String) throws(WriteError) -> OutputFormat {
        guard let format = OutputFormat(pathExtension: URL(fileURLWithPath: path).pathExtension), format == .text || format == .json else {
            throw WriteError.unsupported(file: path, reason: "the consolidated draft can be written as .txt or .json")
        }
        return format
    }

    static func reportFormat(_ path: String) throws(WriteError) -> OutputFormat {
        guard let format = OutputFormat(pathExtension: URL(fileURLWithPath: path).pathExtension), format == .text || format == .json else {
            throw WriteError.unsupported(file: path, reason: "the report can be written as .txt or .json")
        }
        return format
    }
}

extension MergeMode: ExpressibleByArgument {}
extension ConflictPolicy: ExpressibleByArgument {}
