import Testing
import DraftDiff

/// Small hand-made drafts, one per language, each carrying every artefact of Word's text export.
@Suite("Plain-text reader: artefacts in four languages")
struct PlainTextArtefactTests {
    struct Wording: Sendable, CustomTestStringConvertible {
        var language: Language
        var assembly: String
        var preamble: [String]
        var marker: String
        var headings: [String]
        var paragraphs: [String]
        var subparagraphs: [String]
        var notesHeading: String
        var testDescription: String { language.rawValue }
    }

    static let wordings: [Wording] = [
        Wording(language: .french, assembly: "L’ASSEMBLÉE GÉNÉRALE,",
                preamble: ["RAPPELANT la résolution AG/RES. 2950 (L-O/20) des États membres,", "CONSIDÉRANT que la sécurité est l’affaire de tous,"],
                marker: "DÉCIDE :", headings: ["Sécurité publique", "Promotion de la cybersécurité"],
                paragraphs: ["De réaffirmer les engagements pris par les États membres.", "D’inviter les États membres à soutenir :", "De demander au Secrétariat général de faire rapport."],
                subparagraphs: ["la coopération régionale ;", "l’échange d’informations."], notesHeading: "NOTES DE BAS DE PAGE"),
        Wording(language: .english, assembly: "THE GENERAL ASSEMBLY,",
                preamble: ["RECALLING resolution AG/RES. 2950 (L-O/20) of the member states,", "CONSIDERING that security concerns all of the states,"],
                marker: "RESOLVES:", headings: ["Public security", "Promotion of cybersecurity"],
                paragraphs: ["To reaffirm the commitments made by the member states.", "To invite the member states to support:", "To request the General Secretariat to report on the matter."],
                subparagraphs: ["regional cooperation;", "the exchange of information."], notesHeading: "FOOTNOTES"),
        Wording(language: .spanish, assembly: "LA ASAMBLEA GENERAL,",
                preamble: ["RECORDANDO la resolución AG/RES. 2950 (L-O/20) de los Estados miembros,", "CONSIDERANDO que la seguridad es asunto de todos los Estados,"],
                marker: "RESUELVE:", headings: ["Seguridad pública", "Promoción de la ciberseguridad"],
                paragraphs: ["Reafirmar los compromisos asumidos por los Estados miembros.", "Invitar a los Estados miembros a apoyar:", "Solicitar a la Secretaría General que informe sobre el tema."],
                subparagraphs: ["la cooperación regional;", "el intercambio de información."], notesHeading: "NOTAS DE PIE DE PÁGINA"),
        Wording(language: .portuguese, assembly: "A ASSEMBLEIA GERAL,",
                preamble: ["RECORDANDO a resolução AG/RES. 2950 (L-O/20) dos Estados membros,", "CONSIDERANDO que a segurança é assunto de todos os Estados,"],
                marker: "RESOLVE:", headings: ["Segurança pública", "Promoção da segurança cibernética"],
                paragraphs: ["Reafirmar os compromissos assumidos pelos Estados membros.", "Convidar os Estados membros a apoiar:", "Solicitar à Secretaria-Geral que informe sobre o assunto."],
                subparagraphs: ["a cooperação regional;", "o intercâmbio de informações."], notesHeading: "NOTAS DE RODAPÉ"),
    ]

    /// A draft as Word exports it: auto-numbered headings as "1.", tabs after numbers, a bookmark,
    /// footnotes cut at "…" and continued at the end, a one-cell-per-line table, a job code.
    static func export(_ w: Wording) -> String {
        """
         Point 14

        PROJET DE RÉSOLUTION

        \(w.assembly)

        \t\(w.preamble[0])[footnoteRef:2]/ [2: .\tPremière partie de la note …] 

        \t\(w.preamble[1])


        \(w.marker)

        I.\tCHAPITRE UN

        1. \(w.headings[0])

        [bookmark: _Hlk1]1.\t\(w.paragraphs[0])

        2.\t\(w.paragraphs[1])

        a. \(w.subparagraphs[0])
        b. \(w.subparagraphs[1])

        1. \(w.headings[1])[footnoteRef:3]/ [3: .\tNote complète.] 

        \t3.\t\(w.paragraphs[2])AB01234E05


        \tNo.
        \tTopic

        \t1
        \tCICAD

        \t2
        \tCICTE



        \(w.notesHeading)


        1.\t… seconde partie de la note.

        \tDeuxième paragraphe de la note.
        """
    }

    @Test(arguments: wordings)
    func recoversEveryPart(_ w: Wording) throws {
        let draft = try Fixtures.draft(Self.export(w))
        #expect(draft.metadata.language == w.language)
        #expect(draft.blocks(.title).map(\.text) == ["Point 14", "PROJET DE RÉSOLUTION", w.assembly])
        #expect(draft.blocks(.preamble).map(\.text) == w.preamble)
        #expect(draft.blocks(.operativeMarker).map(\.text) == [w.marker])
        let headings = draft.blocks(.heading)
        #expect(headings.map(\.text) == ["CHAPITRE UN"] + w.headings)
        #expect(headings.map(\.level) == [1, 2, 2])
        #expect(draft.operativeParagraphs.map(\.label) == ["1", "2", "3"])
        #expect(draft.operativeParagraphs.map(\.text) == w.paragraphs)
        #expect(draft.paragraph("2")?.subparagraphs.map(\.text) == w.subparagraphs)
        #expect(draft.paragraph("2")?.subparagraphs.map(\.label) == ["a", "b"])
        #expect(draft.metadata.jobCodes == ["AB01234E05"])
        let table = try #require(draft.blocks(.table).first?.table)
        #expect(table.rows == [["No.", "Topic"], ["1", "CICAD"], ["2", "CICTE"]])
        #expect(table.headerRowCount == 1)
        #expect(draft.footnotes.map(\.text) == ["Première partie de la note seconde partie de la note.\nDeuxième paragraphe de la note.", "Note complète."])
        #expect(draft.blocks(.preamble)[0].footnoteAnchors == [FootnoteAnchor(footnoteID: "2", offset: w.preamble[0].unicodeScalars.count)])
        #expect(headings[2].footnoteAnchors.map(\.footnoteID) == ["3"])
    }

    @Test func bookmarkInsideTextIsRemoved() throws {
        let draft = try Fixtures.draft("DÉCIDE :\n\n12.\tDe [bookmark: _Hlk51926470]soutenir[bookmark: x] les efforts.\n")
        #expect(draft.paragraph("12")?.text == "De soutenir les efforts.")
    }

    @Test func footnoteReferenceMidSentenceKeepsSpacing() throws {
        let draft = try Fixtures.draft("DÉCIDE :\n\n1.\tDe noter[footnoteRef:4]/ la décision. [4: .\tUne note.] \n")
        let paragraph = try #require(draft.paragraph("1"))
        #expect(paragraph.text == "De noter la décision.")
        #expect(paragraph.footnoteAnchors == [FootnoteAnchor(footnoteID: "4", offset: 8)])
        #expect(draft.footnotes.first?.text == "Une note.")
    }

    @Test func footnoteContinuationByIDWhenOrderDoesNotFit() throws {
        // Only the second footnote is cut; its continuation is numbered as printed (2).
        let text = "DÉCIDE :\n\n1.\tDe a.[footnoteRef:1]/ [1: .\tEntière.] \n\n2.\tDe b.[footnoteRef:2]/ [2: .\tCoupée …] \n\nFOOTNOTES\n\n2.\t…suite.\n"
        let draft = try Fixtures.draft(text)
        #expect(draft.footnotes.map(\.text) == ["Entière.", "Coupée suite."])
    }

    @Test func footnoteContinuationByOrderWinsOverID() throws {
        // The second footnote (id 1) is the only one cut: continuation 2 fits it by order, continuation 1
        // by id. The order rule comes first, whatever order the notes are held in.
        let text = "DÉCIDE :\n\n1.\tDe a.[footnoteRef:5]/ [5: .\tEntière.] \n\n2.\tDe b.[footnoteRef:1]/ [1: .\tCoupée …] \n\nFOOTNOTES\n\n1.\t…un.\n\n2.\t…deux.\n"
        for _ in 0..<20 {
            let draft = try Fixtures.draft(text)
            #expect(draft.footnotes.map(\.text) == ["Entière.", "Coupée deux."])
        }
    }

    @Test func repeatedAutoNumbersBecomeSequential() throws {
        let draft = try Fixtures.draft("Section one\n\n1. To do a thing.\n\n1. To do another thing.\n\n1. To do a third thing.\n\nSection two\n\n1. To restart.\n")
        #expect(draft.operativeParagraphs.map(\.label) == ["1", "2", "3", "1"])
        #expect(draft.operativeParagraphs.map(\.printedLabel) == [nil, "1", "1", nil])
        #expect(draft.blocks(.heading).map(\.text) == ["Section one", "Section two"])
    }

    @Test func headingRunsNestAndStepBack() throws {
        let text = """
        RESOLVES:

        I.\tCHAPTER

        1. Part A

        1. Section A1

        1. To act on A1.

        1. Section A2

        2. To act on A2.

        1. Part B

        1. Section B1

        3. To act on B1.
        """
        let draft = try Fixtures.draft(text)
        let levels = draft.blocks(.heading).map { "\($0.text)@\($0.level)" }
        #expect(levels == ["CHAPTER@1", "Part A@2", "Section A1@3", "Section A2@3", "Part B@2", "Section B1@3"])
    }
}
