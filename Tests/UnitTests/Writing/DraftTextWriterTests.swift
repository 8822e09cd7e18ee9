import Testing
import DraftDiff

/// The Word-export-style text writer: what it writes, the plain-text reader reads back unchanged.
@Suite("Draft text writer round trip")
struct DraftTextWriterTests {
    /// The parts of a Draft that must survive writing and reading again.
    struct Shape: Equatable {
        var blocks: [String]
        var footnotes: [String]

        init(_ draft: Draft) {
            blocks = draft.flattened.map { _, block in
                let marks = block.footnoteAnchors.map { "\($0.footnoteID)@\($0.offset)" }.joined(separator: ",")
                let table = block.table.map { "\($0.headerRowCount)|" + $0.rows.map { $0.joined(separator: "¦") }.joined(separator: "⏎") } ?? ""
                return "\(block.kind.rawValue)|\(block.label ?? "-")|\(block.level)|\(block.text)|\(marks)|\(table)"
            }
            footnotes = draft.footnotes.map { "\($0.id)|\($0.number)|\($0.text)" }
        }
    }

    @Test(arguments: [Fixtures.globalResolution, Fixtures.cicteFragment])
    func sampleRoundTrips(_ path: String) throws {
        let original = try Fixtures.read(path)
        let written = DraftTextWriter().write(original)
        let reread = try Fixtures.draft(written, file: path)
        let before = Shape(original), after = Shape(reread)
        #expect(before.blocks.count == after.blocks.count)
        for (old, new) in zip(before.blocks, after.blocks) where old != new {
            Issue.record("block differs:\n  \(old.prefix(160))\n  \(new.prefix(160))")
        }
        #expect(before.footnotes == after.footnotes)
        #expect(!written.contains("[bookmark"))
    }

    @Test func multiParagraphFootnoteIsCutAndContinued() throws {
        let draft = try Fixtures.read(Fixtures.globalResolution)
        let written = DraftTextWriter().write(draft)
        #expect(written.contains("NOTES DE BAS DE PAGE"))
        #expect(written.contains("\n5.\t… "))
    }
}
