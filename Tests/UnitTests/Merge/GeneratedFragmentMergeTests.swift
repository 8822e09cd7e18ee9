import Foundation
import Testing
import DraftDiff

/// Merges of fragments cut from generated revisions of the 2021 resolution, whose right result is known:
/// sections are revised with a seeded generator, cut out as a committee would send them (renumbered
/// from 1, written in Word-export style and read back), then merged into the base.
@Suite("Merge of generated fragments")
struct GeneratedFragmentMergeTests {
    /// A revised section: the base heading, and the revised paragraphs with what each came from.
    struct RevisedSection {
        var heading: String
        var paragraphs: [Block]
        /// For each revised paragraph, the base paragraph it revises (nil for a new one).
        var origins: [String?]
    }

    static let base = try! Fixtures.read(Fixtures.globalResolution)

    /// The base sections with at least two paragraphs and no sub-heading in between.
    static func candidateSections() -> [(heading: Int, paragraphs: [Int])] {
        var result: [(Int, [Int])] = []
        for (index, block) in base.blocks.enumerated() where block.kind == .heading {
            let paragraphs = Array(base.blocks.indices[(index + 1)...].prefix { base.blocks[$0].kind == .paragraph })
            if paragraphs.count >= 2 { result.append((index, paragraphs)) }
        }
        return result
    }

    /// Revises `count` sections: a word changed in some paragraphs, one dropped, one new.
    static func revise(seed: UInt64, count: Int) -> [RevisedSection] {
        var random = SeededGenerator(seed: seed)
        var candidates = candidateSections()
        var sections: [RevisedSection] = []
        while sections.count < count, !candidates.isEmpty {
            let (heading, indices) = candidates.remove(at: random.below(candidates.count))
            var paragraphs: [Block] = []
            var origins: [String?] = []
            let dropped = indices.count > 2 ? random.below(indices.count) : -1
            for (offset, index) in indices.enumerated() where offset != dropped {
                var block = base.blocks[index]
                if random.below(2) == 0 { block.text = block.text.replacingFirst("de ", with: "de nouveau de ") }
                paragraphs.append(block)
                origins.append(block.label)
            }
            let newParagraph = Block(kind: .paragraph, label: "0", text: "De prendre note du rapport numéro \(random.below(10_000)) du Secrétariat général sur la question.")
            let position = random.below(paragraphs.count + 1)
            paragraphs.insert(newParagraph, at: position)
            origins.insert(nil, at: position)
            sections.append(RevisedSection(heading: base.blocks[heading].text, paragraphs: paragraphs, origins: origins))
        }
        return sections
    }

    /// The fragment as a committee sends it: its sections, numbered from 1, in Word-export text, read back.
    static func fragment(_ sections: [RevisedSection]) throws -> Draft {
        var blocks = [Block(kind: .title, text: "PARAGRAPHES DU COMITÉ")]
        for section in sections {
            blocks.append(Block(kind: .heading, text: section.heading, level: 1))
            for (index, paragraph) in section.paragraphs.enumerated() {
                var block = paragraph
                block.label = String(index + 1)
                block.footnoteAnchors = []
                blocks.append(block)
            }
        }
        let text = DraftTextWriter().write(Draft(source: DraftSource(path: "fragment.txt", format: .memory), blocks: blocks))
        return try Fixtures.draft(text, file: "fragment.txt")
    }

    /// The texts of the paragraphs under a heading, with internal paragraph references masked
    /// (renumbering rewrites them; the cross-reference tests check that separately).
    func paragraphs(under heading: String, in draft: Draft) -> [String] {
        guard let start = draft.blocks.firstIndex(where: { $0.kind == .heading && $0.text == heading }) else { return [] }
        return draft.blocks[(start + 1)...].prefix { $0.kind != .heading }.filter { $0.kind == .paragraph }.map { Self.masked($0.text) }
    }

    static func masked(_ text: String) -> String {
        text.replacingOccurrences(of: "paragraphe [0-9]+ de la présente", with: "paragraphe # de la présente", options: .regularExpression)
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func replaceModeGivesTheRevisedSections(seed: UInt64) throws {
        let revised = Self.revise(seed: seed, count: 3)
        let result = try Consolidator().consolidate(base: Self.base, fragments: [try Self.fragment(revised)])
        let draft = result.draft
        for section in revised {
            #expect(paragraphs(under: section.heading, in: draft) == section.paragraphs.map { Self.masked($0.text) }, "\(section.heading)")
        }
        let expectedCount = Self.base.operativeParagraphs.count
            + revised.map { $0.paragraphs.count - paragraphs(under: $0.heading, in: Self.base).count }.reduce(0, +)
        #expect(draft.operativeParagraphs.count == expectedCount)
        #expect(draft.operativeParagraphs.map(\.label) == (1...draft.operativeParagraphs.count).map { String($0) })
        // Every revised paragraph that kept its text is reported as kept unchanged; edited ones as modified.
        let changes = result.sections.flatMap(\.changes)
        for section in revised {
            for (paragraph, origin) in zip(section.paragraphs, section.origins) {
                guard let origin else { continue }
                let change = changes.first { $0.baseLabel == origin }
                let same = Self.base.paragraph(origin)?.text == paragraph.text
                #expect(change?.kind == (same ? .keptUnchanged : .modified), "\(origin)")
            }
        }
        // Outside the revised sections, nothing changed.
        let revisedHeadings = Set(revised.map(\.heading))
        for block in Self.base.blocks where block.kind == .heading && !revisedHeadings.contains(block.text) {
            #expect(paragraphs(under: block.text, in: draft) == paragraphs(under: block.text, in: Self.base))
        }
    }

    @Test(arguments: [5, 6] as [UInt64])
    func updateModeReplacesOnlyWhatTheFragmentGives(seed: UInt64) throws {
        // The fragment gives only the edited paragraphs and the new one.
        var revised = Self.revise(seed: seed, count: 2)
        for index in revised.indices {
            let keep = revised[index].paragraphs.indices.filter { offset in
                guard let origin = revised[index].origins[offset] else { return true }
                return Self.base.paragraph(origin)?.text != revised[index].paragraphs[offset].text
            }
            revised[index].paragraphs = keep.map { revised[index].paragraphs[$0] }
            revised[index].origins = keep.map { revised[index].origins[$0] }
        }
        let result = try Consolidator(options: MergeOptions(mode: .update)).consolidate(base: Self.base, fragments: [try Self.fragment(revised)])
        for section in revised {
            let base = paragraphs(under: section.heading, in: Self.base)
            var expected = base
            for (paragraph, origin) in zip(section.paragraphs, section.origins) {
                if let origin, let position = base.firstIndex(of: Self.masked(Self.base.paragraph(origin)!.text)) { expected[position] = Self.masked(paragraph.text) }
            }
            let merged = paragraphs(under: section.heading, in: result.draft)
            // Base paragraphs not given stay; edited ones are replaced in place; the new one is added.
            #expect(merged.filter { expected.contains($0) } == expected)
            #expect(merged.count == expected.count + section.origins.filter { $0 == nil }.count)
        }
    }

    @Test func appendModeAddsAtTheEnd() throws {
        let revised = Self.revise(seed: 7, count: 2)
        let result = try Consolidator(options: MergeOptions(mode: .append)).consolidate(base: Self.base, fragments: [try Self.fragment(revised)])
        for section in revised {
            #expect(paragraphs(under: section.heading, in: result.draft) == paragraphs(under: section.heading, in: Self.base) + section.paragraphs.map { Self.masked($0.text) })
        }
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self + " (révisé)" }
        return replacingCharacters(in: range, with: replacement)
    }
}
