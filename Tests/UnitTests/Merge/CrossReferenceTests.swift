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
        // A sub-paragraph's letter after the number, and "du dispositif".
        #expect(labels("au paragraphe 3 a) de la présente résolution") == [["3"]])
        #expect(labels("under paragraph 3(a) of this resolution") == [["3"]])
        #expect(labels("le paragraphe 5 du dispositif de la présente résolution") == [["5"]])
        #expect(labels("to implement operative paragraph 5.") == [["5"]])
    }

    @Test func operativeParagraphsOfOtherDocumentsAreNotInternal() {
        #expect(labels("implementation of operative paragraph 4 of United Nations Security Council resolution 1540 (2004)").isEmpty)
        #expect(labels("operative paragraph 5 of General Assembly resolution A/RES/75/240").isEmpty)
        #expect(labels("operative paragraph 6 of the Inter-American Convention against Terrorism").isEmpty)
        #expect(labels("operative paragraph 6 of that resolution").isEmpty)
        #expect(labels("el párrafo resolutivo 3 de la Declaración de Lima").isEmpty)
        #expect(labels("el párrafo resolutivo 4 de dicha resolución").isEmpty)
        #expect(labels("o parágrafo dispositivo 2 da Declaração de Santo Domingo").isEmpty)
    }

    @Test func aRangeThatWouldTakeInOtherParagraphsIsFlaggedNotWidened() throws {
        #expect(CrossReference.find(in: "les paragraphes 2 à 5 de la présente résolution").first?.rangeStarts == [0])
        let block = Block(kind: .paragraph, label: "7", text: "les paragraphes 2 à 5 et 9 de la présente résolution")
        // A paragraph inserted after 4: 5 becomes 6, and "2 à 6" would take it in.
        let widened = ReferenceRewriter(renumbering: ["2": "2", "5": "6", "9": "10"]).rewrite(block, at: BlockPath(index: 0))
        #expect(widened.block.text == "les paragraphes 2 à 5 et 10 de la présente résolution")
        #expect(widened.flagged.map(\.label) == ["2–5"])
        #expect(widened.flagged.first?.reason == "the range would run from 2 to 6, taking in 5 paragraphs instead of 4")
        // Shifted whole, it is rewritten.
        let shifted = ReferenceRewriter(renumbering: ["2": "3", "5": "6", "9": "10"]).rewrite(block, at: BlockPath(index: 0))
        #expect(shifted.block.text == "les paragraphes 3 à 6 et 10 de la présente résolution" && shifted.flagged.isEmpty)
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

/// References in footnotes are rewritten like those in paragraphs, and said to be in the footnote.
struct FootnoteReferenceTests {
    @Test func aReferenceInAFootnoteFollowsTheRenumbering() throws {
        let base = try DraftReader().read(bytes: Array("""
            DÉCIDE :\n\nSécurité maritime\n\n1.\tDe faire A.[footnoteRef:1]/ [1: .\tVoir le paragraphe 2 de la présente résolution.]\n\n\
            Sécurité aérienne\n\n2.\tDe faire B.\n
            """.utf8), file: "base.txt")
        let fragment = try DraftReader().read(bytes: Array("FRAGMENT\n\nSécurité maritime\n\n1.\tDe faire A bis.\n".utf8), file: "frag.txt")
        let result = try Consolidator(options: MergeOptions(mode: .append)).consolidate(base: base, fragments: [fragment])
        #expect(result.draft.footnotes.map(\.text) == ["Voir le paragraphe 3 de la présente résolution."])
        #expect(result.rewrittenReferences.map { "\($0.footnote.map(String.init) ?? "-") \($0.oldLabel)→\($0.newLabel)" } == ["1 2→3"])
    }
}

/// A paragraph whose words stay but whose footnote goes is not "kept unchanged".
struct MergedFootnoteChangeTests {
    @Test func aParagraphThatLosesItsFootnoteIsModified() throws {
        let base = try DraftReader().read(bytes: Array("""
            DÉCIDE :\n\nSécurité maritime\n\n1.\tDe faire A.[footnoteRef:1]/ [1: .\tLe Paraguay se dissocie de ce paragraphe.]\n\n2.\tDe faire B.\n
            """.utf8), file: "base.txt")
        let fragment = try DraftReader().read(bytes: Array("FRAGMENT\n\nSécurité maritime\n\n1.\tDe faire A.\n\n2.\tDe faire B.\n".utf8), file: "frag.txt")
        let result = try Consolidator().consolidate(base: base, fragments: [fragment])
        #expect(result.sections.flatMap(\.changes).map(\.kind) == [.modified, .keptUnchanged])
        #expect(result.draft.footnotes.isEmpty)
    }
}

/// A fragment given twice is placed once, and the report says so.
struct RepeatedFragmentTests {
    @Test func aSectionGivenAgainWordForWordIsPlacedOnceAndNamed() throws {
        let base = try DraftReader().read(bytes: Array("DÉCIDE :\n\nSécurité maritime\n\n1.\tDe faire A.\n".utf8), file: "base.txt")
        let text = Array("FRAGMENT\n\nSécurité maritime\n\n1.\tDe faire A bis.\n".utf8)
        let first = try DraftReader().read(bytes: text, file: "one.txt"), second = try DraftReader().read(bytes: text, file: "two.txt")
        let result = try Consolidator().consolidate(base: base, fragments: [first, second])
        #expect(result.draft.operativeParagraphs.map(\.text) == ["De faire A bis."])
        #expect(result.repeatedSections == [RepeatedSection(fragment: "two.txt", heading: "Sécurité maritime", placedFrom: "one.txt")])
        let report = ConsolidationReport(consolidation: result, comparison: DraftAligner().align(base, result.draft), options: ReportOptions())
        #expect(report.text().hasPrefix("Consolidation of base.txt with one.txt, two.txt\n"))
        #expect(report.text().contains("\ntwo.txt “Sécurité maritime”: the same as one.txt's, placed once\n"))
    }
}
