import ArgumentParser
import DraftDiff

/// `draftdiff outline FILE`: shows the structure recovered from a draft.
struct OutlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outline",
        abstract: "Show the structure DraftDiff recovers from a draft.",
        discussion: """
            One line per block (kind, label, first words, footnote marks), indented by level; the whole Draft as \
            JSON; or only the summary line (what was recovered: paragraphs, headings, tables, footnotes, language).
            """)

    enum Format: String, NamedOptionValue {
        case text, json, summary
    }

    @Argument(help: "The draft: plain text exported from Word, or .docx.")
    var file: String

    // Options without a default value, which are said in the help and applied in `run()` (see ReportArguments).
    @Option(help: "Output format: text, json, or summary (one line); default: text.")
    var format: Format?

    @Option(help: "For .docx with tracked changes: accepted (the current text, default) or original (every change rejected).")
    var view: TrackedChangesView?

    func run() throws {
        MemoryTuning.preferHugePages(forInputs: [file])
        let draft = try Trouble.reading { () throws(ReadError) in try DraftReader(docxOptions: DocxReadOptions(view: view ?? .accepted)).read(path: inputPath(file)) }
        switch format ?? .text {
        case .text: StandardOutput.write(Array(OutlineWriter().write(draft).utf8))
        case .json: DraftJSONWriter().write(draft, inPieces: { StandardOutput.write($0) })
        case .summary: StandardOutput.write(Array((OutlineWriter().summary(draft) + "\n").utf8))
        }
        Trouble.finish(0, keeping: draft)
    }
}

extension TrackedChangesView: NamedOptionValue {}
