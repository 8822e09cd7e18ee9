import Foundation
import DraftModel
import DraftAlignment

/// The summary and paragraph map at the head of an HTML or Markdown report: one row per alignment
/// entry, old label → new label, kind, similarity, and where the entry is rendered.
public struct ParagraphMap: Sendable, Hashable {
    /// One row of the map.
    public struct Row: Sendable, Hashable {
        public var entryIndex: Int
        public var kind: AlignmentKind
        /// The old blocks' labels ("84", "25.a"), or a short quotation for unnumbered blocks; empty when none.
        public var old: String
        public var new: String
        public var similarity: Double
        public var renumbered: Bool
        /// The anchor of the entry's (first) paragraph in the document, and of a move's old place.
        public var anchor: String
        public var sourceAnchor: String?
    }

    public var rows: [Row]
    /// Counts in report order: unchanged, modified, moved, split, merged, inserted, deleted, renumbered.
    public var counts: [(name: String, count: Int)]

    public init(_ redline: RedlineDocument) {
        let alignment = redline.alignment
        var firstAnchor: [Int: String] = [:]
        var sourceAnchor: [Int: String] = [:]
        for paragraph in redline.paragraphs {
            if paragraph.place == .moveSource {
                sourceAnchor[paragraph.entryIndex] = paragraph.anchor
            } else if firstAnchor[paragraph.entryIndex] == nil {
                firstAnchor[paragraph.entryIndex] = paragraph.anchor
            }
        }
        rows = alignment.entries.enumerated().map { index, entry in
            Row(entryIndex: index, kind: entry.kind,
                old: entry.old.map { Self.name(alignment.old, $0) }.joined(separator: ", "),
                new: entry.new.map { Self.name(alignment.new, $0) }.joined(separator: ", "),
                similarity: entry.similarity, renumbered: entry.renumbered != nil,
                anchor: firstAnchor[index] ?? "p\(index)", sourceAnchor: sourceAnchor[index])
        }
        let summary = alignment.summary
        counts = AlignmentKind.allCases.map { ($0.rawValue, summary[$0]) } + [("renumbered", summary.renumbered)]
            + (summary.changedFootnotes > 0 ? [("footnotes changed", summary.changedFootnotes)] : [])
    }

    public static func == (lhs: ParagraphMap, rhs: ParagraphMap) -> Bool {
        lhs.rows == rhs.rows && lhs.counts.map(\.count) == rhs.counts.map(\.count)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(rows) }

    /// How a block is named in the map: its label ("84", "25.a", "III"), else its kind and first words.
    public static func name(_ draft: Draft, _ path: BlockPath) -> String {
        let block = draft[path]
        if let label = block.label, !label.isEmpty {
            if let sub = path.subparagraph, sub >= 0, let parent = draft.blocks[path.index].label {
                return parent + "." + label
            }
            return label
        }
        let words = firstWords(of: block.text, count: 5)
        guard !words.isEmpty else { return block.kind.rawValue }
        return words.prefix(4).joined(separator: " ") + (words.count > 4 ? "…" : "")
    }

    /// The first `count` words of `text` (runs of characters other than white space), read no further.
    static func firstWords(of text: String, count: Int) -> [Substring] {
        var words: [Substring] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex, words.count < count {
            if text[index].isWhitespace {
                if let wordStart = start { words.append(text[wordStart..<index]) }
                start = nil
            } else if start == nil {
                start = index
            }
            index = text.index(after: index)
        }
        if let wordStart = start, words.count < count { words.append(text[wordStart..<index]) }
        return words
    }

    /// A similarity as a reader sees it: "0.93", "1", "—" for none.
    public static func similarity(_ value: Double, kind: AlignmentKind) -> String {
        if kind == .inserted || kind == .deleted { return "—" }
        let rounded = (value * 100).rounded() / 100
        return rounded == 1 ? "1" : String(format: "%.2f", rounded)
    }
}
