import Testing
import DraftDiff

/// Merging the CICTE fragment into the 2021 resolution, as the merge issue specifies it.
@Suite("Merge of the samples")
struct SampleMergeTests {
    let base: Draft
    let fragment: Draft
    let result: Consolidation

    init() throws {
        base = try Fixtures.read(Fixtures.globalResolution)
        fragment = try Fixtures.read(Fixtures.cicteFragment)
        result = try Consolidator().consolidate(base: base, fragments: [fragment])
    }

    /// The paragraphs under the heading with this text, in the consolidated draft.
    func section(_ heading: String, in draft: Draft) -> [Block] {
        guard let start = draft.blocks.firstIndex(where: { $0.kind == .heading && $0.text == heading }) else { return [] }
        return Array(draft.blocks[(start + 1)...].prefix { $0.kind != .heading }.filter { $0.kind == .paragraph })
    }

    @Test func sectionsHoldTheFragmentParagraphs() {
        let draft = result.draft
        let convention = section("Convention interaméricaine contre le terrorisme", in: draft)
        let cicte = section("Comité interaméricain contre le terrorisme (CICTE)", in: draft)
        let cyber = section("Promotion de la cybersécurité", in: draft)
        #expect(convention.map(\.text) == section("Convention interaméricaine contre le terrorisme", in: fragment).map(\.text))
        #expect(cicte.map(\.text) == section("Comité interaméricain contre le terrorisme (CICTE)", in: fragment).map(\.text))
        #expect(cyber.map(\.text) == section("Promotion de la cybersécurité", in: fragment).map(\.text))
        #expect([convention.count, cicte.count, cyber.count] == [2, 7, 3])
        #expect(cicte[3].subparagraphs.map(\.label) == ["a", "b", "c", "d", "e", "f", "g"])
        #expect(cicte[4].subparagraphs.map(\.label) == ["a", "b", "c"])
        #expect(cicte.allSatisfy { $0.level == 5 })
    }

    @Test func renumberedOneToOneHundredTen() {
        #expect(result.draft.operativeParagraphs.map(\.label) == (1...110).map { String($0) })
        #expect(result.draft.operativeParagraphs.allSatisfy { $0.printedLabel == nil })
    }

    @Test func everythingElseWordForWord() {
        let placed: Set<String> = ["Convention interaméricaine contre le terrorisme", "Comité interaméricain contre le terrorisme (CICTE)", "Promotion de la cybersécurité"]
        func outside(_ draft: Draft) -> [String] {
            var inside = false
            var texts: [String] = []
            for block in draft.blocks {
                if block.kind == .heading { inside = placed.contains(block.text) }
                if !inside || block.kind == .heading { texts.append(block.text + block.subparagraphs.map(\.text).joined()) }
            }
            return texts
        }
        let before = outside(base), after = outside(result.draft)
        #expect(before.count == after.count)
        let differing = zip(before, after).filter { $0 != $1 }
        #expect(differing.count == 1)
        #expect(differing.first?.1.contains("paragraphe 61 de la présente résolution") == true)
        #expect(result.draft.footnotes.count == 7)
        #expect(result.draft.footnotes.map(\.text) == base.footnotes.map(\.text))
        #expect(result.draft.blocks.filter { $0.kind == .table } == base.blocks.filter { $0.kind == .table })
    }

    @Test func referencesRewrittenOnlyWhenInternal() {
        let old64 = base.paragraph("64")!
        let now = result.draft.operativeParagraphs.first { $0.text.hasPrefix(old64.text.prefix(60)) }
        #expect(now?.label == "63")
        #expect(now?.text.contains("paragraphe 61 de la présente résolution") == true)
        let all = result.draft.flattened.map(\.block.text).joined(separator: "\n")
        #expect(all.contains("paragraphe 108 de la résolution AG/RES. 2950 (L-O/20)"))
        #expect(all.contains("paragraphe 206 de la résolution AG/RES. 2950 (L-O/20)"))
        #expect(result.rewrittenReferences.map { "\($0.oldLabel)→\($0.newLabel)" } == ["62→61"])
        #expect(result.flaggedReferences.isEmpty)
    }

    @Test func condemnationAppearsOnce() {
        let count = result.draft.operativeParagraphs.filter { $0.text.hasPrefix("De réitérer sa condamnation énergique") }.count
        #expect(count == 1)
    }

    @Test func provenanceOfEveryParagraph() {
        for (index, block) in result.draft.blocks.enumerated() where block.kind == .paragraph {
            switch result.provenance[index] {
            case .base(let label): #expect(base.paragraph(label ?? "")?.text.prefix(40) == block.text.prefix(40))
            case .fragment(let file, _, _): #expect(file == Fixtures.cicteFragment)
            }
        }
        let fromFragment = result.provenance.filter { if case .fragment = $0 { return true } else { return false } }
        #expect(fromFragment.count == 12)
    }

    @Test func reportClassifiesEveryParagraphOfThePlacedSections() throws {
        let changes = result.sections.flatMap(\.changes)
        func kind(ofBase label: String) -> SectionChange.Kind? { changes.first { $0.baseLabel == label }?.kind }
        #expect(kind(ofBase: "83") == .keptUnchanged)
        #expect(kind(ofBase: "81") == .modified)
        #expect(kind(ofBase: "84") == .modified)
        let kept83 = try #require(changes.first { $0.baseLabel == "83" })
        #expect(kept83.newLabel == "82")
        #expect(kept83.fragmentLabel == "1")
        // Every other paragraph of the three base sections is replaced; every fragment paragraph is accounted for.
        let placedBase = Set(["40", "41", "42", "43"] + (81...92).map(String.init))
        let reported = Set(changes.compactMap(\.baseLabel))
        #expect(reported == placedBase)
        for label in placedBase.subtracting(["81", "83", "84", "41"]) { #expect(kind(ofBase: label) == .replaced, "\(label)") }
        let added = changes.filter { $0.kind == .added }
        #expect(added.count == 12 - 4)
        #expect(added.allSatisfy { $0.newLabel != nil && $0.fragmentLabel != nil })
        #expect(result.sections.map(\.foundBy) == ["heading", "heading", "heading"])
    }

    @Test func mergedTextReadsBackTheSame() throws {
        let text = DraftTextWriter().write(result.draft)
        let reread = try Fixtures.draft(text, file: "merged.txt")
        #expect(reread.operativeParagraphs.map(\.label) == (1...110).map { String($0) })
        #expect(reread.operativeParagraphs.map(\.text) == result.draft.operativeParagraphs.map(\.text))
        #expect(reread.footnotes.map(\.text) == result.draft.footnotes.map(\.text))
    }
}
