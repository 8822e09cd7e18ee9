import DraftModel
import WordDiff

/// How the blocks of an old draft relate to the blocks of a new one: the result of comparing two drafts.
///
/// Entries come in reading order of the new draft; an entry with no new block (a deletion) stands
/// where its old block stood. Every block of both drafts appears in exactly one entry.
public struct Alignment: Sendable, Hashable {
    /// The older version.
    public var old: Draft
    /// The newer version.
    public var new: Draft
    /// The entries in order.
    public var entries: [AlignmentEntry]
    /// Footnotes paired across the versions.
    public var footnotes: [FootnoteAlignment]
    /// In fragment mode, where each section of the fragment (`new`) was placed in the global draft (`old`);
    /// the entries then cover only those sections. Empty for a whole-draft comparison.
    public var placements: [FragmentPlacement]

    public init(
        old: Draft, new: Draft, entries: [AlignmentEntry], footnotes: [FootnoteAlignment] = [],
        placements: [FragmentPlacement] = []
    ) {
        self.old = old
        self.new = new
        self.entries = entries
        self.footnotes = footnotes
        self.placements = placements
    }

    /// Counts of each kind of entry, and of renumbered pairs.
    public var summary: AlignmentSummary { AlignmentSummary(entries, footnotes: footnotes) }

    /// Whether the two drafts differ in anything but numbering.
    public var hasDifferences: Bool {
        entries.contains { $0.kind != .unchanged } || footnotes.contains { $0.kind != .unchanged }
    }
}

/// One relation between zero or more old blocks and zero or more new blocks.
public struct AlignmentEntry: Sendable, Hashable {
    /// What happened.
    public var kind: AlignmentKind
    /// The old blocks (one, several for `merged`, none for `inserted`).
    public var old: [BlockPath]
    /// The new blocks (one, several for `split`, none for `deleted`).
    public var new: [BlockPath]
    /// How alike the old and new texts are, from 0 to 1 (1 for unchanged; 0 for inserted and deleted).
    public var similarity: Double
    /// Old label → new label, when the pair's number changed. Renumbering alone is not a change.
    public var renumbered: Renumbering?
    /// The word-level edit script from the old text(s) to the new text(s); empty for inserted and deleted.
    /// For `split` and `merged`, the texts of the several blocks are joined with "\n".
    public var changes: [WordChange]
    /// For a pair of tables, their rows matched one by one; empty otherwise.
    public var tableRows: [TableRowAlignment]

    public init(
        kind: AlignmentKind, old: [BlockPath], new: [BlockPath], similarity: Double,
        renumbered: Renumbering? = nil, changes: [WordChange] = [], tableRows: [TableRowAlignment] = []
    ) {
        self.kind = kind
        self.old = old
        self.new = new
        self.similarity = similarity
        self.renumbered = renumbered
        self.changes = changes
        self.tableRows = tableRows
    }
}

/// A row of an old table paired with a row of the new one, or standing alone: rows are compared
/// like paragraphs (moved, modified, inserted…), their cells joined with a tab.
public struct TableRowAlignment: Sendable, Hashable {
    /// What happened to the row.
    public var kind: AlignmentKind
    /// The old row's index in `Table.rows`, nil when the row is new.
    public var old: Int?
    /// The new row's index, nil when the row was removed.
    public var new: Int?
    /// The edit script from the old row's cells to the new row's, tab between cells.
    public var changes: [WordChange]

    public init(kind: AlignmentKind, old: Int?, new: Int?, changes: [WordChange]) {
        self.kind = kind
        self.old = old
        self.new = new
        self.changes = changes
    }
}

/// The kinds of alignment entry, with the names used in JSON output.
public enum AlignmentKind: String, Sendable, Hashable, Codable, CaseIterable {
    case unchanged, modified, moved, split, merged, inserted, deleted

    /// The kind's position in `allCases`.
    var ordinal: Int {
        switch self {
        case .unchanged: 0
        case .modified: 1
        case .moved: 2
        case .split: 3
        case .merged: 4
        case .inserted: 5
        case .deleted: 6
        }
    }
}

/// A label that changed between the versions ("84" → "2").
public struct Renumbering: Sendable, Hashable {
    public var oldLabel: String
    public var newLabel: String

    public init(oldLabel: String, newLabel: String) {
        self.oldLabel = oldLabel
        self.newLabel = newLabel
    }
}

/// A footnote of the old draft paired with one of the new, or standing alone.
public struct FootnoteAlignment: Sendable, Hashable {
    /// The old footnote's id, nil when the footnote is new.
    public var old: String?
    /// The new footnote's id, nil when the footnote was removed.
    public var new: String?
    /// The word-level edit script from old text to new text.
    public var changes: [WordChange]
    /// Whether its mark stands elsewhere: in a paragraph not paired with its old one, or, in a paragraph
    /// whose words did not change, at another place among them.
    public var moved: Bool
    /// Whether its words changed as paragraphs are compared: a difference of apostrophes, spaces or (with
    /// `ignoreCase`) case alone is none, though `changes` shows it.
    public var reworded: Bool

    public init(old: String?, new: String?, changes: [WordChange], moved: Bool = false, reworded: Bool? = nil) {
        self.old = old
        self.new = new
        self.changes = changes
        self.moved = moved
        self.reworded = reworded ?? changes.hasChanges
    }

    /// What happened to the footnote: unchanged, modified, moved (its mark, whatever its text), inserted or deleted.
    public var kind: AlignmentKind {
        if old == nil { return .inserted }
        if new == nil { return .deleted }
        if moved { return .moved }
        return reworded ? .modified : .unchanged
    }
}

/// How many entries of each kind an alignment has, and how many footnotes.
public struct AlignmentSummary: Sendable, Hashable {
    public var counts: [AlignmentKind: Int]
    /// Pairs whose label changed.
    public var renumbered: Int
    /// Footnotes by kind: unchanged, modified, inserted, deleted.
    public var footnotes: [AlignmentKind: Int] = [:]

    /// The footnotes that are not unchanged.
    public var changedFootnotes: Int { footnotes.filter { $0.key != .unchanged }.values.reduce(0, +) }

    public init(_ entries: [AlignmentEntry], footnotes: [FootnoteAlignment] = []) {
        // Tallied by position in `allCases`: a dictionary keyed by the kind would hash its name per entry.
        let kinds = AlignmentKind.allCases
        var tally = [Int](repeating: 0, count: kinds.count)
        var renumbered = 0
        for entry in entries {
            tally[entry.kind.ordinal] += 1
            if entry.renumbered != nil { renumbered += 1 }
        }
        counts = Dictionary(uniqueKeysWithValues: zip(kinds, tally))
        self.renumbered = renumbered
        for note in footnotes { self.footnotes[note.kind, default: 0] += 1 }
    }

    public subscript(kind: AlignmentKind) -> Int { counts[kind] ?? 0 }

    /// The footnote kinds reported: a footnote is unchanged, modified, moved, inserted or deleted.
    public static let footnoteKinds: [AlignmentKind] = [.unchanged, .modified, .moved, .inserted, .deleted]
}
