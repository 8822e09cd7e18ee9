import DraftModel
import DraftAlignment

/// Consolidates committee fragments into a global draft: each fragment section goes on its target
/// section of the base (replacing, updating or appending its paragraphs), then every operative
/// paragraph is renumbered and internal cross-references are rewritten to the new numbers.
///
/// ```swift
/// let result = try Consolidator().consolidate(base: global, fragments: [cicte])
/// print(DraftTextWriter().write(result.draft))
/// ```
public struct Consolidator: Sendable {
    public var options: MergeOptions
    /// The compare engine used to place sections by content and to pair paragraphs.
    public var aligner: DraftAligner

    public init(options: MergeOptions = MergeOptions(), aligner: DraftAligner = DraftAligner()) {
        self.options = options
        self.aligner = aligner
    }

    public func consolidate(base: Draft, fragments: [Draft]) throws(MergeError) -> Consolidation {
        let baseSections = DraftSection.sections(of: base)
        let locator = SectionLocator(base: base, baseSections: baseSections, placements: options.placements) { old, new in
            aligner.align(old, new).entries.filter { !$0.old.isEmpty && !$0.new.isEmpty }.map(\.similarity).reduce(0, +)
        }
        // Fragment footnote ids are made unique before anything moves.
        let fragments = fragments.enumerated().map { Self.prefixingFootnotes($0.element, with: "f\($0.offset + 1)-") }
        var incoming: [Int: [Incoming]] = [:]
        var after: [Int: [Incoming]] = [:]
        for fragment in fragments {
            let sections = DraftSection.sections(of: fragment)
            guard !sections.isEmpty else { throw MergeError.noSections(fragment: fragment.source.path) }
            for section in sections {
                let heading = fragment.blocks[section.heading]
                let content = Array(fragment.blocks[section.content])
                let paragraphs = Draft(source: fragment.source, blocks: content, footnotes: fragment.footnotes)
                let placement = try locator.locate(heading: heading.text, paragraphs: paragraphs, fragment: fragment.source.path)
                let entry = Incoming(fragment: fragment, heading: heading, content: content, foundBy: placement.foundBy)
                if placement.after {
                    after[placement.section, default: []].append(entry)
                } else {
                    try admit(entry, into: &incoming[placement.section, default: []], heading: heading.text)
                }
            }
        }
        var builder = ConsolidationBuilder(base: base, options: options, aligner: aligner)
        var cursor = 0
        for (index, section) in baseSections.enumerated() {
            builder.keep(base: cursor..<section.content.lowerBound)
            if let entries = incoming[index] {
                builder.place(entries, on: section)
            } else {
                builder.keep(base: section.content)
            }
            for entry in after[index] ?? [] { builder.add(entry, after: section) }
            cursor = section.content.upperBound
        }
        builder.keep(base: cursor..<base.blocks.count)
        return builder.finish(fragments: fragments)
    }

    /// Two fragments on one section conflict unless their texts are the same.
    private func admit(_ entry: Incoming, into entries: inout [Incoming], heading: String) throws(MergeError) {
        guard let existing = entries.first else { entries.append(entry); return }
        if existing.content.map(\.text) == entry.content.map(\.text) && existing.content.map(\.subparagraphs) == entry.content.map(\.subparagraphs) {
            return
        }
        guard options.conflicts == .keepBoth else {
            throw MergeError.conflict(heading: heading, first: existing.fragment.source.path, second: entry.fragment.source.path)
        }
        entries.append(entry)
    }

    static func prefixingFootnotes(_ draft: Draft, with prefix: String) -> Draft {
        var draft = draft
        func rename(_ block: inout Block) {
            block.footnoteAnchors = block.footnoteAnchors.map { FootnoteAnchor(footnoteID: prefix + $0.footnoteID, offset: $0.offset) }
            for index in block.subparagraphs.indices { rename(&block.subparagraphs[index]) }
        }
        for index in draft.blocks.indices { rename(&draft.blocks[index]) }
        draft.footnotes = draft.footnotes.map { Footnote(id: prefix + $0.id, number: $0.number, text: $0.text, location: $0.location) }
        return draft
    }
}

/// A fragment section on its way into the base.
struct Incoming: Sendable {
    var fragment: Draft
    var heading: Block
    var content: [Block]
    var foundBy: String
}
