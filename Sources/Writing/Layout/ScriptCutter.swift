import DraftModel
import WordDiff

/// Turns a word-level edit script into redline segments: footnote reference marks placed at their
/// anchors, and the script cut into pieces at paragraph boundaries (for split and merged entries,
/// whose texts are joined with "\n").
struct ScriptCutter {
    /// A footnote mark at a scalar offset of the joined old or new text.
    struct Mark {
        var offset: Int
        var id: String
    }

    /// Which side's "\n" at `boundaries` ends a piece.
    enum BoundarySide { case old, new }

    var oldMarks: [Mark]
    var newMarks: [Mark]
    /// New footnote id → old footnote id, for footnotes kept across the versions.
    var pairs: [String: String]
    var boundaries: Set<Int> = []
    var boundarySide: BoundarySide = .new

    /// The pieces: one more than the boundaries met. Text is carried over in runs between the
    /// places where something happens (a footnote mark, a paragraph boundary), not scalar by scalar.
    func cut(_ script: [WordChange]) -> [[RedlineSegment]] {
        let oldIDs = Set(oldMarks.map(\.id))
        let keptOld = Set(newMarks.compactMap { pairs[$0.id] }.filter { oldIDs.contains($0) })
        var state = CutState()
        for change in script {
            let onOld = change.operation != .insert
            let onNew = change.operation != .delete
            let scalars = change.text.unicodeScalars
            if let length = quietLength(of: change.text, onOld: onOld, onNew: onNew, state: state) {
                // Nothing happens inside this change: its text is one run.
                state.append(scalars[...], change.operation)
                if onOld { state.oldOffset += length }
                if onNew { state.newOffset += length }
                continue
            }
            var runStart = scalars.startIndex
            var index = runStart
            while index != scalars.endIndex {
                let oldDue = onOld && state.nextOld < oldMarks.count && oldMarks[state.nextOld].offset <= state.oldOffset
                let newDue = onNew && state.nextNew < newMarks.count && newMarks[state.nextNew].offset <= state.newOffset
                if oldDue || newDue {
                    state.append(scalars[runStart..<index], change.operation)
                    runStart = index
                    if onOld { emitOldMarks(upTo: state.oldOffset, kept: keptOld, into: &state) }
                    if onNew { emitNewMarks(upTo: state.newOffset, oldIDs: oldIDs, into: &state) }
                }
                let boundaryOffset = boundarySide == .old ? (onOld ? state.oldOffset : nil) : (onNew ? state.newOffset : nil)
                if onOld { state.oldOffset += 1 }
                if onNew { state.newOffset += 1 }
                let next = scalars.index(after: index)
                if scalars[index] == "\n", let boundaryOffset, boundaries.contains(boundaryOffset) {
                    state.append(scalars[runStart..<index], change.operation)
                    state.endPiece()
                    runStart = next
                }
                index = next
            }
            state.append(scalars[runStart..<index], change.operation)
        }
        emitOldMarks(upTo: Int.max, kept: keptOld, into: &state)
        emitNewMarks(upTo: Int.max, oldIDs: oldIDs, into: &state)
        state.endPiece()
        return state.pieces
    }

    /// The length in scalars of a change's text when no mark falls inside it and no boundary can
    /// (it holds no "\n" or there are no boundaries); nil otherwise.
    private func quietLength(of text: String, onOld: Bool, onNew: Bool, state: CutState) -> Int? {
        var length = 0
        for byte in text.utf8 {
            if byte == 0x0A, !boundaries.isEmpty { return nil }
            if byte & 0xC0 != 0x80 { length += 1 }
        }
        if onOld, state.nextOld < oldMarks.count, oldMarks[state.nextOld].offset < state.oldOffset + length { return nil }
        if onNew, state.nextNew < newMarks.count, newMarks[state.nextNew].offset < state.newOffset + length { return nil }
        return length
    }

    private func emitOldMarks(upTo offset: Int, kept: Set<String>, into state: inout CutState) {
        while state.nextOld < oldMarks.count, oldMarks[state.nextOld].offset <= offset {
            let mark = oldMarks[state.nextOld]
            state.nextOld += 1
            if !kept.contains(mark.id) {
                state.appendSegment(.footnote(.delete, FootnoteReference(oldID: mark.id, newID: nil)))
            }
        }
    }

    private func emitNewMarks(upTo offset: Int, oldIDs: Set<String>, into state: inout CutState) {
        while state.nextNew < newMarks.count, newMarks[state.nextNew].offset <= offset {
            let mark = newMarks[state.nextNew]
            state.nextNew += 1
            if let old = pairs[mark.id], oldIDs.contains(old) {
                state.appendSegment(.footnote(.equal, FootnoteReference(oldID: old, newID: mark.id)))
            } else {
                state.appendSegment(.footnote(.insert, FootnoteReference(oldID: nil, newID: mark.id)))
            }
        }
    }
}

/// The walk's position and output so far.
private struct CutState {
    var oldOffset = 0
    var newOffset = 0
    var nextOld = 0
    var nextNew = 0
    var pieces: [[RedlineSegment]] = []
    var current: [RedlineSegment] = []
    var pendingText = ""
    var pendingOperation: WordChange.Operation = .equal

    /// A run of one change's text; runs of the same operation make one segment.
    mutating func append(_ run: Substring.UnicodeScalarView, _ operation: WordChange.Operation) {
        guard !run.isEmpty else { return }
        if operation != pendingOperation { flushText() }
        pendingOperation = operation
        pendingText += Substring(run)
    }

    mutating func appendSegment(_ segment: RedlineSegment) {
        flushText()
        current.append(segment)
    }

    mutating func endPiece() {
        flushText()
        pieces.append(current)
        current = []
    }

    private mutating func flushText() {
        guard !pendingText.isEmpty else { return }
        current.append(.text(pendingOperation, pendingText))
        pendingText = ""
    }
}

extension ScriptCutter {
    /// The footnote marks of several blocks whose texts are joined with "\n", at joined offsets.
    static func marks(of blocks: [Block]) -> [Mark] {
        var marks: [Mark] = []
        var base = 0
        for (index, block) in blocks.enumerated() {
            for anchor in block.footnoteAnchors.sorted(by: { $0.offset < $1.offset }) {
                marks.append(Mark(offset: base + anchor.offset, id: anchor.footnoteID))
            }
            // Only a later block's marks need this one's length (most entries hold one block).
            if index < blocks.count - 1 { base += block.text.unicodeScalars.count + 1 }
        }
        return marks
    }

    /// The offsets of the "\n" that join several blocks' texts.
    static func joins(of blocks: [Block]) -> Set<Int> {
        var joins: Set<Int> = []
        var base = 0
        for block in blocks.dropLast() {
            base += block.text.unicodeScalars.count
            joins.insert(base)
            base += 1
        }
        return joins
    }
}
