import ArgumentParser
import DraftDiff

/// The `draftdiff` command: compare, consolidate and outline negotiated drafts.
struct DraftDiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draftdiff",
        abstract: "Compare, consolidate and outline negotiated resolution drafts (.txt exported from Word, or .docx).",
        version: "0.9.0",
        subcommands: [CompareCommand.self, MergeCommand.self, OutlineCommand.self])
}
