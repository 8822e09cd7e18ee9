import DraftModel

/// Where one section of a committee fragment belongs in the global draft, and how that was found.
///
/// ```swift
/// let alignment = DraftAligner().alignFragment(global: global, fragment: fragment)
/// for placement in alignment.placements {
///     print(placement.fragmentBlocks, "→", placement.globalBlocks, placement.method)
/// }
/// ```
public struct FragmentPlacement: Sendable, Hashable {
    /// How the target section was found.
    public enum Method: String, Sendable, Hashable, Codable {
        /// The headings are the same after comparison normalisation.
        case heading
        /// The headings are alike and the contents agree.
        case similarHeading = "similar-heading"
        /// By the paragraphs alone.
        case content
        /// Given by the caller.
        case assigned
        /// Paragraphs before any heading (a preamble), on those of the global draft.
        case frontMatter = "front-matter"
        /// No section of the global draft fits: the fragment section's paragraphs are reported as inserted.
        case unplaced
    }

    /// The fragment section's heading block, nil for paragraphs before any heading.
    public var fragmentHeading: Int?
    /// The fragment section's blocks (indices into `Draft.blocks`), heading included.
    public var fragmentBlocks: Range<Int>
    /// The target section's heading block in the global draft.
    public var globalHeading: Int?
    /// The target section's blocks in the global draft, heading included; empty when unplaced.
    public var globalBlocks: Range<Int>
    /// How the target was found.
    public var method: Method
    /// The entries of the alignment that belong to this section.
    public var entries: Range<Int>

    public init(
        fragmentHeading: Int?, fragmentBlocks: Range<Int>, globalHeading: Int?, globalBlocks: Range<Int>,
        method: Method, entries: Range<Int>
    ) {
        self.fragmentHeading = fragmentHeading
        self.fragmentBlocks = fragmentBlocks
        self.globalHeading = globalHeading
        self.globalBlocks = globalBlocks
        self.method = method
        self.entries = entries
    }
}

/// A heading and the blocks under it, up to the next heading of any level.
public struct SectionRange: Sendable, Hashable {
    /// The heading block, nil for the blocks before the first heading.
    public var heading: Int?
    /// The section's blocks, heading included.
    public var blocks: Range<Int>

    /// The sections of a draft, in order; blocks before the first heading form a section
    /// without heading when they hold any preambular or operative paragraph.
    public static func sections(of draft: Draft) -> [SectionRange] {
        var sections: [SectionRange] = []
        var start = 0
        var heading: Int?
        func close(at end: Int) {
            let body = draft.blocks[start..<end]
            if heading != nil || body.contains(where: { $0.kind == .paragraph || $0.kind == .preamble }) {
                sections.append(SectionRange(heading: heading, blocks: start..<end))
            }
        }
        for (index, block) in draft.blocks.enumerated() where block.kind == .heading {
            close(at: index)
            (start, heading) = (index, index)
        }
        close(at: draft.blocks.count)
        return sections
    }
}
