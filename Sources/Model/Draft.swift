/// A draft resolution as an ordered list of blocks: the single meeting point of DraftDiff.
///
/// Readers (plain text, .docx) produce a `Draft`; alignment, merge and every writer work on it
/// and never look at the source again. Text is kept exactly as in the source (apostrophe kinds,
/// non-breaking spaces, spacing inside a paragraph); normalisation exists only for comparison.
///
/// ```swift
/// let draft = try DraftReader().read(contentsOf: url)
/// for block in draft.blocks where block.kind == .paragraph { print(block.label ?? "", block.text) }
/// ```
public struct Draft: Sendable, Hashable {
    /// Where the draft was read from.
    public var source: DraftSource
    /// The blocks in document order. Operative paragraphs hold their sub-paragraphs.
    public var blocks: [Block]
    /// Every footnote, in the order their reference marks appear.
    public var footnotes: [Footnote]
    /// What the document says about itself but is not part of its text (job codes, language).
    public var metadata: DraftMetadata

    public init(source: DraftSource, blocks: [Block], footnotes: [Footnote] = [], metadata: DraftMetadata = DraftMetadata()) {
        self.source = source
        self.blocks = blocks
        self.footnotes = footnotes
        self.metadata = metadata
    }

    /// The footnote with this id, if any.
    public func footnote(id: String) -> Footnote? {
        footnotes.first { $0.id == id }
    }

    /// Calls `body` with every footnote anchor in document order (a paragraph's before its sub-paragraphs')
    /// and the path of its block. The blocks are read in place, where `flattened` copies each (a retain and
    /// a release for every text and list it holds).
    public func forEachFootnoteAnchor(_ body: (FootnoteAnchor, BlockPath) -> Void) {
        for index in blocks.indices {
            for anchor in blocks[index].footnoteAnchors { body(anchor, BlockPath(index: index)) }
            for sub in blocks[index].subparagraphs.indices {
                for anchor in blocks[index].subparagraphs[sub].footnoteAnchors { body(anchor, BlockPath(index: index, subparagraph: sub)) }
            }
        }
    }

    /// Every block in document order, sub-paragraphs right after their paragraph, with its path.
    public var flattened: [(path: BlockPath, block: Block)] {
        var result: [(path: BlockPath, block: Block)] = []
        result.reserveCapacity(blocks.count * 2)
        for (index, block) in blocks.enumerated() {
            result.append((BlockPath(index: index), block))
            for (subIndex, sub) in block.subparagraphs.enumerated() {
                result.append((BlockPath(index: index, subparagraph: subIndex), sub))
            }
        }
        return result
    }

    /// The block at a path.
    public subscript(path: BlockPath) -> Block {
        // Borrowed, not copied: a copy of a block retains each of its texts and lists.
        _read {
            if let sub = path.subparagraph {
                yield blocks[path.index].subparagraphs[sub]
            } else {
                yield blocks[path.index]
            }
        }
        set {
            if let sub = path.subparagraph {
                blocks[path.index].subparagraphs[sub] = newValue
            } else {
                blocks[path.index] = newValue
            }
        }
    }

    /// The operative paragraphs, in document order.
    public var operativeParagraphs: [Block] {
        blocks.filter { $0.kind == .paragraph }
    }
}

/// Where a block stands in a `Draft`: a top-level index, and a sub-paragraph index inside it.
public struct BlockPath: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Index into `Draft.blocks`.
    public var index: Int
    /// Index into that block's `subparagraphs`, or nil for the block itself.
    public var subparagraph: Int?

    public init(index: Int, subparagraph: Int? = nil) {
        self.index = index
        self.subparagraph = subparagraph
    }

    public static func < (lhs: BlockPath, rhs: BlockPath) -> Bool {
        if lhs.index != rhs.index { return lhs.index < rhs.index }
        return (lhs.subparagraph ?? -1) < (rhs.subparagraph ?? -1)
    }

    public var description: String {
        subparagraph.map { "\(index).\($0)" } ?? "\(index)"
    }
}

/// The file a draft came from, and how it was read.
public struct DraftSource: Sendable, Hashable {
    /// The path as the user gave it.
    public var path: String
    /// The kind of file.
    public var format: SourceFormat

    public init(path: String, format: SourceFormat) {
        self.path = path
        self.format = format
    }
}

/// The kind of file a draft was read from.
public enum SourceFormat: String, Sendable, Hashable, Codable {
    /// Plain text, as Word exports it.
    case plainText = "text"
    /// A Word .docx package.
    case docx
    /// Built in memory (tests, merge results).
    case memory
}

/// Facts about a draft that are not part of its text.
public struct DraftMetadata: Sendable, Hashable {
    /// Secretariat job codes found glued to the text ("CICTE01498F06"), removed from the text.
    public var jobCodes: [String]
    /// The language the draft is written in, when it could be told.
    public var language: Language?

    public init(jobCodes: [String] = [], language: Language? = nil) {
        self.jobCodes = jobCodes
        self.language = language
    }
}

/// The working languages of the drafts DraftDiff reads.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    case french = "fr"
    case english = "en"
    case spanish = "es"
    case portuguese = "pt"
}
