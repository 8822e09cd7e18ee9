import Testing
import DraftDiff

@Suite("Fragment mode on the samples")
struct FragmentAlignmentTests {
    private func alignment() throws -> Alignment {
        DraftAligner().alignFragment(global: try Fixtures.read(Fixtures.globalResolution), fragment: try Fixtures.read(Fixtures.cicteFragment))
    }

    @Test func sectionsLandOnTheirHeadingsInTheGlobalDraft() throws {
        let alignment = try alignment()
        let global = alignment.old
        let targets = alignment.placements.map { placement in
            placement.globalBlocks.compactMap { global.blocks[$0].kind == .paragraph ? global.blocks[$0].label : nil }
        }
        #expect(targets == [["81", "82"], (83...92).map(String.init), ["40", "41", "42", "43"]])
        #expect(alignment.placements.map(\.method) == [.heading, .heading, .heading])
        #expect(alignment.placements.map { global.blocks[$0.globalHeading!].text } ==
                ["Convention interaméricaine contre le terrorisme", "Comité interaméricain contre le terrorisme (CICTE)", "Promotion de la cybersécurité"])
    }

    @Test func knownParagraphsPairAsTheSecretariatExpects() throws {
        let alignment = try alignment()
        func entry(old label: String) -> AlignmentEntry? {
            alignment.entries.first { $0.old.contains { alignment.old.displayLabel(at: $0) == label } }
        }
        let reiterate = try #require(entry(old: "83"))
        #expect(reiterate.kind == .unchanged)
        #expect(reiterate.renumbered == Renumbering(oldLabel: "83", newLabel: "1"))
        #expect(alignment.new[reiterate.new[0]].text.hasPrefix("De réitérer sa condamnation énergique"))
        let cicte2 = try #require(entry(old: "84"))
        #expect(cicte2.kind == .modified && alignment.new.displayLabel(at: cicte2.new[0]) == "2")
        #expect(alignment.new[cicte2.new[0]].text.hasPrefix("De réaffirmer son engagement"))
        let ratify = try #require(entry(old: "81"))
        #expect(ratify.kind == .modified && alignment.new[ratify.new[0]].text.hasPrefix("D’inviter les États membres qui ne l’ont pas encore fait à envisager de ratifier"))
    }

    @Test func noPairCrossesSectionsAndTheRestOfTheGlobalDraftIsNotReported() throws {
        let alignment = try alignment()
        for placement in alignment.placements {
            for entry in alignment.entries[placement.entries] {
                #expect(entry.old.allSatisfy { placement.globalBlocks.contains($0.index) })
                #expect(entry.new.allSatisfy { placement.fragmentBlocks.contains($0.index) })
            }
        }
        #expect(!alignment.entries.contains { $0.old.contains { alignment.old.displayLabel(at: $0) == "1" } })
    }

    @Test func headingsMatchWithoutCaseOrFinalPunctuation() throws {
        let global = try Fixtures.read(Fixtures.globalResolution)
        var fragment = try Fixtures.read(Fixtures.cicteFragment)
        let heading = try #require(fragment.blocks.firstIndex { $0.text == "Promotion de la cybersécurité" })
        fragment.blocks[heading].text = "PROMOTION DE LA CYBERSÉCURITÉ :"
        let placement = try #require(DraftAligner().alignFragment(global: global, fragment: fragment).placements.first { $0.fragmentHeading == heading })
        #expect(placement.method == .heading)
        #expect(global.blocks[placement.globalHeading!].text == "Promotion de la cybersécurité")
    }

    @Test func aSectionIsFoundByContentWhenItsHeadingChanged() throws {
        let global = try Fixtures.read(Fixtures.globalResolution)
        var fragment = try Fixtures.read(Fixtures.cicteFragment)
        let heading = try #require(fragment.blocks.firstIndex { $0.text.hasPrefix("Comité interaméricain") })
        fragment.blocks[heading].text = "Lutte contre le terrorisme dans les Amériques"
        let alignment = DraftAligner().alignFragment(global: global, fragment: fragment)
        let placement = try #require(alignment.placements.first { $0.fragmentHeading == heading })
        #expect(placement.method == .content)
        #expect(global.blocks[placement.globalHeading!].text == "Comité interaméricain contre le terrorisme (CICTE)")
    }
}

@Suite("Fragment mode placed by hand")
struct FragmentPlacingTests {
    @Test func aSectionGoesWhereTheCallerPlacesIt() throws {
        let global = try Fixtures.read(Fixtures.globalResolution)
        let fragment = try Fixtures.read(Fixtures.cicteFragment)
        let fragmentHeading = try #require(fragment.blocks.firstIndex { $0.text == "Promotion de la cybersécurité" })
        let globalHeading = try #require(global.blocks.firstIndex { $0.text == "Comité interaméricain contre le terrorisme (CICTE)" })
        let alignment = DraftAligner().alignFragment(global: global, fragment: fragment, placing: [fragmentHeading: globalHeading])
        let placement = try #require(alignment.placements.first { $0.fragmentHeading == fragmentHeading })
        #expect(placement.method == .assigned)
        #expect(placement.globalHeading == globalHeading)
        #expect(alignment.entries[placement.entries].allSatisfy { $0.old.allSatisfy { placement.globalBlocks.contains($0.index) } })
    }
}
