import DraftModel
import WordDiff

/// Choices for comparing two drafts.
public struct AlignmentOptions: Sendable, Hashable {
    /// Fold case when comparing words.
    public var ignoreCase: Bool
    /// Whether the working memory of an alignment (its tokenized texts, vocabulary and units) is freed when
    /// the alignment is done. A command-line run that ends once its report is written leaves it to the
    /// process's exit instead: freeing it, hundreds of thousands of small blocks at 100× size, keeps one
    /// thread busy while the other waits.
    public var freesWorkingMemory: Bool

    public init(ignoreCase: Bool = false, freesWorkingMemory: Bool = true) {
        self.ignoreCase = ignoreCase
        self.freesWorkingMemory = freesWorkingMemory
    }
}

/// Working memory left for the process's exit to reclaim (`AlignmentOptions.freesWorkingMemory`).
private final class LeftForExit: @unchecked Sendable {
    let corpus: UnitCorpus

    private init(_ corpus: UnitCorpus) { self.corpus = corpus }

    /// Keeps `corpus` alive until the process ends.
    static func keep(_ corpus: UnitCorpus) {
        _ = Unmanaged.passRetained(LeftForExit(corpus))
    }
}

/// Pairs the blocks of two drafts and computes the word-level changes inside each pair.
///
/// Alignment is a pipeline of passes over a shared `AlignmentProblem`, each in a file of its own:
/// exact anchors (`ExactAnchorPass`), pairing in the gaps between them (`GapPairingPass`), split and
/// merge detection (`SplitMergePass`), the search for moves among what is left (`MoveSearchPass`),
/// then `EntryAssembly` with the word diff. Time and memory grow close to linearly with the drafts.
///
/// ```swift
/// let alignment = DraftAligner().align(old, new)
/// for entry in alignment.entries where entry.kind != .unchanged { print(entry.kind, entry.old, entry.new) }
/// ```
public struct DraftAligner: Sendable {
    public var options: AlignmentOptions

    public init(options: AlignmentOptions = AlignmentOptions()) {
        self.options = options
    }

    /// Aligns two whole drafts: every block of both appears in exactly one entry.
    public func align(_ old: Draft, _ new: Draft) -> Alignment {
        let corpus = UnitCorpus(old: old, new: new, ignoreCase: options.ignoreCase)
        let entries = alignScope(corpus, old: Array(corpus.old.indices), new: Array(corpus.new.indices))
        if !options.freesWorkingMemory { LeftForExit.keep(corpus) }
        return Alignment(
            old: old, new: new, entries: entries,
            footnotes: FootnotePairing.pair(entries, old: old, new: new, ignoreCase: options.ignoreCase))
    }

    /// Runs every pass on the units in scope (indices into the corpus's units, in reading order).
    func alignScope(_ corpus: UnitCorpus, old: [Int], new: [Int]) -> [AlignmentEntry] {
        var problem = AlignmentProblem(corpus: corpus, oldScope: old, newScope: new, options: options)
        Self.passes.forEach { $0(&problem) }
        return EntryAssembly.entries(problem)
    }

    /// The passes, in order.
    static let passes: [@Sendable (inout AlignmentProblem) -> Void] = [
        ExactAnchorPass.run, GapPairingPass.run, SplitMergePass.run, MoveSearchPass.run,
    ]
}
