import Testing
import DraftDiff

/// The structure recovered from the two real drafts in Samples/, as the foundation issue specifies it.
@Suite("Structure of the samples")
struct SampleStructureTests {
    let global: Draft
    let fragment: Draft

    init() throws {
        global = try Fixtures.read(Fixtures.globalResolution)
        fragment = try Fixtures.read(Fixtures.cicteFragment)
    }

    @Test func globalTitleAndPreamble() {
        let titles = global.blocks(.title).map(\.text)
        #expect(titles.count == 5)
        #expect(titles.first == "Point 14 de l’ordre du jour")
        #expect(titles.last == "L’ASSEMBLÉE GÉNÉRALE,")
        let preamble = global.blocks(.preamble)
        #expect(preamble.count == 4)
        #expect(preamble[0].text.hasPrefix("AYANT VU le « Rapport annuel"))
        #expect(preamble[3].text.hasPrefix("PRENANT EN COMPTE"))
        #expect(global.blocks(.operativeMarker).map(\.text) == ["DÉCIDE :"])
        // Order: title, preamble, marker, then the operative part.
        let kinds = global.blocks.map(\.kind)
        #expect(kinds.firstIndex(of: .operativeMarker)! == 9)
    }

    @Test func globalOperativeParagraphsNumberedInOrder() {
        let labels = global.operativeParagraphs.map(\.label)
        #expect(labels == (1...114).map { String($0) })
        #expect(global.paragraph("83")?.text.hasPrefix("De réitérer sa condamnation énergique") == true)
        #expect(global.paragraph("114")?.text.hasPrefix("De reconnaître l'importante participation") == true)
        // A paragraph opening without "De" is still a paragraph, not a heading.
        #expect(global.paragraph("51")?.text.hasPrefix("Encourager davantage") == true)
        #expect(global.paragraph("91")?.text.hasPrefix("Compte tenu des liens") == true)
    }

    @Test func globalChaptersAndSectionHeadings() {
        let chapters = global.blocks(.heading).filter { $0.level == 1 }
        #expect(chapters.map(\.label) == ["I", "II", "III"])
        #expect(chapters[0].text == "ACTIVITÉS DE LA COMMISSION SUR LA SÉCURITÉ CONTINENTALE \nET DES ÉTATS MEMBRES")
        func level(of prefix: String) -> Int? { global.blocks(.heading).first { $0.text.hasPrefix(prefix) }?.level }
        #expect(level(of: "Perspective et examen") == 2)
        #expect(level(of: "Déclaration sur la sécurité") == 3)
        #expect(level(of: "Engagements en faveur de la paix") == 2)
        #expect(level(of: "Les Amériques en tant que zone de paix") == 3)
        #expect(level(of: "Promotion de la cybersécurité") == 3)
        #expect(level(of: "Améliorer la coordination") == 3)
        #expect(level(of: "Convention interaméricaine contre le terrorisme") == 4)
        #expect(level(of: "Comité interaméricain contre le terrorisme (CICTE)") == 4)
        // The export prints every auto-numbered heading as "1.": that number is not a label.
        let cyber = global.blocks(.heading).first { $0.text == "Promotion de la cybersécurité" }
        #expect(cyber?.label == nil)
        #expect(cyber?.printedLabel == "1")
        // Paragraphs sit one level below their heading.
        #expect(global.paragraph("40")?.level == 4)
        #expect(global.paragraph("83")?.level == 5)
        #expect(global.paragraph("111")?.level == 2)
    }

    @Test func globalSubparagraphs() {
        func letters(_ label: String) -> [String] { global.paragraph(label)?.subparagraphs.compactMap(\.label) ?? [] }
        #expect(letters("25") == ["a", "b", "c", "d", "e"])
        #expect(letters("44") == ["a", "b"])
        #expect(letters("45") == ["a", "b", "c"])
        #expect(letters("47") == ["a", "b", "c", "d", "e", "f"])
        #expect(letters("49") == ["a", "b", "c"])
        #expect(letters("63") == ["a", "b", "c"])
        #expect(letters("96") == ["a", "b", "c"])
        #expect(letters("26").isEmpty)
        #expect(global.paragraph("25")?.subparagraphs.first?.text.hasPrefix("la mise en œuvre de projets") == true)
    }

    @Test func globalFootnotesComplete() throws {
        #expect(global.footnotes.count == 7)
        #expect(global.footnotes.map(\.number) == Array(1...7))
        let byID = Dictionary(uniqueKeysWithValues: global.footnotes.map { ($0.id, $0) })
        // Footnotes 2, 3, 6, 7 were cut at "…" and continue in notes 1, 2, 5, 6.
        #expect(byID["2"]?.text.contains("Comité consultatif de la CIFTA, virtuelle, le 17 décembre 2020") == true)
        #expect(byID["3"]?.text.contains("Les États-Unis sont le plus important contributeur") == true)
        #expect(byID["7"]?.text.contains("Recommandations de la Cinquième Conférence des États parties") == true)
        let brazil = try #require(byID["6"])
        #expect(brazil.text.contains("par le vocabulaire multilatéral adopté"))
        let paragraphs = brazil.text.split(separator: "\n")
        #expect(paragraphs.count == 2)
        #expect(paragraphs[1].hasPrefix("En ce qui concerne le Brésil"))
        for footnote in global.footnotes {
            #expect(!footnote.text.contains("…"), "footnote \(footnote.id) still cut")
            #expect(!footnote.text.hasPrefix("."))
        }
        // The reservation annotates the climate-change heading; 29 carries two footnotes.
        let climate = global.blocks(.heading).first { $0.text.hasPrefix("Incidences du changement climatique") }
        #expect(climate?.footnoteAnchors.map(\.footnoteID) == ["6"])
        #expect(climate?.footnoteAnchors.first?.offset == climate?.text.unicodeScalars.count)
        #expect(global.paragraph("29")?.footnoteAnchors.map(\.footnoteID) == ["4", "5"])
        #expect(global.blocks(.preamble)[3].footnoteAnchors.map(\.footnoteID) == ["2"])
        #expect(global.blocks(.preamble)[3].text.hasSuffix("mandats de l’Assemblée générale,"))
    }

    @Test func globalCalendarTable() throws {
        let tables = global.blocks(.table)
        #expect(tables.count == 1)
        let table = try #require(tables.first?.table)
        #expect(table.headerRowCount == 1)
        #expect(table.rows.count == 8)
        #expect(table.rows.allSatisfy { $0.count == 5 })
        #expect(table.rows[0] == ["Ordre chronologique provisoire", "Thème", "Date approximative", "Nom", "Lieu"])
        #expect(table.rows[7] == ["7", "CTO", "Second semestre de 2022",
                                  "Réunion des points de contact nationaux en matière de criminalité transnationale organisée",
                                  "Washington, D.C."])
    }

    @Test func noArtefactLeft() {
        for text in global.allTexts + fragment.allTexts {
            #expect(!text.contains("[bookmark"))
            #expect(!text.contains("[footnoteRef"))
            #expect(!text.contains("AG08381F01"))
            #expect(!text.contains("CICTE01498F06"))
        }
        #expect(global.metadata.jobCodes == ["AG08381F01"])
        #expect(fragment.metadata.jobCodes == ["CICTE01498F06"])
        #expect(global.metadata.language == .french)
    }

    @Test func textKeptExactly() {
        // Both apostrophe kinds and the no-break spaces survive as in the source.
        let paragraph = global.paragraph("25")!.text
        #expect(paragraph.contains("l'intermédiaire"))
        #expect(global.paragraph("16")!.text.contains("l’aide"))
        #expect(fragment.operativeParagraphs[5].text.hasSuffix("renforcer\u{00A0}:"))
        #expect(fragment.operativeParagraphs[6].text.hasSuffix("disponibles\u{00A0}:"))
        #expect(global.paragraph("44")!.text.hasPrefix("De se féliciter"))
    }

    @Test func fragmentSections() {
        #expect(fragment.blocks(.title).count == 2)
        #expect(fragment.blocks(.operativeMarker).isEmpty)
        let headings = fragment.blocks(.heading)
        #expect(headings.map(\.text) == ["Convention interaméricaine contre le terrorisme",
                                         "Comité interaméricain contre le terrorisme (CICTE)",
                                         "Promotion de la cybersécurité"])
        var counts: [Int] = []
        for block in fragment.blocks where block.kind != .title {
            if block.kind == .heading { counts.append(0) } else if block.kind == .paragraph { counts[counts.count - 1] += 1 }
        }
        #expect(counts == [2, 7, 3])
        // Numbering restarts in each section; "1." repeated is read as 1, 2, 3.
        #expect(fragment.operativeParagraphs.map(\.label) == ["1", "2", "1", "2", "3", "4", "5", "6", "7", "1", "2", "3"])
        #expect(fragment.operativeParagraphs[10].printedLabel == "1")
        let cicte = Array(fragment.operativeParagraphs[2...8])
        #expect(cicte[3].subparagraphs.map(\.label) == ["a", "b", "c", "d", "e", "f", "g"])
        #expect(cicte[4].subparagraphs.map(\.label) == ["a", "b", "c"])
        #expect(fragment.operativeParagraphs.last!.text.hasSuffix("les conclusions de la réunion."))
    }
}
