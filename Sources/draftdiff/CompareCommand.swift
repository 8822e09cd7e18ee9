import ArgumentParser
import DraftDiff
#if canImport(Glibc)
import Glibc
#endif

/// `draftdiff compare OLD NEW`: a redline of two drafts, paragraph by paragraph and word by word.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two drafts: paragraphs paired through renumbering, moves, splits and merges, with word changes.",
        discussion: """
            Exit status: 0 when the drafts are the same (numbering aside), 1 when they differ, 2 on trouble.
            With --fragment, NEW is a committee fragment: each of its sections is compared with the section \
            of OLD (the global draft) it belongs to.
            """)

    @Argument(help: "The older draft (the global draft with --fragment): .txt exported from Word, or .docx.")
    var old: String

    @Argument(help: "The newer draft (the committee fragment with --fragment).")
    var new: String

    @Flag(help: "NEW is a fragment: compare each of its sections with its section of OLD only.")
    var fragment = false

    @Option(help: "Output format: text, json, md, html or docx (default: from -o's extension, else text).")
    var format: OutputFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the report to FILE (atomically; never over an input; - for standard output).",
                                                    valueName: "file"))
    var output: String?

    /// The report's file; nil for standard output.
    private var outputFile: String? { output == StandardOutput.name ? nil : output }

    @Flag(help: "Ignore case when comparing words.")
    var ignoreCase = false

    @Flag(help: "No colours, even on a terminal (as NO_COLOR in the environment).")
    var noColor = false

    @OptionGroup var report: ReportArguments

    func run() throws {
        MemoryTuning.preferHugePages(forInputs: [old, new])
        // What the report will be, and where, settled before the work.
        let output = outputFile
        if let output { try Trouble.writing { () throws(WriteError) in try AtomicFile.validate(output, inputs: [old, new]) } }
        let chosen = outputFormat()
        if chosen == .docx && output == nil { Trouble.fail("a .docx redline is written to a file, not to standard output: -o FILE.docx") }
        report.check(for: chosen)
        // Both drafts read at once; on trouble, the old one's is reported first.
        let drafts = DraftReader().read(paths: [inputPath(old), inputPath(new)])
        let oldDraft = try Trouble.reading { () throws(ReadError) in try drafts[0].get() }
        let newDraft = try Trouble.reading { () throws(ReadError) in try drafts[1].get() }
        // The run ends once the report is written: the exit reclaims the alignment's working memory.
        let aligner = DraftAligner(options: AlignmentOptions(ignoreCase: ignoreCase, freesWorkingMemory: false))
        let alignment = fragment ? aligner.alignFragment(global: oldDraft, fragment: newDraft) : aligner.align(oldDraft, newDraft)
        // Colour only on a terminal, and not when NO_COLOR is set (no-color.org).
        let color = output == nil && !noColor && chosen == .text && isatty(1) != 0 && (getenv("NO_COLOR").map { $0.pointee == 0 } ?? true)
        let options = report.options(color: color)
        // Written as it is made: a long JSON report is never held whole.
        try Trouble.writing { () throws(WriteError) in
            if let output {
                try AtomicFile.write(to: output, inputs: [old, new]) { write throws(WriteError) in
                    try Redline.write(alignment, format: chosen, options: options, inPieces: write)
                }
            } else {
                try Redline.write(alignment, format: chosen, options: options, inPieces: { StandardOutput.write($0) })
            }
        }
        Trouble.finish(alignment.hasDifferences ? 1 : 0, keeping: drafts, alignment)
    }

    private func outputFormat() -> OutputFormat {
        if let format { return format }
        guard let output = outputFile else { return .text }
        return formatNamed(by: output, accepting: OutputFormat.allCases, what: "the report")
    }
}

extension OutputFormat: NamedOptionValue {}
