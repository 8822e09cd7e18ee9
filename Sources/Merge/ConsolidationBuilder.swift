import DraftModel
import DraftAlignment

/// Assembles the consolidated draft block by block, remembering where each came from, then
/// renumbers it and rewrites its cross-references.
struct ConsolidationBuilder {
    let base: Draft
    let options: MergeOptions

    private var blocks: [Block] = []
    private var provenance: [Provenance] = []
    /// Output index → the base label that paragraph now carries on (kept, or replaced by its new version).
    private var continues: [Int: String] = [:]
    private var sections: [PlacedSection] = []
    /// (section, change) → output index, to fill in new labels after renumbering.
    private var changeTargets: [(section: Int, change: Int, output: Int)] = []

    init(base: Draft, options: MergeOptions) {
        self.base = base
        self.options = options
    }

    /// Keeps base blocks as they are.
    mutating func keep(base range: Range<Int>) {
        for index in range { emitBase(index) }
    }

    /// Puts fragment sections on a base section, by the merge mode.
    mutating func place(_ entries: [Incoming], on section: BaseSection) {
        let level = base.blocks[section.heading].level
        let baseContent = Array(section.content)
        for (order, entry) in entries.enumerated() {
            let content = entry.content.map { Self.leveled($0, under: level) }
            let mode = order == 0 ? options.mode : .append
            var placed = PlacedSection(fragment: entry.fragment.source.path, fragmentHeading: entry.heading.text,
                                       baseHeading: base.blocks[section.heading].text, foundBy: entry.foundBy,
                                       mode: options.mode, conflicting: entries.count > 1, changes: [])
            sections.append(placed)
            let pairs = order == 0 ? entry.pairs : [:]
            switch mode {
            case .replace:
                for (index, block) in content.enumerated() {
                    emitFragment(block, from: entry, continuing: pairs[index].map { base.blocks[$0.base].label } ?? nil,
                                 change: pairs[index].map { ($0.unchanged ? .keptUnchanged : .modified, base.blocks[$0.base].label) } ?? (.added, nil))
                }
                let paired = Set(pairs.values.map(\.base))
                for index in baseContent where !paired.contains(index) && base.blocks[index].kind == .paragraph {
                    placed.changes.append(SectionChange(kind: .replaced, baseLabel: base.blocks[index].label, fragmentLabel: nil, newLabel: nil))
                }
            case .update:
                for slot in UpdateOrder.slots(baseCount: baseContent.count, fragmentCount: content.count, pairs: pairs.mapValues { $0.base - section.content.lowerBound }) {
                    switch slot {
                    case .base(let offset):
                        emitBase(baseContent[offset], change: .kept)
                    case .fragment(let index):
                        emitFragment(content[index], from: entry, continuing: pairs[index].map { base.blocks[$0.base].label } ?? nil,
                                     change: pairs[index].map { ($0.unchanged ? .keptUnchanged : .modified, base.blocks[$0.base].label) } ?? (.added, nil))
                    }
                }
            case .append:
                if order == 0 { for index in baseContent { emitBase(index, change: .kept) } }
                for block in content { emitFragment(block, from: entry, continuing: nil, change: (.added, nil)) }
            }
            sections[sections.count - 1].changes += placed.changes
        }
        if entries.isEmpty { keep(base: section.content) }
    }

    /// Adds a fragment section as a new section right after a base section, at the level of `sibling` (the
    /// heading it was placed after), printed as its siblings are when they are numbered by Word.
    mutating func add(_ entry: Incoming, after section: BaseSection, sibling: Int) {
        var heading = entry.heading
        heading.level = base.blocks[sibling].level
        if heading.label == nil, heading.printedLabel == nil { heading.printedLabel = base.blocks[sibling].printedLabel }
        sections.append(PlacedSection(fragment: entry.fragment.source.path, fragmentHeading: entry.heading.text,
                                      baseHeading: base.blocks[sibling].text, foundBy: entry.foundBy, standsAfter: true,
                                      mode: .append, conflicting: false, changes: []))
        blocks.append(heading)
        provenance.append(.fragment(file: entry.fragment.source.path, section: entry.heading.text, label: nil))
        for block in entry.content { emitFragment(Self.leveled(block, under: heading.level), from: entry, continuing: nil, change: (.added, nil)) }
    }

    /// Renumbers, rewrites references, and fills in the report's new labels.
    mutating func finish(fragments: [Draft]) -> Consolidation {
        let sources = base.footnotes.map { ($0.id, $0) } + fragments.flatMap { $0.footnotes.map { ($0.id, $0) } }
        let footnotes = Renumbering.apply(blocks: &blocks, footnotes: sources)
        var renumbering: [String: String] = [:]
        for (output, label) in continues { if let new = blocks[output].label { renumbering[label] = new } }
        let rewriter = ReferenceRewriter(renumbering: renumbering)
        var rewritten: [RewrittenReference] = []
        var flagged: [FlaggedReference] = []
        for index in blocks.indices {
            let top = rewriter.rewrite(blocks[index], at: BlockPath(index: index))
            blocks[index] = top.block
            rewritten += top.rewritten
            flagged += top.flagged
            for sub in blocks[index].subparagraphs.indices {
                let result = rewriter.rewrite(blocks[index].subparagraphs[sub], at: BlockPath(index: index, subparagraph: sub))
                blocks[index].subparagraphs[sub] = result.block
                rewritten += result.rewritten
                flagged += result.flagged
            }
        }
        // References in footnotes too, said to be in the footnote of the paragraph its mark stands in.
        var notes = footnotes
        var marks: [String: BlockPath] = [:]
        Draft(source: base.source, blocks: blocks).forEachFootnoteAnchor { anchor, path in
            if marks[anchor.footnoteID] == nil { marks[anchor.footnoteID] = path }
        }
        for index in notes.indices {
            guard let path = marks[notes[index].id] else { continue }
            let result = rewriter.rewrite(Block(kind: .paragraph, text: notes[index].text), at: path)
            notes[index].text = result.block.text
            let number = notes[index].number
            rewritten += result.rewritten.map { var reference = $0; reference.footnote = number; return reference }
            flagged += result.flagged.map { var reference = $0; reference.footnote = number; return reference }
        }
        for target in changeTargets { sections[target.section].changes[target.change].newLabel = blocks[target.output].label }
        let draft = Draft(source: DraftSource(path: base.source.path, format: .memory), blocks: blocks,
                          footnotes: notes, metadata: base.metadata)
        return Consolidation(draft: draft, provenance: provenance, sections: sections,
                             rewrittenReferences: rewritten, flaggedReferences: flagged)
    }

    // MARK: - Emitting

    private mutating func emitBase(_ index: Int, change: SectionChange.Kind? = nil) {
        let block = base.blocks[index]
        if block.kind == .paragraph, let label = block.label { continues[blocks.count] = label }
        if let change, block.kind == .paragraph { record(SectionChange(kind: change, baseLabel: block.label, fragmentLabel: nil, newLabel: nil)) }
        blocks.append(block)
        provenance.append(.base(label: block.label))
    }

    private mutating func emitFragment(_ block: Block, from entry: Incoming, continuing label: String?,
                                       change: (kind: SectionChange.Kind, baseLabel: String?)) {
        if let label { continues[blocks.count] = label }
        if block.kind == .paragraph {
            record(SectionChange(kind: change.kind, baseLabel: change.baseLabel, fragmentLabel: block.label, newLabel: nil))
        }
        blocks.append(block)
        provenance.append(.fragment(file: entry.fragment.source.path, section: entry.heading.text, label: block.label))
    }

    private mutating func record(_ change: SectionChange) {
        guard !sections.isEmpty else { return }
        sections[sections.count - 1].changes.append(change)
        changeTargets.append((sections.count - 1, sections[sections.count - 1].changes.count - 1, blocks.count))
    }

    static func leveled(_ block: Block, under headingLevel: Int) -> Block {
        var block = block
        block.level = headingLevel + 1
        for index in block.subparagraphs.indices { block.subparagraphs[index].level = headingLevel + 2 }
        return block
    }
}

/// The order of a section in update mode: base paragraphs in place, each replaced by its fragment
/// counterpart, and new fragment paragraphs right after the fragment paragraph before them.
enum UpdateOrder {
    enum Slot: Equatable { case base(Int), fragment(Int) }

    static func slots(baseCount: Int, fragmentCount: Int, pairs: [Int: Int]) -> [Slot] {
        let baseToFragment = Dictionary(pairs.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
        var slots: [Slot] = (0..<baseCount).map { baseToFragment[$0].map(Slot.fragment) ?? .base($0) }
        for index in 0..<fragmentCount where pairs[index] == nil {
            if let previous = slots.lastIndex(where: { if case .fragment(let j) = $0 { return j < index } else { return false } }) {
                slots.insert(.fragment(index), at: previous + 1)
            } else if let next = slots.firstIndex(where: { if case .fragment(let j) = $0 { return j > index } else { return false } }) {
                slots.insert(.fragment(index), at: next)
            } else {
                slots.append(.fragment(index))
            }
        }
        return slots
    }
}
