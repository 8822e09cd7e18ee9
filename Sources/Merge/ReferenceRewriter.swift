import DraftModel

/// A reference the merge could not rewrite: the paragraph it names no longer exists.
public struct FlaggedReference: Sendable, Hashable {
    /// The block holding the reference (in the consolidated draft).
    public var block: BlockPath
    /// The referenced label as written.
    public var label: String
    /// The reference's span in the block's text, in Unicode scalars.
    public var range: Range<Int>
    /// Why it was flagged.
    public var reason: String
    /// The number of the footnote holding the reference (its mark is in `block`); nil when the block's text does.
    public var footnote: Int? = nil
}

/// A reference whose number was rewritten ("paragraphe 62" → "paragraphe 61").
public struct RewrittenReference: Sendable, Hashable {
    public var block: BlockPath
    public var oldLabel: String
    public var newLabel: String
    /// The number of the footnote holding the reference (its mark is in `block`); nil when the block's text does.
    public var footnote: Int? = nil
}

/// Rewrites the numbers of internal cross-references after renumbering; leaves references to
/// other documents alone, and flags references to paragraphs that no longer exist.
public struct ReferenceRewriter: Sendable {
    /// Old operative-paragraph label → new label.
    public var renumbering: [String: String]

    public init(renumbering: [String: String]) {
        self.renumbering = renumbering
    }

    /// The block with its references rewritten (footnote anchors moved to match), and what was done.
    public func rewrite(_ block: Block, at path: BlockPath) -> (block: Block, rewritten: [RewrittenReference], flagged: [FlaggedReference]) {
        let references = CrossReference.find(in: block.text)
        guard !references.isEmpty else { return (block, [], []) }
        var scalars = Array(block.text.unicodeScalars)
        var anchors = block.footnoteAnchors
        var rewritten: [RewrittenReference] = []
        var flagged: [FlaggedReference] = []
        // From the end backwards, so earlier offsets stay valid.
        for reference in references.reversed() {
            // A range whose ends move apart or together would take in other paragraphs: said, not rewritten.
            var keep: Set<Int> = []
            for start in reference.rangeStarts.sorted() {
                let (first, last) = (reference.numbers[start].label, reference.numbers[start + 1].label)
                guard let oldFirst = Int(first), let oldLast = Int(last),
                      let newFirst = renumbering[first].flatMap({ Int($0) }), let newLast = renumbering[last].flatMap({ Int($0) }),
                      newLast - newFirst != oldLast - oldFirst else { continue }
                keep.formUnion([start, start + 1])
                flagged.append(FlaggedReference(block: path, label: "\(first)–\(last)", range: reference.range,
                                                reason: "the range would run from \(newFirst) to \(newLast), taking in \(newLast - newFirst + 1) paragraphs instead of \(oldLast - oldFirst + 1)"))
            }
            for (position, number) in reference.numbers.enumerated().reversed() where !keep.contains(position) {
                guard let new = renumbering[number.label] else {
                    flagged.append(FlaggedReference(block: path, label: number.label, range: reference.range,
                                                    reason: "paragraph \(number.label) no longer exists"))
                    continue
                }
                guard new != number.label else { continue }
                scalars.replaceSubrange(number.range, with: new.unicodeScalars)
                let shift = new.unicodeScalars.count - number.range.count
                if shift != 0 {
                    anchors = anchors.map { $0.offset >= number.range.upperBound ? FootnoteAnchor(footnoteID: $0.footnoteID, offset: $0.offset + shift) : $0 }
                }
                rewritten.append(RewrittenReference(block: path, oldLabel: number.label, newLabel: new))
            }
        }
        var result = block
        result.text = String(String.UnicodeScalarView(scalars))
        result.footnoteAnchors = anchors
        return (result, rewritten.reversed(), flagged.reversed())
    }
}
