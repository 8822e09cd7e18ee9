import Testing
import DraftDiff

/// Merge modes, conflicts and placement errors on small drafts.
@Suite("Merge modes and errors")
struct MergeModeTests {
    static let base = """
    THE GENERAL ASSEMBLY,

    RESOLVES:

    Public security

    1.\tTo request the Secretariat to report on public security in the Americas.

    2.\tTo convene a meeting of the ministers responsible for public security in 2024.

    Promotion of cybersecurity

    3.\tTo recognize the growing threat of malicious cyber incidents to the member states.

    4.\tTo urge the member states to consider joining the Budapest Convention on cybercrime, as stated in paragraph 2 of this resolution.

    5.\tTo request the Secretariat to support national cybersecurity strategies.
    """

    static let fragment = """
    Promotion of cybersecurity

    1. To recognize the growing threat of malicious cyber incidents to the member states.

    1. To welcome the new regional network of incident response teams.
    """

    func draft(_ text: String, _ name: String) throws -> Draft { try Fixtures.draft(text, file: name) }

    func texts(_ consolidation: Consolidation) -> [String] { consolidation.draft.operativeParagraphs.map { "\($0.label!) \($0.text.prefix(24))" } }

    @Test func replaceMode() throws {
        let result = try Consolidator().consolidate(base: try draft(Self.base, "base.txt"), fragments: [try draft(Self.fragment, "f.txt")])
        #expect(texts(result) == ["1 To request the Secretari", "2 To convene a meeting of ", "3 To recognize the growing", "4 To welcome the new regio"])
        let changes = result.sections.flatMap(\.changes).map(\.kind)
        #expect(changes.filter { $0 == .replaced }.count + changes.filter { $0 == .keptUnchanged || $0 == .modified }.count == 3)
    }

    @Test func appendMode() throws {
        let options = MergeOptions(mode: .append)
        let result = try Consolidator(options: options).consolidate(base: try draft(Self.base, "base.txt"), fragments: [try draft(Self.fragment, "f.txt")])
        #expect(result.draft.operativeParagraphs.count == 7)
        #expect(result.draft.operativeParagraphs.last?.text.hasPrefix("To welcome the new regional network") == true)
        #expect(result.draft.operativeParagraphs.last?.label == "7")
        // The reference to paragraph 2 still names the same paragraph, which kept its number.
        #expect(result.draft.operativeParagraphs[3].text.hasSuffix("as stated in paragraph 2 of this resolution."))
    }

    @Test func replacedParagraphReferencesAreFlagged() throws {
        let fragment = "Public security\n\n1. To thank the ministers for their work in 2023.\n"
        let result = try Consolidator().consolidate(base: try draft(Self.base, "base.txt"), fragments: [try draft(fragment, "f.txt")])
        #expect(result.draft.operativeParagraphs.count == 4)
        #expect(result.flaggedReferences.map(\.label) == ["2"])
        #expect(result.draft.operativeParagraphs[2].text.hasSuffix("as stated in paragraph 2 of this resolution."))
    }

    @Test func sectionWithoutTargetListsClosestHeadings() throws {
        let fragment = "Maritime security\n\n1. To encourage cooperation among coast guards of the region.\n"
        let base = try draft(Self.base, "base.txt"), fragments = [try draft(fragment, "f.txt")]
        #expect {
            try Consolidator().consolidate(base: base, fragments: fragments)
        } throws: { error in
            guard case .noTarget(let file, let heading, let closest) = error as? MergeError else { return false }
            return file == "f.txt" && heading == "Maritime security" && closest.contains("Public security")
        }
    }

    @Test func manualPlacementAfterAHeading() throws {
        let fragment = "Maritime security\n\n1. To encourage cooperation among coast guards of the region.\n"
        let place = try #require(ManualPlacement(argument: "Maritime security=after:Public security"))
        let result = try Consolidator(options: MergeOptions(placements: [place]))
            .consolidate(base: try draft(Self.base, "base.txt"), fragments: [try draft(fragment, "f.txt")])
        #expect(result.draft.blocks.filter { $0.kind == .heading }.map(\.text) == ["Public security", "Maritime security", "Promotion of cybersecurity"])
        #expect(result.draft.operativeParagraphs[2].text.hasPrefix("To encourage cooperation"))
        #expect(result.draft.operativeParagraphs[2].label == "3")
        #expect(result.draft.operativeParagraphs[4].text.hasSuffix("as stated in paragraph 2 of this resolution."))
    }

    @Test func conflictingFragments() throws {
        let other = "Promotion of cybersecurity\n\n1. To adopt a different text on cybersecurity for the region.\n"
        let base = try draft(Self.base, "base.txt")
        let fragments = [try draft(Self.fragment, "a.txt"), try draft(other, "b.txt")]
        #expect(throws: MergeError.conflict(heading: "Promotion of cybersecurity", first: "a.txt", second: "b.txt")) {
            try Consolidator().consolidate(base: base, fragments: fragments)
        }
        let kept = try Consolidator(options: MergeOptions(conflicts: .keepBoth)).consolidate(base: base, fragments: fragments)
        #expect(kept.draft.operativeParagraphs.count == 5)
        #expect(kept.sections.allSatisfy { $0.conflicting })
        // The same text twice is no conflict.
        let same = try Consolidator().consolidate(base: base, fragments: [try draft(Self.fragment, "a.txt"), try draft(Self.fragment, "c.txt")])
        #expect(same.draft.operativeParagraphs.count == 4)
    }
}
