import DraftDiff

/// A revision of a real draft made by rule, with its alignment known by construction: word edits,
/// deletions, insertions, a split, a merge, a move to another section, and every operative paragraph
/// renumbered 1…N. Used to check the redline writers on real text (tables, footnotes, sub-paragraphs).
struct GeneratedRevision {
    var old: Draft
    private var blocks: [Block] = []
    private var entries: [AlignmentEntry] = []

    init(of old: Draft) {
        self.old = old
    }

    /// The alignment of `old` with its revision.
    static func alignment(of old: Draft) -> Alignment {
        var generator = GeneratedRevision(of: old)
        return generator.make()
    }

    private mutating func make() -> Alignment {
        let moving = old.blocks.indices.first { $0 > 40 && isPlain($0) && old.blocks[$0].footnoteAnchors.isEmpty }
        var pendingMove: (at: Int, block: Block)?
        var index = 0
        while index < old.blocks.count {
            let block = old.blocks[index]
            if let move = pendingMove, index == move.at {
                add(.moved, old: [BlockPath(index: moving!)], blocks: [move.block], changes: [WordChange(.equal, move.block.text)])
                pendingMove = nil
            }
            if index == moving {
                pendingMove = (index + 25, block)
                index += 1
                continue
            }
            guard isPlain(index) else {
                keep(index)
                index += 1
                continue
            }
            switch index % 13 {
            case 2: edit(index)
            case 5: add(.deleted, old: [BlockPath(index: index)], blocks: [])
            case 7:
                add(.inserted, old: [], blocks: [Block(kind: .paragraph, label: "0", text: "D’ajouter un paragraphe nouveau (\(index)) & <essai>.", level: block.level)])
                keep(index)
            case 9 where split(index): break
            case 11 where index + 1 < old.blocks.count && isPlain(index + 1) && old.blocks[index + 1].footnoteAnchors.isEmpty:
                merge(index)
                index += 1
            default: keep(index)
            }
            index += 1
        }
        if let move = pendingMove {
            add(.moved, old: [BlockPath(index: moving!)], blocks: [move.block], changes: [WordChange(.equal, move.block.text)])
        }
        var new = Draft(source: DraftSource(path: old.source.path + ".revised", format: .memory), blocks: blocks, footnotes: [])
        renumber(&new)
        let kept = Set(new.flattened.flatMap { $0.block.footnoteAnchors.map(\.footnoteID) })
        let order = new.flattened.flatMap { $0.block.footnoteAnchors.map(\.footnoteID) }
        new.footnotes = order.compactMap { id in old.footnote(id: id) }
        let footnotes = old.footnotes.map { note in
            FootnoteAlignment(old: note.id, new: kept.contains(note.id) ? note.id : nil, changes: [WordChange(.equal, note.text)])
        }
        return Alignment(old: old, new: new, entries: entries, footnotes: footnotes)
    }

    private func isPlain(_ index: Int) -> Bool {
        let block = old.blocks[index]
        return block.kind == .paragraph && block.subparagraphs.isEmpty && block.table == nil && block.text.count > 40
    }

    private mutating func add(_ kind: AlignmentKind, old paths: [BlockPath], blocks added: [Block], changes: [WordChange] = []) {
        let first = blocks.count
        blocks += added
        entries.append(AlignmentEntry(
            kind: kind, old: paths, new: added.indices.map { BlockPath(index: first + $0) },
            similarity: kind == .inserted || kind == .deleted ? 0 : 0.9, changes: changes))
    }

    private mutating func keep(_ index: Int) {
        let block = old.blocks[index]
        add(.unchanged, old: [BlockPath(index: index)], blocks: [block], changes: [WordChange(.equal, block.text)])
        for sub in block.subparagraphs.indices {
            entries.append(AlignmentEntry(
                kind: .unchanged, old: [BlockPath(index: index, subparagraph: sub)],
                new: [BlockPath(index: blocks.count - 1, subparagraph: sub)], similarity: 1,
                changes: [WordChange(.equal, block.subparagraphs[sub].text)]))
        }
    }

    /// Replaces the fourth word with two new ones.
    private mutating func edit(_ index: Int) {
        var block = old.blocks[index]
        let words = block.text.split(separator: " ", omittingEmptySubsequences: false)
        guard words.count > 6 else { return keep(index) }
        let before = words[..<3].joined(separator: " ") + " "
        let removed = String(words[3])
        let after = " " + words[4...].joined(separator: " ")
        block.text = before + "NOUVEAU texte" + after
        let delta = "NOUVEAU texte".unicodeScalars.count - removed.unicodeScalars.count
        block.footnoteAnchors = block.footnoteAnchors.map {
            FootnoteAnchor(footnoteID: $0.footnoteID, offset: $0.offset >= before.unicodeScalars.count ? $0.offset + delta : $0.offset)
        }
        add(.modified, old: [BlockPath(index: index)], blocks: [block],
            changes: [WordChange(.equal, before), WordChange(.delete, removed), WordChange(.insert, "NOUVEAU texte"), WordChange(.equal, after)])
    }

    /// Splits after the first ", " into two paragraphs.
    private mutating func split(_ index: Int) -> Bool {
        let block = old.blocks[index]
        guard block.footnoteAnchors.isEmpty, let comma = block.text.range(of: ", ") else { return false }
        let first = String(block.text[..<comma.lowerBound]) + ","
        let second = String(block.text[comma.upperBound...])
        var a = block, b = block
        a.text = first
        b.text = second
        add(.split, old: [BlockPath(index: index)], blocks: [a, b],
            changes: [WordChange(.equal, first), WordChange(.delete, " "), WordChange(.insert, "\n"), WordChange(.equal, second)])
        return true
    }

    /// Merges a paragraph with the next one.
    private mutating func merge(_ index: Int) {
        let a = old.blocks[index], b = old.blocks[index + 1]
        var merged = a
        merged.text = a.text + " " + b.text
        add(.merged, old: [BlockPath(index: index), BlockPath(index: index + 1)], blocks: [merged],
            changes: [WordChange(.equal, a.text), WordChange(.delete, "\n"), WordChange(.insert, " "), WordChange(.equal, b.text)])
    }

    /// Operative paragraphs numbered 1…N; renumbered pairs flagged.
    private mutating func renumber(_ new: inout Draft) {
        var number = 0
        for index in new.blocks.indices where new.blocks[index].kind == .paragraph {
            number += 1
            new.blocks[index].label = String(number)
        }
        for index in entries.indices {
            guard entries[index].old.count == 1, entries[index].new.count == 1,
                  let oldLabel = old[entries[index].old[0]].label, let newLabel = new[entries[index].new[0]].label,
                  oldLabel != newLabel else { continue }
            entries[index].renumbered = Renumbering(oldLabel: oldLabel, newLabel: newLabel)
        }
    }
}
