import Foundation
import DraftDiff

/// Paths to the repository's samples and the shared corpus, and quick ways to read drafts in tests.
enum Fixtures {
    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func sample(_ name: String) -> String { root.appendingPathComponent("Samples/\(name)").path }

    static let globalResolution = sample("csh-2021-global-resolution.fr.txt")
    static let cicteFragment = sample("cicte-2022-paragraphs.fr.txt")

    /// `../shared/corpus` beside the repository, when it is there.
    static var corpus: URL? {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("files.tsv").path) ? url : nil
    }

    /// Reads a draft from a sample file.
    static func read(_ path: String) throws -> Draft {
        try DraftReader().read(path: path)
    }

    /// Reads a draft from text given inline (UTF-8).
    static func draft(_ text: String, file: String = "inline.txt") throws -> Draft {
        try DraftReader().read(bytes: Array(text.utf8), file: file)
    }
}

extension Draft {
    /// Blocks of one kind.
    func blocks(_ kind: BlockKind) -> [Block] { blocks.filter { $0.kind == kind } }

    /// The operative paragraph with this label (the first, when labels repeat).
    func paragraph(_ label: String) -> Block? { blocks.first { $0.kind == .paragraph && $0.label == label } }

    /// Every text of the draft, for checks that nothing is left over.
    var allTexts: [String] {
        flattened.map(\.block.text) + footnotes.map(\.text) + blocks.compactMap(\.table).flatMap { $0.rows.flatMap { $0 } }
    }
}
