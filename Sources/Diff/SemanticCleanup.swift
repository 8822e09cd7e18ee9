/// Removes equalities too small to be worth showing between changes, the way diff-match-patch's
/// `diff_cleanupSemantic` does: an equal run no longer than the changes on both of its sides
/// becomes a deletion plus an insertion, so a redline never alternates tiny equal fragments.
///
/// ```swift
/// // "le Conseil permanent" → "la Commission spéciale": the lone " " between the changes is absorbed.
/// let cleaned = SemanticCleanup.apply(edits, length: { $0.new.count })
/// ```
public enum SemanticCleanup {
    /// The cleaned-up script; `length` gives an edit's size as text (a deletion's in the old text,
    /// an insertion's or an equality's in the new).
    public static func apply(_ script: [TokenEdit], length: (TokenEdit) -> Int) -> [TokenEdit] {
        var edits = TokenEdit.consolidated(script)
        var changed = false
        var equalities: [Int] = []
        var lastEquality: Int?
        var (insertedBefore, deletedBefore, insertedAfter, deletedAfter) = (0, 0, 0, 0)
        var pointer = 0
        while pointer < edits.count {
            let edit = edits[pointer]
            if edit.operation == .equal {
                equalities.append(pointer)
                (insertedBefore, deletedBefore) = (insertedAfter, deletedAfter)
                (insertedAfter, deletedAfter) = (0, 0)
                lastEquality = length(edit)
            } else {
                if edit.operation == .insert { insertedAfter += length(edit) } else { deletedAfter += length(edit) }
                if let size = lastEquality, let position = equalities.last,
                   size <= max(insertedBefore, deletedBefore), size <= max(insertedAfter, deletedAfter) {
                    let equal = edits[position]
                    edits[position] = TokenEdit(.delete, old: equal.old, new: equal.new.lowerBound..<equal.new.lowerBound)
                    edits.insert(TokenEdit(.insert, old: equal.old.upperBound..<equal.old.upperBound, new: equal.new), at: position + 1)
                    equalities.removeLast()
                    if !equalities.isEmpty { equalities.removeLast() }
                    pointer = equalities.last ?? -1
                    (insertedBefore, deletedBefore, insertedAfter, deletedAfter) = (0, 0, 0, 0)
                    lastEquality = nil
                    changed = true
                }
            }
            pointer += 1
        }
        return changed ? TokenEdit.consolidated(edits) : edits
    }
}
