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

    @Test func notesThatDifferOnlyInWhiteSpaceAreTheSameNote() {
        // Spaces doubled, a non-breaking one, a line break and a space at the end: still the note that stayed,
        // not the one removed before it.
        let old = Self.draft([("1", "Foo bar baz."), ("2", "This is the footnote of l’État 𝔄.")])
        var new = Self.draft([("1", " This is  the\u{00A0}footnote\u{2003}of l’État\u{3000}𝔄.\n")])
        new.blocks[1].footnoteAnchors = [FootnoteAnchor(footnoteID: "1", offset: 11)]
        #expect(Self.kinds(old, new).map { $0.prefix(4) } == ["1→- ", "2→1 "])
    }

    @Test func aNoteRemovedBeforeAnotherLeavesTheOtherUnchanged() {
        let old = Self.draft([("1", "Foo"), ("2", "This is the footnote.")])
        var new = Self.draft([("1", "This is the footnote.")])
        new.blocks[1].footnoteAnchors = [FootnoteAnchor(footnoteID: "1", offset: 11)]  // where it stood
        #expect(Self.kinds(old, new) == ["1→- deleted", "2→1 unchanged"])
        #expect(Self.kinds(new, old) == ["-→1 inserted", "1→2 unchanged"])
    }

    @Test func aMarkThatMovesIsAChange() {
        // To another place in the same words; two notes swapped.
        let old = Self.draft([("1", "Foo")])
        var within = old
        within.blocks[1].footnoteAnchors = [FootnoteAnchor(footnoteID: "1", offset: 3)]
        #expect(Self.kinds(old, within) == ["1→1 moved"])
        #expect(DraftAligner().align(old, within).hasDifferences)
        let two = Self.draft([("1", "Foo"), ("2", "Bar")])
        var swapped = two
        swapped.blocks[1].footnoteAnchors = [FootnoteAnchor(footnoteID: "2", offset: 10), FootnoteAnchor(footnoteID: "1", offset: 11)]
        #expect(Self.kinds(two, swapped) == ["1→1 moved", "2→2 moved"])
        // To another paragraph.
        var other = old
        other.blocks[1].footnoteAnchors = []
        other.blocks.append(Block(kind: .paragraph, label: "2", text: "De demander au Secrétariat.", footnoteAnchors: [FootnoteAnchor(footnoteID: "1", offset: 5)]))
        var base = old
        base.blocks.append(Block(kind: .paragraph, label: "2", text: "De demander au Secrétariat."))
        #expect(Self.kinds(base, other) == ["1→1 moved"])
        #expect(Self.kinds(base, base) == ["1→1 unchanged"])
    }

    @Test func notesAreComparedAsParagraphsAre() {
        // Apostrophes and non-breaking spaces are no change; case is none with ignoreCase.
        let old = Self.draft([("1", "L’OEA et l’ONU : rapport.")])
        let typographic = Self.draft([("1", "L'OEA et l'ONU\u{A0}: rapport.")])
        #expect(Self.kinds(old, typographic) == ["1→1 unchanged"])
        let cased = Self.draft([("1", "l’oea et l’onu : Rapport.")])
        #expect(Self.kinds(old, cased) == ["1→1 modified"])
        let ignoringCase = DraftAligner(options: AlignmentOptions(ignoreCase: true)).align(old, cased)
        #expect(ignoringCase.footnotes.map(\.kind) == [.unchanged] && !ignoringCase.hasDifferences)
    }

    @Test func notesThatChangedPairInOrder() {
        let old = Self.draft([("1", "Rapport annuel."), ("2", "Une délégation se dissocie.")])
        let new = Self.draft([("1", "Rapport annuel 2021."), ("2", "Deux délégations se dissocient.")])
        #expect(Self.kinds(old, new) == ["1→1 modified", "2→2 modified"])
    }
}
