import DraftModel
import DraftAlignment
import WordDiff

/// An alignment laid out for reading: the paragraphs of the redline in reading order, each with its
/// text as an edit script and its footnote marks in place. The single input of every redline writer.
///
/// ```swift
/// let document = RedlineDocument(alignment)
/// for paragraph in document.paragraphs { print(paragraph.kind, paragraph.segments.text(old: false)) }
/// ```
public struct RedlineDocument: Sendable, Hashable {
    /// What was compared.
    public var alignment: Alignment
    /// The paragraphs in reading order.
    public var paragraphs: [RedlineParagraph]
    /// New footnote id → old footnote id, for footnotes kept across the versions.
    let footnotePairs: [String: String]

    /// Lays out a comparison.
    public init(_ alignment: Alignment) {
        self.alignment = alignment
        self.footnotePairs = Self.pairs(alignment)
        self.paragraphs = []
        // The entries are laid out in two halves on two threads, each entry on its own.
        let layout = self
        let middle = alignment.entries.count / 2
        let (first, second) = sideBySide(
            { layout.layOut(entries: 0..<middle) },
            { layout.layOut(entries: middle..<alignment.entries.count) })
        self.paragraphs = Self.placing(first.sources + second.sources, among: first.inPlace + second.inPlace, entries: alignment.entries)
    }

    /// The paragraphs of some entries where they stand in the new version, and the old places of their moves.
    private func layOut(entries range: Range<Int>) -> (inPlace: [RedlineParagraph], sources: [RedlineParagraph]) {
        var inPlace: [RedlineParagraph] = []
        var sources: [RedlineParagraph] = []
        for index in range {
            let entry = alignment.entries[index]
            inPlace += layOut(entry, index: index)
            if entry.kind == .moved, !entry.old.isEmpty { sources.append(moveSource(entry, index: index)) }
        }
        return (inPlace, sources)
    }

    /// Lays out a single draft with no changes: what a plain document writer renders.
    public init(draft: Draft) {
        let entries = draft.flattened.map { item in
            AlignmentEntry(kind: .unchanged, old: [item.path], new: [item.path], similarity: 1,
                           changes: [WordChange(.equal, item.block.text)])
        }
        let footnotes = draft.footnotes.map {
            FootnoteAlignment(old: $0.id, new: $0.id, changes: [WordChange(.equal, $0.text)])
        }
        self.init(Alignment(old: draft, new: draft, entries: entries, footnotes: footnotes))
    }

    /// The edit script of a footnote's text as a reference mark shows it: its changes when kept,
    /// all inserted when new, all deleted when removed.
    public func footnoteScript(_ reference: FootnoteReference) -> [WordChange] {
        let old = reference.oldID.flatMap { alignment.old.footnote(id: $0)?.text }
        let new = reference.newID.flatMap { alignment.new.footnote(id: $0)?.text }
        switch (old, new) {
        case let (old?, new?):
            let given = alignment.footnotes.first { $0.old == reference.oldID && $0.new == reference.newID }?.changes ?? []
            return EditScript.checked(given, old: old, new: new)
        case let (nil, new?): return new.isEmpty ? [] : [WordChange(.insert, new)]
        case let (old?, nil): return old.isEmpty ? [] : [WordChange(.delete, old)]
        case (nil, nil): return []
        }
    }

    // MARK: - Laying out one entry

    private func layOut(_ entry: AlignmentEntry, index: Int) -> [RedlineParagraph] {
        let oldBlocks = entry.old.map { alignment.old[$0] }
        let newBlocks = entry.new.map { alignment.new[$0] }
        let oldText = oldBlocks.map(\.text).joined(separator: "\n")
        let newText = newBlocks.map(\.text).joined(separator: "\n")
        let script: [WordChange]
        switch entry.kind {
        case .inserted: script = newText.isEmpty ? [] : [WordChange(.insert, newText)]
        case .deleted: script = oldText.isEmpty ? [] : [WordChange(.delete, oldText)]
        default: script = EditScript.checked(entry.changes, old: oldText, new: newText)
        }
        let splitsNew = newBlocks.count > 1
        var cutter = ScriptCutter(
            oldMarks: ScriptCutter.marks(of: oldBlocks), newMarks: ScriptCutter.marks(of: newBlocks), pairs: footnotePairs)
        cutter.boundarySide = splitsNew ? .new : .old
        cutter.boundaries = ScriptCutter.joins(of: splitsNew ? newBlocks : oldBlocks)
        let pieces = cutter.cut(script)
        let place: RedlineParagraph.Place = entry.kind == .moved ? .moveDestination : .inPlace
        return pieces.enumerated().map { number, segments in
            let usesNew = !newBlocks.isEmpty
            let styleIndex = min(number, (usesNew ? newBlocks.count : oldBlocks.count) - 1)
            let isLast = number == pieces.count - 1
            let mark: WordChange.Operation
            switch entry.kind {
            case .inserted: mark = .insert
            case .deleted: mark = .delete
            default: mark = isLast ? .equal : (splitsNew ? .insert : .delete)
            }
            let oldIndex = min(number, max(oldBlocks.count - 1, 0))
            let newIndex = min(number, max(newBlocks.count - 1, 0))
            return RedlineParagraph(
                entryIndex: index, kind: entry.kind, place: place,
                block: usesNew ? newBlocks[styleIndex] : oldBlocks[styleIndex],
                path: usesNew ? entry.new[styleIndex] : entry.old[styleIndex], isOldBlock: !usesNew,
                oldLabel: oldBlocks.isEmpty ? nil : oldBlocks[oldIndex].label,
                newLabel: newBlocks.isEmpty ? nil : newBlocks[newIndex].label,
                segments: segments, mark: mark, piece: number, pieceCount: pieces.count,
                oldTable: place == .moveDestination ? nil : oldBlocks.first?.table, newTable: newBlocks.first?.table,
                oldBlock: oldBlocks.isEmpty ? nil : oldBlocks[oldIndex], oldPath: oldBlocks.isEmpty ? nil : entry.old[oldIndex])
        }
    }

    /// The old place of a moved paragraph: its old text, all of it moving away.
    private func moveSource(_ entry: AlignmentEntry, index: Int) -> RedlineParagraph {
        let oldBlocks = entry.old.map { alignment.old[$0] }
        let oldText = oldBlocks.map(\.text).joined(separator: "\n")
        let cutter = ScriptCutter(oldMarks: ScriptCutter.marks(of: oldBlocks), newMarks: [], pairs: [:])
        let segments = cutter.cut(oldText.isEmpty ? [] : [WordChange(.delete, oldText)]).flatMap { $0 }
        return RedlineParagraph(
            entryIndex: index, kind: .moved, place: .moveSource, block: oldBlocks[0], path: entry.old[0], isOldBlock: true,
            oldLabel: oldBlocks[0].label, newLabel: entry.new.first.map { alignment.new[$0].label } ?? nil,
            segments: segments, mark: .delete, piece: 0, pieceCount: 1, oldTable: oldBlocks[0].table, newTable: nil,
            oldBlock: oldBlocks[0], oldPath: entry.old[0])
    }

    // MARK: - Placing move sources where the old version had them

    /// Each move source goes right after the last paragraph before it in the old version (its old
    /// position below its own); sources that land after the same paragraph keep their old order.
    /// (Inserting them one by one after the last such paragraph, sources included, gives the same.)
    private static func placing(
        _ sources: [RedlineParagraph], among inPlace: [RedlineParagraph], entries: [AlignmentEntry]
    ) -> [RedlineParagraph] {
        guard !sources.isEmpty else { return inPlace }
        // The in-place paragraphs' old positions, sorted, with the largest index among those up to each.
        var positions: [(path: BlockPath, index: Int)] = inPlace.indices.compactMap { index in
            let paragraph = inPlace[index]
            switch paragraph.place {
            case .moveDestination, .moveSource: return nil
            case .inPlace: return entries[paragraph.entryIndex].old.max().map { ($0, index) }
            }
        }
        positions.sort { $0.path < $1.path }
        var lastIndex: [Int] = []
        lastIndex.reserveCapacity(positions.count)
        for position in positions { lastIndex.append(max(lastIndex.last ?? -1, position.index)) }
        var after: [Int: [RedlineParagraph]] = [:]
        for source in sources.sorted(by: { $0.path < $1.path }) {
            // How many old positions lie below the source's.
            var low = 0, high = positions.count
            while low < high {
                let middle = (low + high) / 2
                if positions[middle].path < source.path { low = middle + 1 } else { high = middle }
            }
            after[low == 0 ? -1 : lastIndex[low - 1], default: []].append(source)
        }
        var result = after[-1] ?? []
        result.reserveCapacity(inPlace.count + sources.count)
        for index in inPlace.indices {
            result.append(inPlace[index])
            result += after[index] ?? []
        }
        return result
    }

    /// Kept footnotes, from the alignment; footnotes it does not mention are paired by id.
    private static func pairs(_ alignment: Alignment) -> [String: String] {
        var pairs: [String: String] = [:]
        var mentioned: Set<String> = []
        for footnote in alignment.footnotes {
            if let new = footnote.new { mentioned.insert("n" + new) }
            if let old = footnote.old { mentioned.insert("o" + old) }
            if let old = footnote.old, let new = footnote.new { pairs[new] = old }
        }
        for footnote in alignment.new.footnotes
        where !mentioned.contains("n" + footnote.id) && !mentioned.contains("o" + footnote.id)
            && alignment.old.footnote(id: footnote.id) != nil {
            pairs[footnote.id] = footnote.id
        }
        return pairs
    }
}
