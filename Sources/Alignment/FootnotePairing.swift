import DraftModel
import UTF8Text
import WordDiff

/// Pairs the footnotes of two drafts: first through the blocks they annotate (in a pair of blocks, notes of
/// equal text, then the n-th of those left in the old block with the n-th in the new), then by equal text
/// among those left; the rest were added or removed.
enum FootnotePairing {
    /// With `onlyAnchoredIn`, only the footnotes anchored in those entries' blocks are considered (fragment mode).
    static func pair(
        _ entries: [AlignmentEntry], old: Draft, new: Draft, ignoreCase: Bool, onlyAnchoredIn scope: [AlignmentEntry]? = nil
    ) -> [FootnoteAlignment] {
        let oldNotes = scope.map { notes(of: old, anchoredIn: $0.flatMap(\.old)) } ?? old.footnotes
        let newNotes = scope.map { notes(of: new, anchoredIn: $0.flatMap(\.new)) } ?? new.footnotes
        var pairs: [(old: String?, new: String?)] = []
        var usedOld = Set<String>(), usedNew = Set<String>()
        // Each draft's footnotes by id (the first of an id, as `Draft.footnote(id:)` finds it).
        let oldByID = Dictionary(old.footnotes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newByID = Dictionary(new.footnotes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Most blocks have no footnote: nothing to pair, nothing to build. Which do is looked up once per
        // draft, block by block in place; entries are read in place too (a copy retains all its lists).
        let oldAnchored = anchoredBlocks(old), newAnchored = anchoredBlocks(new)
        var oldKeys: [String: String] = [:], newKeys: [String: String] = [:]
        for index in entries.indices where !old.footnotes.isEmpty && !new.footnotes.isEmpty {
            guard entries[index].old.contains(where: { oldAnchored[$0.index] && !old[$0].footnoteAnchors.isEmpty }),
                  entries[index].new.contains(where: { newAnchored[$0.index] && !new[$0].footnoteAnchors.isEmpty })
            else { continue }
            var oldIDs = entries[index].old.flatMap { old[$0].footnoteAnchors.map(\.footnoteID) }.filter { oldByID[$0] != nil && !usedOld.contains($0) }
            var newIDs = entries[index].new.flatMap { new[$0].footnoteAnchors.map(\.footnoteID) }.filter { newByID[$0] != nil && !usedNew.contains($0) }
            // A note removed before another that stays: the one that stays pairs with its own text.
            for a in oldIDs {
                let oldKey = key(of: a, in: oldByID, made: &oldKeys)
                guard let b = newIDs.firstIndex(where: { key(of: $0, in: newByID, made: &newKeys) == oldKey }) else { continue }
                usedOld.insert(a); usedNew.insert(newIDs[b])
                pairs.append((a, newIDs[b]))
                newIDs.remove(at: b)
            }
            oldIDs.removeAll { usedOld.contains($0) }
            for (a, b) in zip(oldIDs, newIDs) where !usedOld.contains(a) && !usedNew.contains(b) {
                usedOld.insert(a); usedNew.insert(b)
                pairs.append((a, b))
            }
        }
        var freeNew: [String: [String]] = [:]
        for note in newNotes where !usedNew.contains(note.id) { freeNew[key(note.text), default: []].append(note.id) }
        for note in oldNotes where !usedOld.contains(note.id) {
            let noteKey = key(note.text)
            if var candidates = freeNew[noteKey], !candidates.isEmpty {
                let match = candidates.removeFirst()
                freeNew[noteKey] = candidates
                usedOld.insert(note.id); usedNew.insert(match)
                pairs.append((note.id, match))
            } else {
                pairs.append((note.id, nil))
            }
        }
        for note in newNotes where !usedNew.contains(note.id) { pairs.append((nil, note.id)) }
        let places = MarkPlaces(entries, old: old, new: new)
        return pairs.map { pair in
            let oldText = pair.old.flatMap { oldByID[$0]?.text } ?? ""
            let newText = pair.new.flatMap { newByID[$0]?.text } ?? ""
            let changes = pair.old == nil || pair.new == nil
                ? [] : EditScript.changes(from: oldText, to: newText, ignoreCase: ignoreCase)
            let moved = pair.old.flatMap { a in pair.new.map { b in places.moved(a, b) } } ?? false
            let reworded = changes.hasChanges
                && TokenVocabulary.comparisonForm(oldText, ignoreCase: ignoreCase) != TokenVocabulary.comparisonForm(newText, ignoreCase: ignoreCase)
            return FootnoteAlignment(old: pair.old, new: pair.new, changes: changes, moved: moved, reworded: reworded)
        }
    }

    /// A note's text with each run of white space made one space and none at either end: notes that differ
    /// only there are the same note. Read byte by byte, a scalar decoded only where it is not ASCII (splitting
    /// into `Character`s and joining the words, or appending scalar by scalar, cost a tenth of a small comparison).
    static func key(_ text: String) -> String {
        text.withUTF8Bytes { bytes in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var spaceBefore = false
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                let length: Int, isSpace: Bool
                if lead < 0x80 {
                    (length, isSpace) = (1, lead == 0x20 || (0x09...0x0D).contains(lead))
                } else {
                    let (scalar, scalarLength) = UTF8Bytes.scalar(at: index, in: bytes)
                    (length, isSpace) = (scalarLength, ScalarLookup.isWhitespace(scalar))
                }
                if isSpace {
                    spaceBefore = !result.isEmpty
                } else {
                    if spaceBefore { result.append(0x20) }
                    spaceBefore = false
                    result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]))
                }
                index += length
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// The key of note `id` of `notes`, made once and kept in `made`.
    private static func key(of id: String, in notes: [String: Footnote], made: inout [String: String]) -> String {
        if let known = made[id] { return known }
        let key = key(notes[id]!.text)
        made[id] = key
        return key
    }

    /// Where each footnote's mark stands: its block, the entry that block is in, and its offset; so that a
    /// footnote whose mark went to a paragraph not paired with its old one, or to another place in a paragraph
    /// whose words are the same, is told apart from one that stayed.
    private struct MarkPlaces {
        var old: [String: (path: BlockPath, entry: Int?, offset: Int)] = [:]
        var new: [String: (path: BlockPath, entry: Int?, offset: Int)] = [:]
        /// The entries whose blocks' words did not change.
        var sameWords: Set<Int> = []

        init(_ entries: [AlignmentEntry], old oldDraft: Draft, new newDraft: Draft) {
            func record(_ draft: Draft, into places: inout [String: (path: BlockPath, entry: Int?, offset: Int)]) {
                draft.forEachFootnoteAnchor { anchor, path in
                    if places[anchor.footnoteID] == nil { places[anchor.footnoteID] = (path, nil, anchor.offset) }
                }
            }
            record(oldDraft, into: &old)
            record(newDraft, into: &new)
            guard !old.isEmpty, !new.isEmpty else { return }
            // Only the blocks with marks are looked up among the entries' (a draft has a few dozen notes), told
            // by their index first.
            let oldMarked = Set(old.values.map(\.path)), newMarked = Set(new.values.map(\.path))
            var oldBlocks = [Bool](repeating: false, count: oldDraft.blocks.count), newBlocks = [Bool](repeating: false, count: newDraft.blocks.count)
            for path in oldMarked { oldBlocks[path.index] = true }
            for path in newMarked { newBlocks[path.index] = true }
            var oldEntry: [BlockPath: Int] = [:], newEntry: [BlockPath: Int] = [:]
            for index in entries.indices {
                var marked = false
                for path in entries[index].old where oldBlocks[path.index] && oldMarked.contains(path) { oldEntry[path] = index; marked = true }
                for path in entries[index].new where newBlocks[path.index] && newMarked.contains(path) { newEntry[path] = index; marked = true }
                if marked, entries[index].old.count == 1, entries[index].new.count == 1, !entries[index].changes.hasChanges {
                    sameWords.insert(index)
                }
            }
            for (id, place) in old { old[id]?.entry = oldEntry[place.path] }
            for (id, place) in new { new[id]?.entry = newEntry[place.path] }
        }

        func moved(_ oldID: String, _ newID: String) -> Bool {
            guard let a = old[oldID], let b = new[newID] else { return false }
            guard let entry = a.entry, entry == b.entry else { return true }
            return sameWords.contains(entry) && a.offset != b.offset
        }
    }

    /// For each block of `draft`, whether it or one of its sub-paragraphs holds a footnote mark.
    private static func anchoredBlocks(_ draft: Draft) -> [Bool] {
        draft.blocks.indices.map { index in
            !draft.blocks[index].footnoteAnchors.isEmpty
                || draft.blocks[index].subparagraphs.contains { !$0.footnoteAnchors.isEmpty }
        }
    }

    /// The footnotes of `draft` whose marks stand in the blocks at `paths`.
    private static func notes(of draft: Draft, anchoredIn paths: [BlockPath]) -> [Footnote] {
        let ids = Set(paths.flatMap { draft[$0].footnoteAnchors.map(\.footnoteID) })
        return draft.footnotes.filter { ids.contains($0.id) }
    }
}
