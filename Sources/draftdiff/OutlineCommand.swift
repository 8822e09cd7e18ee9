import ArgumentParser
import DraftDiff

/// `draftdiff outline FILE`: shows the structure recovered from a draft.
struct OutlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "outline", abstract: "Show the structure DraftDiff recovers from a draft.")

    @Argument(help: "The draft: plain text exported from Word, or .docx.")
    var file: String

    func run() throws {
        let draft = try DraftReader().read(path: file)
        print(draft.blocks.count)
    }
}
