import Foundation
import UTF8Text

/// Word-level edit scripts between two texts, carrying the original text of both.
///
/// Applying the `equal` and `delete` runs gives the old text byte for byte, and the `equal` and
/// `insert` runs the new text. Tokens that compare equal only after normalisation (’ against ',
/// NBSP against a space) are not `equal` runs: they appear as a deletion of the old spelling and an
/// insertion of the new one, so both properties hold.
///
/// ```swift
/// var vocabulary = TokenVocabulary()
/// let old = vocabulary.tokenize("De demander au Conseil permanent")
/// let new = vocabulary.tokenize("De demander à la Commission")
/// let changes = EditScript.changes(from: old, to: new)
/// // equal "De demander ", delete "au Conseil permanent", insert "à la Commission"
/// ```
public enum EditScript {
    /// The cleaned-up token edits from `old` to `new` (tokens of one vocabulary).
    public static func edits(from old: TokenizedText, to new: TokenizedText) -> [TokenEdit] {
        let runs = SequenceDiff.matches(old.ids, new.ids)
        let raw = TokenEdit.script(from: runs, oldCount: old.ids.count, newCount: new.ids.count)
        return SemanticCleanup.apply(raw) { edit in
            edit.operation == .delete ? old.byteCount(edit.old) : new.byteCount(edit.new)
        }
    }

    /// The word-level changes from `old` to `new`, with their original text.
    public static func changes(from old: TokenizedText, to new: TokenizedText) -> [WordChange] {
        render(edits(from: old, to: new), old: old, new: new)
    }

    /// The word-level changes between two strings, tokenized with a vocabulary of their own.
    public static func changes(from old: String, to new: String, ignoreCase: Bool = false) -> [WordChange] {
        var vocabulary = TokenVocabulary(ignoreCase: ignoreCase)
        let oldText = vocabulary.tokenize(old)
        let newText = vocabulary.tokenize(new)
        return changes(from: oldText, to: newText)
    }

    /// Token edits as text. Equal runs whose spelling differs are split into exact equalities and
    /// deletion-plus-insertion of the differing tokens.
    public static func render(_ edits: [TokenEdit], old: TokenizedText, new: TokenizedText) -> [WordChange] {
        // Both texts' bytes borrowed once for the whole script: tokens are compared in place.
        old.withBytes { oldBytes in
            new.withBytes { newBytes in
                render(edits, old: TokenBytes(text: old, bytes: oldBytes), new: TokenBytes(text: new, bytes: newBytes))
            }
        }
    }

    private static func render(_ edits: [TokenEdit], old: TokenBytes, new: TokenBytes) -> [WordChange] {
        var builder = ChangeBuilder()
        for edit in edits {
            switch edit.operation {
            case .delete: builder.add(.delete, old.text(of: edit.old))
            case .insert: builder.add(.insert, new.text(of: edit.new))
            case .equal:
                var start = 0
                let count = edit.old.count
                while start < count {
                    let same = old.sameBytes(edit.old.lowerBound + start, as: new, edit.new.lowerBound + start)
                    var end = start + 1
                    while end < count,
                          old.sameBytes(edit.old.lowerBound + end, as: new, edit.new.lowerBound + end) == same { end += 1 }
                    let newRange = edit.new.lowerBound + start..<edit.new.lowerBound + end
                    if same {
                        builder.add(.equal, new.text(of: newRange))
                    } else {
                        builder.add(.delete, old.text(of: edit.old.lowerBound + start..<edit.old.lowerBound + end))
                        builder.add(.insert, new.text(of: newRange))
                    }
                    start = end
                }
            }
        }
        return builder.changes
    }
}

/// A tokenized text with its bytes borrowed: tokens compared and cut out without a borrow each.
private struct TokenBytes {
    let text: TokenizedText
    let bytes: UnsafeBufferPointer<UInt8>

    /// Whether token `index` has exactly the bytes of token `otherIndex` of `other`.
    func sameBytes(_ index: Int, as other: TokenBytes, _ otherIndex: Int) -> Bool {
        let mine = text.tokens[index].range, theirs = other.text.tokens[otherIndex].range
        return mine.count == theirs.count
            && memcmp(bytes.baseAddress! + mine.lowerBound, other.bytes.baseAddress! + theirs.lowerBound, mine.count) == 0
    }

    /// The exact text of tokens `range`.
    func text(of range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let span = text.tokens[range.lowerBound].range.lowerBound..<text.tokens[range.upperBound - 1].range.upperBound
        return String(repairingUTF8: UnsafeBufferPointer(rebasing: bytes[span]))
    }
}

/// Collects word changes, joining neighbours of the same kind and keeping, within each run of
/// changes, the deletion before the insertion.
struct ChangeBuilder {
    private(set) var changes: [WordChange] = []

    mutating func add(_ operation: WordChange.Operation, _ text: String) {
        guard !text.isEmpty else { return }
        if let last = changes.last, last.operation == operation {
            changes[changes.count - 1].text += text
            return
        }
        if operation == .delete, let last = changes.last, last.operation == .insert {
            // Keep "delete then insert" order inside a run of changes.
            if changes.count >= 2, changes[changes.count - 2].operation == .delete {
                changes[changes.count - 2].text += text
            } else {
                changes.insert(WordChange(.delete, text), at: changes.count - 1)
            }
            return
        }
        changes.append(WordChange(operation, text))
    }
}
