import DraftModel
import WordDiff

/// Choices for comparing two drafts.
public struct AlignmentOptions: Sendable, Hashable {
    /// Fold case when comparing words.
    public var ignoreCase: Bool

    public init(ignoreCase: Bool = false) {
        self.ignoreCase = ignoreCase
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
