import Foundation
import Testing
@testable import DraftWriting
import DraftDiff

/// The pass that keeps LibreOffice from joining same-kind changes across an untracked paragraph mark.
@Suite("LibreOffice adjacency")
struct LibreOfficeAdjacencyTests {
    static func alignment(firstEnds: [(WordChange.Operation, String)], second: AlignmentEntry, secondText: String?) -> Alignment {
        let firstOld = firstEnds.filter { $0.0 != .insert }.map(\.1).joined()
        let firstNew = firstEnds.filter { $0.0 != .delete }.map(\.1).joined()
        var oldBlocks = [Block(kind: .preamble, text: firstOld)]
        var newBlocks = [Block(kind: .preamble, text: firstNew)]
        if second.kind == .inserted { newBlocks.append(Block(kind: .preamble, text: secondText!)) }
        if second.kind == .deleted { oldBlocks.append(Block(kind: .preamble, text: secondText!)) }
        oldBlocks.append(Block(kind: .preamble, text: "Fin."))
        newBlocks.append(Block(kind: .preamble, text: "Fin."))
        let source = DraftSource(path: "x", format: .memory)
        return Alignment(
            old: Draft(source: source, blocks: oldBlocks), new: Draft(source: source, blocks: newBlocks),
            entries: [
                AlignmentEntry(kind: .modified, old: [BlockPath(index: 0)], new: [BlockPath(index: 0)], similarity: 0.9,
                               changes: firstEnds.map { WordChange($0.0, $0.1) }),
                second,
                AlignmentEntry(kind: .unchanged, old: [BlockPath(index: oldBlocks.count - 1)],
                               new: [BlockPath(index: newBlocks.count - 1)], similarity: 1),
            ])
    }

    @Test("an inserted paragraph after one ending with an insertion is recorded on the previous mark")
    func insertedAfterInsertion() throws {
        let alignment = Self.alignment(
            firstEnds: [(.equal, "Début"), (.insert, " ajouté")],
            second: AlignmentEntry(kind: .inserted, old: [], new: [BlockPath(index: 1)], similarity: 0), secondText: "Nouveau.")
        let paragraphs = LibreOfficeAdjacency.adjusted(RedlineDocument(alignment).paragraphs)
        #expect(paragraphs.map(\.mark) == [.insert, .equal, .equal])
        let view = try DocxTrackedView(try DocxRedlineWriter(options: ReportOptions()).write(alignment))
        #expect(try view.paragraphs(accepted: true) == ["Début ajouté", "Nouveau.", "Fin."])
        #expect(try view.paragraphs(accepted: false) == ["Début", "Fin."])
    }

    @Test("a deletion and insertion pair at the end of a paragraph is swapped before a deleted paragraph")
    func pairSwapped() throws {
        let alignment = Self.alignment(
            firstEnds: [(.equal, "Début"), (.delete, " ancien"), (.insert, " neuf")],
            second: AlignmentEntry(kind: .deleted, old: [BlockPath(index: 1)], new: [], similarity: 0), secondText: "Supprimé.")
        let paragraphs = LibreOfficeAdjacency.adjusted(RedlineDocument(alignment).paragraphs)
        #expect(paragraphs[0].segments.map(\.operation) == [.equal, .delete, .insert])
        let deletedAfter = Self.alignment(
            firstEnds: [(.equal, "Début"), (.insert, " neuf"), (.delete, " ancien")],
            second: AlignmentEntry(kind: .deleted, old: [BlockPath(index: 1)], new: [], similarity: 0), secondText: "Supprimé.")
        let swapped = LibreOfficeAdjacency.adjusted(RedlineDocument(deletedAfter).paragraphs)
        #expect(swapped[0].segments.map(\.operation) == [.equal, .delete, .insert])
        #expect(swapped.map(\.mark) == [.equal, .delete, .equal])
        let view = try DocxTrackedView(try DocxRedlineWriter(options: ReportOptions()).write(deletedAfter))
        #expect(try view.paragraphs(accepted: true) == ["Début neuf", "Fin."])
        #expect(try view.paragraphs(accepted: false) == ["Début ancien", "Supprimé.", "Fin."])
    }
}
