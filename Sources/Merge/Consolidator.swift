import DraftModel
import DraftAlignment

/// Consolidates committee fragments into a global draft: each fragment section goes on its target
/// section of the base (replacing, updating or appending its paragraphs), then every operative
/// paragraph is renumbered and internal cross-references are rewritten to the new numbers.
///
/// Sections are placed, and paragraphs paired, by the compare engine's fragment mode
/// (`DraftAligner.alignFragment`): by heading first, then by content.
///
/// ```swift
/// let result = try Consolidator().consolidate(base: global, fragments: [cicte])
/// print(DraftTextWriter().write(result.draft))
/// ```
public struct Consolidator: Sendable {
    public var options: MergeOptions
    /// The compare engine used to place sections and pair paragraphs.
    public var aligner: DraftAligner

    public init(options: MergeOptions = MergeOptions(), aligner: DraftAligner = DraftAligner()) {
        self.options = options
        self.aligner = aligner
    }

    public func consolidate(base: Draft, fragments: [Draft]) throws(MergeError) -> Consolidation {
        let baseSections = BaseSection.sections(of: base)
        let sectionOfHeading = Dictionary(uniqueKeysWithValues: baseSections.enumerated().map { ($0.element.heading, $0.offset) })
        // Fragment footnote ids are made unique before anything moves.
        let fragments = fragments.enumerated().map { Self.prefixingFootnotes($0.element, with: "f\($0.offset + 1)-") }
        var incoming: [Int: [Incoming]] = [:]
        var repeated: [RepeatedSection] = []
        var after: [Int: [(entry: Incoming, sibling: Int)]] = [:]
        // A `--place` naming a section no fragment has is a mistake to say, before any placing.
        let fragmentHeadings = fragments.flatMap { fragment in fragment.blocks.filter { $0.kind == .heading }.map { HeadingKey.of($0.text) } }
        if let unknown = options.placements.first(where: { !fragmentHeadings.contains(HeadingKey.of($0.fragmentHeading)) }) {
            throw MergeError.unknownFragmentHeading(heading: unknown.fragmentHeading, fragments: fragments.map(\.source.path))
        }
        var targets: [String: ManualPlacement.Target] = [:]
        for placement in options.placements {
            let key = HeadingKey.of(placement.fragmentHeading)
            if let earlier = targets.updateValue(placement.target, forKey: key), earlier != placement.target {
                throw MergeError.conflictingPlacements(heading: placement.fragmentHeading)
            }
        }
        for fragment in fragments {
            let headings = fragment.blocks.indices.filter { fragment.blocks[$0].kind == .heading }
            guard !headings.isEmpty else { throw MergeError.noSections(fragment: fragment.source.path) }
            let manual = try manualPlacements(for: fragment, headings: headings, base: base, baseSections: baseSections)
            let alignment = aligner.alignFragment(global: base, fragment: fragment, placing: manual.on)
            for placement in alignment.placements {
                guard let headingIndex = placement.fragmentHeading else {
                    let count = fragment.blocks[placement.fragmentBlocks].filter { $0.kind == .paragraph || $0.kind == .preamble }.count
                    throw MergeError.paragraphsBeforeFirstHeading(fragment: fragment.source.path, count: count)
                }
                let heading = fragment.blocks[headingIndex]
                let content = Array(fragment.blocks[(headingIndex + 1)..<placement.fragmentBlocks.upperBound])
                var entry = Incoming(fragment: fragment, heading: heading, content: content, foundBy: Self.foundBy(placement.method), pairs: [:])
                if let (target, sibling) = manual.after[headingIndex] {
                    entry.foundBy = "--place"
                    after[target, default: []].append((entry, sibling))
                    continue
                }
                guard placement.method != .unplaced, let globalHeading = placement.globalHeading,
                      let section = sectionOfHeading[globalHeading] else {
                    throw MergeError.noTarget(fragment: fragment.source.path, heading: heading.text,
                                              closest: Self.closestHeadings(to: heading.text, in: base, sections: baseSections))
                }
                entry.pairs = Self.pairs(in: alignment, placement: placement, contentStart: headingIndex + 1)
                try admit(entry, into: &incoming[section, default: []], heading: heading.text, repeated: &repeated)
            }
        }
        var builder = ConsolidationBuilder(base: base, options: options)
        var cursor = 0
        for (index, section) in baseSections.enumerated() {
            builder.keep(base: cursor..<section.content.lowerBound)
            if let entries = incoming[index] {
                builder.place(entries, on: section)
            } else {
                builder.keep(base: section.content)
            }
            for (entry, sibling) in after[index] ?? [] { builder.add(entry, after: section, sibling: sibling) }
            cursor = section.content.upperBound
        }
        builder.keep(base: cursor..<base.blocks.count)
        var consolidation = builder.finish(fragments: fragments)
        consolidation.repeatedSections = repeated
        return consolidation
    }

    /// `--place` mappings for this fragment: fragment heading index → base heading index (on),
    /// and fragment heading index → the base section it goes after (the last under the heading named) and that
    /// heading's index (after).
    private func manualPlacements(for fragment: Draft, headings: [Int], base: Draft, baseSections: [BaseSection])
        throws(MergeError) -> (on: [Int: Int], after: [Int: (section: Int, sibling: Int)]) {
        var on: [Int: Int] = [:], after: [Int: (section: Int, sibling: Int)] = [:]
        let keys = baseSections.map { HeadingKey.of(base.blocks[$0.heading].text) }
        for placement in options.placements {
            let fragmentKey = HeadingKey.of(placement.fragmentHeading)
            guard let headingIndex = headings.first(where: { HeadingKey.of(fragment.blocks[$0].text) == fragmentKey }) else { continue }
            let (name, isAfter) = switch placement.target {
            case .section(let name): (name, false)
            case .after(let name): (name, true)
            }
            let targetKey = HeadingKey.of(name)
            guard let section = keys.firstIndex(of: targetKey)
                ?? keys.indices.filter({ HeadingKey.closeness(keys[$0], targetKey) >= 0.75 })
                    .max(by: { HeadingKey.closeness(keys[$0], targetKey) < HeadingKey.closeness(keys[$1], targetKey) })
            else { throw MergeError.unknownHeading(file: base.source.path, heading: name) }
            if isAfter {
                after[headingIndex] = (Self.lastOfSubtree(section, baseSections, base), baseSections[section].heading)
            } else {
                on[headingIndex] = baseSections[section].heading
            }
        }
        return (on, after)
    }

    /// Fragment paragraph (index into the section's content) → base block index, for the one-to-one
    /// pairs the fragment alignment made in this section.
    private static func pairs(in alignment: Alignment, placement: FragmentPlacement, contentStart: Int) -> [Int: (base: Int, unchanged: Bool)] {
        var pairs: [Int: (base: Int, unchanged: Bool)] = [:]
        for entry in alignment.entries[placement.entries] where entry.old.count == 1 && entry.new.count == 1 {
            guard entry.old[0].subparagraph == nil, entry.new[0].subparagraph == nil,
                  [.unchanged, .modified, .moved].contains(entry.kind),
                  alignment.old.blocks[entry.old[0].index].kind == .paragraph,
                  alignment.new.blocks[entry.new[0].index].kind == .paragraph else { continue }
            let (old, new) = (entry.old[0].index, entry.new[0].index)
            pairs[new - contentStart] = (old, entry.kind == .unchanged && sameNotes(alignment.old, old, alignment.new, new))
        }
        return pairs
    }

    /// Whether two paragraphs carry footnotes of the same texts, in order, sub-paragraphs included: a paragraph
    /// whose words stay but whose footnote goes (or comes) is not kept unchanged.
    private static func sameNotes(_ oldDraft: Draft, _ old: Int, _ newDraft: Draft, _ new: Int) -> Bool {
        func notes(_ draft: Draft, _ index: Int) -> [String] {
            let block = draft.blocks[index]
            return (block.footnoteAnchors + block.subparagraphs.flatMap(\.footnoteAnchors)).map { draft.footnote(id: $0.footnoteID)?.text ?? "" }
        }
        return notes(oldDraft, old) == notes(newDraft, new)
    }

    private static func closestHeadings(to heading: String, in base: Draft, sections: [BaseSection]) -> [String] {
        let key = HeadingKey.of(heading)
        return sections.map { base.blocks[$0.heading].text }
            .sorted { HeadingKey.closeness(HeadingKey.of($0), key) > HeadingKey.closeness(HeadingKey.of($1), key) }
            .prefix(3).map { $0 }
    }

    /// The last section under `section`'s heading, its own sub-sections included (deeper headings): a section
    /// placed after it goes after all of them.
    private static func lastOfSubtree(_ section: Int, _ sections: [BaseSection], _ base: Draft) -> Int {
        let level = base.blocks[sections[section].heading].level
        var last = section
        while last + 1 < sections.count, base.blocks[sections[last + 1].heading].level > level { last += 1 }
        return last
    }

    /// How a section was found, in the report's words: "heading", "a similar heading", "content", "--place".
    private static func foundBy(_ method: FragmentPlacement.Method) -> String {
        switch method {
        case .similarHeading: "a similar heading"
        case .assigned: "--place"
        default: method.rawValue
        }
    }

    /// Two fragments on one section conflict unless their texts are the same.
    private func admit(_ entry: Incoming, into entries: inout [Incoming], heading: String,
                       repeated: inout [RepeatedSection]) throws(MergeError) {
        guard let existing = entries.first else { entries.append(entry); return }
        if existing.content.map(\.text) == entry.content.map(\.text)
            && existing.content.map({ $0.subparagraphs.map(\.text) }) == entry.content.map({ $0.subparagraphs.map(\.text) }) {
            repeated.append(RepeatedSection(fragment: entry.fragment.source.path, heading: heading,
                                            placedFrom: existing.fragment.source.path))
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
    /// Content index → (base block index, unchanged?) for paragraphs the fragment alignment paired.
    var pairs: [Int: (base: Int, unchanged: Bool)]
}
