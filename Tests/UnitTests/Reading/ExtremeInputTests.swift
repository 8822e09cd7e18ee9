import Testing
import DraftDiff

@Suite("Extreme inputs")
struct ExtremeInputTests {
    /// 100,000 numbered paragraphs, each with its own words.
    static let hundredThousand: String = {
        var text = "DÉCIDE :\n\n"
        for number in 1...100_000 { text += "\(number).\tDe demander au Secrétariat le rapport \(number) sur la sécurité.\n" }
        return text
    }()

    @Test func aHundredThousandParagraphsKeepTheirNumbers() throws {
        let draft = try DraftReader().read(bytes: Array(Self.hundredThousand.utf8), file: "many.txt")
        let paragraphs = draft.operativeParagraphs
        #expect(paragraphs.count == 100_000)
        #expect(paragraphs.last?.label == "100000")
        #expect(paragraphs.last?.text == "De demander au Secrétariat le rapport 100000 sur la sécurité.")
        #expect(paragraphs.enumerated().allSatisfy { $0.element.label == String($0.offset + 1) })
    }

    @Test func aHundredThousandParagraphsAlignWithOneChange() throws {
        let old = try DraftReader().read(bytes: Array(Self.hundredThousand.utf8), file: "old.txt")
        let changed = Self.hundredThousand.replacingOccurrences(of: "rapport 50000 sur", with: "rapport 50000 annuel sur")
        let new = try DraftReader().read(bytes: Array(changed.utf8), file: "new.txt")
        let alignment = DraftAligner().align(old, new)
        #expect(alignment.summary[.modified] == 1)
        #expect(alignment.summary[.unchanged] == old.flattened.count - 1)
        #expect(alignment.summary.renumbered == 0)
    }
}
