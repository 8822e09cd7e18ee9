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

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, summary
    }

    @Argument(help: "The draft: plain text exported from Word, or .docx.")
    var file: String

    @Option(help: "Output format: text, json, or summary (one line).")
    var format: Format = .text

    @Option(help: "For .docx with tracked changes: accepted (the current text) or original (every change rejected).")
    var view: TrackedChangesView = .accepted

    func run() throws {
        MemoryTuning.preferHugePages(forInputs: [file])
        let draft = try Trouble.reading { () throws(ReadError) in try DraftReader(docxOptions: DocxReadOptions(view: view)).read(path: inputPath(file)) }
        switch format {
        case .text: StandardOutput.write(Array(OutlineWriter().write(draft).utf8))
        case .json: DraftJSONWriter().write(draft, inPieces: { StandardOutput.write($0) })
        case .summary: StandardOutput.write(Array((OutlineWriter().summary(draft) + "\n").utf8))
        }
        Trouble.finish(0, keeping: draft)
    }
}

extension TrackedChangesView: ExpressibleByArgument {}
