import WordDiff

/// Rewrites, without changing what accepting or rejecting gives, the places where LibreOffice would
/// misread a redline.
///
/// LibreOffice joins two tracked changes of the same kind, author and minute when one ends a paragraph
/// and the other starts the next (`IsPrevPos` in its redline manager), and the joined change then
/// swallows the paragraph mark between them: rejecting "…Convention{+ de 2002+}¶{+la +}sécurité"
/// merges the two paragraphs. Word reads the same markup correctly. So where a paragraph with an
/// untracked mark ends with the same kind of change the next paragraph starts with, this pass:
/// 1. swaps a deletion and insertion pair at the end of the first paragraph or at the start of the
///    second (the order of a deletion and an insertion side by side does not change either view); or
/// 2. when the second paragraph is wholly inserted (or deleted), marks the first paragraph's mark
///    instead of its own, which is how Word itself records a paragraph typed after another
///    ("¶{+text+}" rather than "{+text¶+}"): both views keep the same text. The mark that survives in
///    the view where the other is gone then carries the properties of the block the first paragraph ends
///    there (its style and numbering, which a paragraph mark holds).
enum LibreOfficeAdjacency {
    static func adjusted(_ paragraphs: [RedlineParagraph]) -> [RedlineParagraph] {
        var result = paragraphs
        guard result.count > 1 else { return result }
        for index in 0..<(result.count - 1) {
            var first = result[index], second = result[index + 1]
            guard first.mark == .equal, first.place == .inPlace, second.place == .inPlace,
                  !first.isTable, !second.isTable,
                  let end = first.segments.last?.operation, end != .equal,
                  second.segments.first?.operation == end else { continue }
            if swapPair(&first.segments, atEnd: true) || swapPair(&second.segments, atEnd: false) {
            } else if second.mark == end, second.segments.allSatisfy({ $0.operation == end }) {
                first.mark = end
                second.mark = .equal
                if end == .delete { second.takeNewSide(of: &first) } else { second.takeOldSide(of: &first) }
            }
            result[index] = first
            result[index + 1] = second
        }
        return result
    }

    /// Swaps a deletion and an insertion that stand side by side at one end of a paragraph.
    private static func swapPair(_ segments: inout [RedlineSegment], atEnd: Bool) -> Bool {
        guard segments.count >= 2 else { return false }
        let (a, b) = atEnd ? (segments.count - 2, segments.count - 1) : (0, 1)
        let pair: Set<WordChange.Operation> = [segments[a].operation, segments[b].operation]
        guard pair == [.insert, .delete] else { return false }
        segments.swapAt(a, b)
        return true
    }
}
