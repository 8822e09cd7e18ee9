import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import DraftWriting
import DraftDiff

@Suite("DOCX redline")
struct DocxRedlineWriterTests {
    let options = ReportOptions(author: "Secrétariat & <CSH>", date: Date(timeIntervalSince1970: 1_790_000_000))

    @Test("accepting every change gives the new draft, rejecting every change the old one")
    func acceptAndReject() throws {
        let alignment = RedlineFixtures.alignment
        let view = try DocxTrackedView(try DocxRedlineWriter(options: options).write(alignment))
        #expect(try view.paragraphs(accepted: true) == RedlineFixtures.paragraphTexts(alignment.new))
        let original = try view.paragraphs(accepted: false)
        #expect(original == RedlineFixtures.paragraphTexts(alignment.old), "\(original.difference(from: RedlineFixtures.paragraphTexts(alignment.old)))")
        #expect(try view.footnotes(accepted: true) == alignment.new.footnotes.map(\.text))
        #expect(try view.footnotes(accepted: false) == alignment.old.footnotes.map(\.text))
    }

    @Test("identical inputs and options give identical bytes")
    func deterministic() throws {
        let first = try DocxRedlineWriter(options: options).write(RedlineFixtures.alignment)
        let second = try DocxRedlineWriter(options: options).write(RedlineFixtures.alignment)
        #expect(first == second)
    }

    @Test("revisions carry the author and date, and ids are unique across the package")
    func revisionStamps() throws {
        let view = try DocxTrackedView(try DocxRedlineWriter(options: options).write(RedlineFixtures.alignment))
        var ids: [String] = []
        for part in ["word/document.xml", "word/footnotes.xml"] {
            let stamped = try view.document(part).nodes(forXPath: "//*[@w:author]").compactMap { $0 as? XMLElement }
            #expect(!stamped.isEmpty)
            for element in stamped {
                #expect(element.attribute(forName: "w:author")?.stringValue == "Secrétariat & <CSH>")
                #expect(element.attribute(forName: "w:date")?.stringValue == "2026-09-21T14:13:20Z")
                ids.append(element.attribute(forName: "w:id")?.stringValue ?? "")
            }
        }
        #expect(Set(ids).count == ids.count)
    }

    @Test("a move is written as moveFrom and moveTo with matching named ranges")
    func moves() throws {
        let document = try DocxTrackedView(try DocxRedlineWriter(options: options).write(RedlineFixtures.alignment))
            .document("word/document.xml")
        func names(_ element: String) throws -> [String] {
            try document.nodes(forXPath: "//w:\(element)").compactMap { ($0 as? XMLElement)?.attribute(forName: "w:name")?.stringValue }
        }
        #expect(try names("moveFromRangeStart") == ["move1"])
        #expect(try names("moveToRangeStart") == ["move1"])
        #expect(try document.nodes(forXPath: "//w:moveFromRangeEnd").count == 1)
        #expect(try document.nodes(forXPath: "//w:moveToRangeEnd").count == 1)
        let moved = try document.nodes(forXPath: "//w:moveFrom/w:r/w:t").map { $0.stringValue ?? "" }.joined()
        #expect(moved == "7.D’encourager la coopération régionale.", "the old label is typed, as the old version printed it")
    }

    @Test("a renumbered paragraph with the same text has no revision")
    func renumberedIsNotAChange() throws {
        let document = try DocxTrackedView(try DocxRedlineWriter(options: options).write(RedlineFixtures.alignment))
            .document("word/document.xml")
        let paragraph = try document.nodes(forXPath: "//w:p[w:r/w:t='De remercier le Gouvernement du Pérou.']")
        #expect(paragraph.count == 1)
        let revisions = try paragraph[0].nodes(forXPath: ".//w:ins|.//w:del|.//w:moveTo|.//w:moveFrom")
        #expect(revisions.isEmpty)
    }

    @Test("a plain draft is written with no revision, Word numbering and its footnotes")
    func plainDraft() throws {
        let draft = RedlineFixtures.new
        let view = try DocxTrackedView(try DraftDocxWriter().write(draft))
        #expect(try view.paragraphs(accepted: true) == RedlineFixtures.paragraphTexts(draft))
        #expect(try view.footnotes(accepted: true) == draft.footnotes.map(\.text))
        let document = try view.document("word/document.xml")
        #expect(try document.nodes(forXPath: "//w:ins|//w:del").isEmpty)
        #expect(try document.nodes(forXPath: "//w:p[w:pPr/w:numPr]").count == 13)
        #expect(try document.nodes(forXPath: "//w:tbl/w:tr").count == 2)
        #expect(try document.nodes(forXPath: "//w:pStyle[@w:val='Heading1']").count == 2)
    }

    @Test("text is escaped, control characters left out, edge spaces preserved")
    func escaping() throws {
        let text = "A & B < C > \"D\" \u{1}E\u{B} "
        let draft = Draft(source: DraftSource(path: "x", format: .memory), blocks: [Block(kind: .preamble, text: text)])
        let view = try DocxTrackedView(try DraftDocxWriter().write(draft))
        #expect(try view.paragraphs(accepted: true) == ["A & B < C > \"D\" E "])
        let raw = String(decoding: view.parts["word/document.xml"]!, as: UTF8.self)
        #expect(raw.contains("<w:t xml:space=\"preserve\">A &amp; B &lt; C &gt; \"D\" E </w:t>"))
    }
}
