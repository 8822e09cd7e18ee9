import Testing
@testable import DraftAlignment
import DraftDiff

@Suite("Alignment passes")
struct AlignmentPassTests {
    private func problem(_ old: [String], _ new: [String]) -> AlignmentProblem {
        let corpus = UnitCorpus(old: MemoryDraft.make(old), new: MemoryDraft.make(new), ignoreCase: false)
        return AlignmentProblem(corpus: corpus, oldScope: Array(corpus.old.indices), newScope: Array(corpus.new.indices), options: AlignmentOptions())
    }

    @Test func exactAnchorsPairUniqueTextsWhateverTheirNumber() {
        let s = MemoryDraft.subjects
        var p = problem([s[0], s[1], s[2]], [s[5], s[0], s[1], s[2]])
        ExactAnchorPass.run(&p)
        #expect(p.newPartner == [-1, 0, 1, 2])
        #expect(p.origin[1] == .inPlace)
    }

    @Test func exactAnchorsOutOfOrderAreMoves() {
        let s = MemoryDraft.subjects
        var p = problem([s[0], s[1], s[2], s[3]], [s[1], s[2], s[3], s[0]])
        ExactAnchorPass.run(&p)
        #expect(p.newPartner == [1, 2, 3, 0])
        #expect(p.origin == [.inPlace, .inPlace, .inPlace, .moved])
    }

    @Test func anchorsExtendOverRepeatedTexts() {
        let repeated = MemoryDraft.subjects[0]
        var p = problem([MemoryDraft.subjects[1]] + Array(repeating: repeated, count: 5), [MemoryDraft.subjects[1]] + Array(repeating: repeated, count: 4))
        ExactAnchorPass.run(&p)
        #expect(p.newPartner == [0, 1, 2, 3, 4])
    }

    /// Three copies of a section, each revised alike (its second paragraph changed, its last two swapped),
    /// the revision with a fourth copy or not: no text is unique, yet each copy's texts pair with their
    /// counterparts in the same copy. (With a fourth copy, the last old copy may pair the second of its
    /// swapped texts with the fourth copy instead: a longer chain of equal texts in order.)
    @Test(arguments: [3, 4]) func repeatedTextsPairOccurrenceByOccurrence(newCopies: Int) {
        let s = MemoryDraft.subjects
        let old = Array(Array(repeating: [s[0], s[1], s[2], s[3]], count: 3).joined())
        let new = Array(Array(repeating: [s[0], s[1] + " sargasses", s[3], s[2]], count: newCopies).joined())
        var p = problem(old, new)
        ExactAnchorPass.run(&p)
        for copy in 0..<3 {
            let base = 4 * copy
            #expect(p.newPartner[base] == base && p.newPartner[base + 1] == -1)
            guard copy < 2 else { continue }
            // Of the swapped pair, one stays in place in its own copy; the other is left to the move search.
            let swapped = [p.newPartner[base + 2], p.newPartner[base + 3]]
            #expect(swapped == [base + 3, -1] || swapped == [-1, base + 2], "copy \(copy): \(swapped)")
        }
        let paired = p.newPartner.indices.filter { p.newPartner[$0] >= 0 }
        #expect(paired.count == (newCopies == 3 ? 6 : 7))
        #expect(paired.allSatisfy { p.origin[$0] == .inPlace && p[new: $0].key == p[old: p.newPartner[$0]].key })
    }

    @Test func gapPairingKeepsNearDuplicatesWithTheirOwnCounterpart() {
        let formula = "De convoquer la réunion ordinaire du Comité consultatif de la CIFTA en"
        let old = [MemoryDraft.subjects[0], "\(formula) 2021 à Washington", "\(formula) 2022 à Lima", "\(formula) 2023 à Bogota", MemoryDraft.subjects[1]]
        let new = [MemoryDraft.subjects[0], "\(formula) 2021 à Washington D.C.", "\(formula) 2022 à Lima (Pérou)", "\(formula) 2023 à Bogota (Colombie)", MemoryDraft.subjects[1]]
        var p = problem(old, new)
        ExactAnchorPass.run(&p)
        GapPairingPass.run(&p)
        #expect(p.newPartner == [0, 1, 2, 3, 4])
    }

    @Test func boilerplateAloneMakesNoPair() {
        let formula = "De demander au SSM de continuer à soutenir, par l'intermédiaire du DSP, et en fonction des ressources financières disponibles, les États membres qui en font la demande"
        let old = [MemoryDraft.subjects[0], "\(formula), dans la lutte contre la traite des personnes et le trafic de migrants.", MemoryDraft.subjects[1],
                   "\(formula), dans le domaine des statistiques criminelles.", "\(formula), pour la prévention de la violence.", "\(formula), en matière de police."]
        let new = [MemoryDraft.subjects[0], "\(formula), dans le contrôle des armes légères et des munitions par le programme PACAM.", MemoryDraft.subjects[1],
                   "\(formula), dans le domaine des statistiques criminelles.", "\(formula), pour la prévention de la violence.", "\(formula), en matière de police."]
        let alignment = DraftAligner().align(MemoryDraft.make(old), MemoryDraft.make(new))
        #expect(MemoryDraft.links(alignment).contains("2>2 modified") == false)
        #expect(MemoryDraft.links(alignment).contains(">2 inserted"))
        #expect(MemoryDraft.links(alignment).contains("2> deleted"))
    }

    @Test func moveSearchFindsAParagraphMovedToAnotherSection() {
        let s = MemoryDraft.subjects
        let old = ["# Première section", s[0], s[1], s[2], "# Deuxième section", s[3], s[4], s[5]]
        let new = ["# Première section", s[0], s[2], "# Deuxième section", s[3], s[4], s[1] + " et dans la région", s[5]]
        let alignment = DraftAligner().align(MemoryDraft.make(old), MemoryDraft.make(new))
        #expect(MemoryDraft.links(alignment).contains("2>5 moved"))
        #expect(alignment.summary[.moved] == 1)
        #expect(alignment.summary[.deleted] == 0 && alignment.summary[.inserted] == 0)
    }

    @Test func splitAndMergeAreMirrorImages() {
        let s = MemoryDraft.subjects
        let long = s[6] + ", et de demander au Secrétariat du CICTE d'organiser des ateliers de formation sur la réponse aux incidents informatiques pour les équipes nationales"
        let old = [s[0], long, s[1]]
        let new = [s[0], s[6] + ".", "De demander au Secrétariat du CICTE d'organiser des ateliers de formation sur la réponse aux incidents informatiques pour les équipes nationales.", s[1]]
        let forward = DraftAligner().align(MemoryDraft.make(old), MemoryDraft.make(new))
        #expect(MemoryDraft.links(forward).contains("2>2,3 split"))
        let backward = DraftAligner().align(MemoryDraft.make(new), MemoryDraft.make(old))
        #expect(MemoryDraft.links(backward).contains("2,3>2 merged"))
        #expect(forward.entries.first { $0.kind == .split }?.changes.newText == s[6] + ".\nDe demander au Secrétariat du CICTE d'organiser des ateliers de formation sur la réponse aux incidents informatiques pour les équipes nationales.")
    }

    @Test func subparagraphsFollowTheirParentAcrossParents() {
        let s = MemoryDraft.subjects
        let old = [s[0], "  " + s[4], "  " + s[5], s[1], "  " + s[6]]
        let new = [s[0], "  " + s[4], s[1], "  " + s[6], "  " + s[5]]
        let alignment = DraftAligner().align(MemoryDraft.make(old), MemoryDraft.make(new))
        #expect(MemoryDraft.links(alignment).contains("1.b>2.b moved"))
    }

    @Test func moveSearchAlonePairsLeftoversAndSettlesThoseInOrder() {
        let s = MemoryDraft.subjects
        var p = problem([s[0], s[1], s[2], s[3]], [s[1] + " de nouveau", s[2], s[3], s[0] + " et ailleurs"])
        ExactAnchorPass.run(&p)
        #expect(p.newPartner == [-1, 2, 3, -1])
        MoveSearchPass.run(&p)
        #expect(p.newPartner == [1, 2, 3, 0])
        #expect(p.origin == [.inPlace, .inPlace, .inPlace, .moved])
    }

    @Test func splitMergePassAloneGroupsTheHalvesOfAParagraph() {
        let s = MemoryDraft.subjects
        var p = problem([s[0], s[6] + ", et " + s[7], s[1]], [s[0], s[6] + ".", s[7], s[1]])
        ExactAnchorPass.run(&p)
        GapPairingPass.run(&p)
        SplitMergePass.run(&p)
        #expect(p.groups == [AlignmentProblem.Group(old: [1], new: [1, 2], similarity: p.groups.first?.similarity ?? 0)])
        #expect((p.groups.first?.similarity ?? 0) > 0.9)
        #expect(p.newGroup == [-1, 0, 0, -1] && p.oldGroup == [-1, 0, -1])
    }

    @Test func aParagraphCrossingAHeadingMovedNotTheHeading() {
        let s = MemoryDraft.subjects
        let before = MemoryDraft.make(["# Première section", s[0], s[1], "# Deuxième section", s[2]])
        let after = MemoryDraft.make(["# Première section", s[0], "# Deuxième section", s[1], s[2]])
        #expect(MemoryDraft.links(DraftAligner().align(before, after)).filter { !$0.hasSuffix("unchanged") } == ["2>2 moved"])
        #expect(MemoryDraft.links(DraftAligner().align(after, before)).filter { !$0.hasSuffix("unchanged") } == ["2>2 moved"])
    }

    @Test func aTextRepeatedAcrossTheDraftsIsTokenizedOnceButKeepsItsOwnBytes() {
        let s = MemoryDraft.subjects
        // "é" precomposed in the old draft, decomposed in the new one: the same words, not the same bytes.
        let composed = "Le caf\u{E9} de la r\u{E9}union est servi.", decomposed = "Le cafe\u{301} de la re\u{301}union est servi."
        let corpus = UnitCorpus(old: MemoryDraft.make([s[0], composed, s[1]]), new: MemoryDraft.make([s[1], decomposed, s[0]]), ignoreCase: false)
        #expect(corpus.old.map(\.text.text) == [s[0], composed, s[1]])
        #expect(corpus.new.map(\.text.text) == [s[1], decomposed, s[0]])
        #expect(corpus.old[1].text.bytes == Array(composed.utf8))
        #expect(corpus.new[1].text.bytes == Array(decomposed.utf8))
        // Equal texts share their ids and their key, whichever draft and whichever bytes.
        #expect(corpus.new[1].text.ids == corpus.old[1].text.ids)
        #expect(corpus.new[1].key == corpus.old[1].key)
        #expect(corpus.new[0].text.ids == corpus.old[2].text.ids)
        #expect(corpus.new[0].content == corpus.old[2].content)
        #expect(corpus.old.map(\.key) == [0, 1, 2])
        // Ids are numbered in reading order, old draft first, as one pass over every unit would.
        var vocabulary = TokenVocabulary()
        let sequential = ([s[0], composed, s[1]] + [s[1], decomposed, s[0]]).map { vocabulary.tokenize($0).ids }
        #expect(corpus.old.map(\.text.ids) + corpus.new.map(\.text.ids) == sequential)
    }
}
