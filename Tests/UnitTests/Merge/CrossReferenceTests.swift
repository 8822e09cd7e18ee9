import Testing
import DraftDiff

/// Internal cross-references are found and rewritten; references to other documents never are.
@Suite("Cross-references")
struct CrossReferenceTests {
    func labels(_ text: String) -> [[String]] {
        CrossReference.find(in: text).map { $0.numbers.map(\.label) }
    }

    @Test func internalReferencesInFourLanguages() {
        #expect(labels("avant la réunion de 2022 prévue aux termes du paragraphe 62 de la présente résolution, un rapport") == [["62"]])
        #expect(labels("comme indiqué au paragraphe 12 ci-dessus") == [["12"]])
        #expect(labels("les paragraphes 3 et 5 de la présente résolution") == [["3", "5"]])
        #expect(labels("in paragraphs 3 to 5 of this resolution") == [["3", "5"]])
        #expect(labels("pursuant to operative paragraph 7, the Secretariat") == [["7"]])
        #expect(labels("paragraphs 3, 4 and 9 of the present resolution") == [["3", "4", "9"]])
        #expect(labels("conforme a los párrafos 3 y 5 de la presente resolución") == [["3", "5"]])
        #expect(labels("nos termos do parágrafo 8 da presente resolução") == [["8"]])
    }

    @Test func referencesToOtherDocumentsAreNotInternal() {
        #expect(labels("le paragraphe 206 de la résolution AG/RES. 2950 (L-O/20)").isEmpty)
        #expect(labels("le paragraphe 108 de la résolution AG/RES. 2950 (L-O/20)").isEmpty)
        #expect(labels("selon le paragraphe 26 de la résolution 2349 (2017) du Conseil de sécurité").isEmpty)
        #expect(labels("paragraph 26 of resolution 2349 (2017)").isEmpty)
        #expect(labels("operative paragraph 4 of resolution AG/RES. 2950").isEmpty)
        #expect(labels("Programme d’action régional pour la transformation numérique, paragraphe C - Cybersécurité").isEmpty)
    }

    @Test func rewritingMovesNumbersAndFlagsMissingOnes() throws {
        let block = Block(kind: .paragraph, label: "64",
                          text: "prévue aux termes du paragraphe 62 de la présente résolution et des paragraphes 9 et 70 ci-dessus.",
                          footnoteAnchors: [FootnoteAnchor(footnoteID: "1", offset: 99)])
        let rewriter = ReferenceRewriter(renumbering: ["62": "61", "9": "10"])
        let (result, rewritten, flagged) = rewriter.rewrite(block, at: BlockPath(index: 3))
        #expect(result.text == "prévue aux termes du paragraphe 61 de la présente résolution et des paragraphes 10 et 70 ci-dessus.")
        #expect(result.footnoteAnchors.first?.offset == 100)
        #expect(rewritten.map { "\($0.oldLabel)→\($0.newLabel)" } == ["62→61", "9→10"])
        #expect(flagged.map(\.label) == ["70"])
    }

    @Test func theSampleHasOneInternalReference() throws {
        let draft = try Fixtures.read(Fixtures.globalResolution)
        var found: [String: [[String]]] = [:]
        for (_, block) in draft.flattened {
            let references = labels(block.text)
            if !references.isEmpty { found[block.label ?? "?", default: []] += references }
        }
        #expect(found == ["64": [["62"]]])
    }
}
