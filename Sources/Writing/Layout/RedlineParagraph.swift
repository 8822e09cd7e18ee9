import DraftModel
import DraftAlignment
import WordDiff

/// One paragraph (or table) of a redline, in the order a reader meets it: the new version's order,
/// with deleted paragraphs and the old places of moved paragraphs where the old version had them.
///
/// Every writer (DOCX, HTML, Markdown) renders these; none of them walks the alignment again.
/// Applying the `equal` and `delete` segments gives the old text of this piece, the `equal`
/// and `insert` segments its new text (for a move destination, the old text lives at the move source).
public struct RedlineParagraph: Sendable, Hashable {
    /// Where a paragraph stands relative to a move.
    public enum Place: Sendable, Hashable {
        /// Not part of a move.
        case inPlace
        /// The old place of a moved paragraph: its whole old text, shown as moved away.
        case moveSource
        /// The new place of a moved paragraph, with the word changes made on the way.
        case moveDestination
    }

    /// The index of the alignment entry this paragraph renders.
    public var entryIndex: Int
    /// The entry's kind.
    public var kind: AlignmentKind
    /// Whether this is one end of a move.
    public var place: Place
    /// The block whose role, level and style the paragraph takes: the new block, or the old one
    /// when the paragraph no longer exists in the new version.
    public var block: Block
    /// Where `block` stands (in the new draft, or in the old one for deletions and move sources).
    public var path: BlockPath
    /// Whether `block` and `path` come from the old draft.
    public var isOldBlock: Bool
    /// The old label, when the old version had this paragraph and it was numbered.
    public var oldLabel: String?
    /// The new label, when the new version has this paragraph and it is numbered.
    public var newLabel: String?
    /// The text, as a word-level edit script with footnote references at their anchors.
    public var segments: [RedlineSegment]
    /// What happened to the paragraph mark that ends this piece: `equal` (kept), `insert`
    /// (a paragraph break the new version added: split, inserted paragraph) or `delete`.
    public var mark: WordChange.Operation
    /// Which piece of a split or merged entry this is (0-based), and how many there are.
    public var piece: Int
    public var pieceCount: Int
    /// The old and new tables, for a table block.
    public var oldTable: Table?
    public var newTable: Table?
    /// The old block this piece stands for, and where it stood, when the old version had one: what the
    /// paragraph is once every change is rejected.
    public var oldBlock: Block?
    public var oldPath: BlockPath?

    /// Whether the paragraph renders a table.
    public var isTable: Bool { oldTable != nil || newTable != nil }

    /// The label to print before the paragraph: the new one, else the old one.
    public var displayLabel: String? { newLabel ?? oldLabel }

    /// Whether the paragraph exists in the new version (its mark survives acceptance).
    public var existsInNew: Bool { mark != .delete && place != .moveSource }

    /// Whether the paragraph exists in the old version (its mark survives rejection).
    public var existsInOld: Bool { mark != .insert && place != .moveDestination }

    /// Whether the paragraph is one of both versions: its mark survives acceptance and rejection alike, so
    /// that its properties are those of the new block, and, once every change is rejected, of the old one.
    public var existsInBoth: Bool { mark == .equal && place == .inPlace }

    /// This paragraph stands for `other`'s new block: its mark now ends, in the new version, what `other`
    /// began (a paragraph mark moved from one to the other). `other` keeps it too, as a merged paragraph's
    /// first piece does: LibreOffice keeps the first paragraph's properties where Word keeps the last's.
    mutating func takeNewSide(of other: inout RedlineParagraph) {
        (block, path, isOldBlock, newLabel) = (other.block, other.path, other.isOldBlock, other.newLabel)
    }

    /// This paragraph stands for `other`'s old block, once every change is rejected; `other` is no longer
    /// in the old version.
    mutating func takeOldSide(of other: inout RedlineParagraph) {
        (oldBlock, oldPath, oldLabel) = (other.oldBlock, other.oldPath, other.oldLabel)
        (other.oldBlock, other.oldPath, other.oldLabel) = (nil, nil, nil)
    }

    /// A stable anchor name for this paragraph, unique in a redline ("p12", "p12-from", "p12-2").
    public var anchor: String {
        var name = "p\(entryIndex)"
        if place == .moveSource { name += "-from" }
        if piece > 0 { name += "-\(piece)" }
        return name
    }
}

/// A run of a redline paragraph's content.
public enum RedlineSegment: Sendable, Hashable {
    /// Text kept, inserted or deleted. Line breaks inside a paragraph are "\n", tabs "\t".
    case text(WordChange.Operation, String)
    /// A footnote reference mark kept, inserted or deleted.
    case footnote(WordChange.Operation, FootnoteReference)

    /// What happens to this segment.
    public var operation: WordChange.Operation {
        switch self {
        case .text(let operation, _), .footnote(let operation, _): return operation
        }
    }
}

/// A footnote reference mark in a redline: the old footnote, the new one, or both when the
/// footnote is kept (its text may have changed).
public struct FootnoteReference: Sendable, Hashable {
    public var oldID: String?
    public var newID: String?

    public init(oldID: String?, newID: String?) {
        self.oldID = oldID
        self.newID = newID
    }
}

extension Array where Element == RedlineSegment {
    /// The text of one side: `old` keeps equal and deleted runs, otherwise equal and inserted runs.
    public func text(old: Bool) -> String {
        var result = ""
        for case .text(let operation, let text) in self where operation == .equal || operation == (old ? .delete : .insert) {
            result += text
        }
        return result
    }
}
