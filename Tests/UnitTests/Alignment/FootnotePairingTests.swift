import Testing
import DraftDiff

/// Footnotes are paired through the paragraphs they annotate: in a pair of paragraphs, a note that keeps its
/// text pairs with itself even when a note before it was removed or added; the others pair in order.
struct FootnotePairingTests {
    static func draft(_ notes: [(id: String, text: String)]) -> Draft {
        let anchors = notes.enumerated().map { FootnoteAnchor(footnoteID: $0.element.id, offset: 10 + $0.offset) }
        return Draft(source: DraftSource(path: "x", format: .memory),
                     blocks: [Block(kind: .operativeMarker, text: "DÉCIDE :"),
                              Block(kind: .paragraph, label: "1", text: "D’exhorter les États membres.", footnoteAnchors: anchors)],
                     footnotes: notes.enumerated().map { Footnote(id: $0.element.id, number: $0.offset + 1, text: $0.element.text) })
    }

    static func kinds(_ old: Draft, _ new: Draft) -> [String] {
        DraftAligner().align(old, new).footnotes.map { "\($0.old ?? "-")→\($0.new ?? "-") \($0.kind.rawValue)" }.sorted()
    }

    @Test func aNoteRemovedBeforeAnotherLeavesTheOtherUnchanged() {
        let old = Self.draft([("1", "Foo"), ("2", "This is the footnote.")])
        let new = Self.draft([("1", "This is the footnote.")])
        #expect(Self.kinds(old, new) == ["1→- deleted", "2→1 unchanged"])
        #expect(Self.kinds(new, old) == ["-→1 inserted", "1→2 unchanged"])
    }

    @Test func notesThatChangedPairInOrder() {
        let old = Self.draft([("1", "Rapport annuel."), ("2", "Une délégation se dissocie.")])
        let new = Self.draft([("1", "Rapport annuel 2021."), ("2", "Deux délégations se dissocient.")])
        #expect(Self.kinds(old, new) == ["1→1 modified", "2→2 modified"])
    }
}
