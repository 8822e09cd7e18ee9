import Testing
import DraftDiff

/// Footnotes and endnotes linked to their marks; tables as rows of cells.
@Suite struct DocxNotesAndTablesTests {
    static let separators = #"<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"#

    static func note(_ kind: String, id: Int, paragraphs: [String]) -> String {
        #"<w:\#(kind) w:id="\#(id)">"# + paragraphs.enumerated().map { index, text in
            index == 0 ? #"<w:p><w:r><w:\#(kind)Ref/></w:r><w:r><w:t xml:space="preserve"> \#(text)</w:t></w:r></w:p>"# : DocxFixture.p(text)
        }.joined() + "</w:\(kind)>"
    }

    @Test func footnotesAndEndnotesNumberedInOrderOfReference() throws {
        let body = "<w:p>" + DocxFixture.run("Président")
            + #"<w:r><w:footnoteReference w:id="7"/></w:r>"# + DocxFixture.run(" du Conseil")
            + #"<w:r><w:endnoteReference w:id="1"/></w:r>"# + DocxFixture.run(".")
            + #"<w:r><w:footnoteReference w:id="3"/></w:r></w:p>"#
        let footnotes = Self.separators + Self.note("footnote", id: 3, paragraphs: ["Second."])
            + Self.note("footnote", id: 7, paragraphs: ["La délégation…", "continues here."])
        let endnotes = Self.note("endnote", id: 1, paragraphs: ["An endnote."])
        let document = try DocxFixture.read(try DocxFixture.docx(body: body, footnotes: footnotes, endnotes: endnotes))
        #expect(document.footnotes.map(\.id) == ["7", "endnote-1", "3"])
        #expect(document.footnotes.map(\.number) == [1, 2, 3])
        #expect(document.footnotes.map(\.text) == ["La délégation…\ncontinues here.", "An endnote.", "Second."])
        let paragraph = try #require(document.paragraphs.first)
        #expect(paragraph.text == "Président du Conseil.")
        #expect(paragraph.footnoteAnchors == [FootnoteAnchor(footnoteID: "7", offset: 9),
                                              FootnoteAnchor(footnoteID: "endnote-1", offset: 20),
                                              FootnoteAnchor(footnoteID: "3", offset: 21)])
    }

    @Test func deletedFootnoteReferenceIsGoneFromTheAcceptedView() throws {
        let body = "<w:p>" + DocxFixture.run("Text") + #"<w:del w:id="1" w:author="A"><w:r><w:footnoteReference w:id="1"/></w:r></w:del></w:p>"#
        let package = try DocxFixture.docx(body: body, footnotes: Self.separators + Self.note("footnote", id: 1, paragraphs: ["Note."]))
        #expect(try DocxFixture.read(package, view: .accepted).footnotes.isEmpty)
        #expect(try DocxFixture.read(package, view: .original).footnotes.map(\.text) == ["Note."])
    }

    @Test func tablesWithHeaderRowsNestedContentAndNumberedCells() throws {
        let numbering = #"<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#
        let cell = { (content: String) in "<w:tc><w:tcPr><w:tcW w:w=\"100\"/></w:tcPr>\(content)</w:tc>" }
        let body = DocxFixture.p("Calendrier")
            + "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/></w:tblGrid>"
            + "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + cell(DocxFixture.p("Ordre")) + cell(DocxFixture.p("Thème")) + "</w:tr>"
            + "<w:tr>" + cell(DocxFixture.numbered("CICAD", numID: 1)) + cell(DocxFixture.p("Novembre") + DocxFixture.p("2021")) + "</w:tr>"
            + "<w:sdt><w:sdtContent><w:tr>" + cell(DocxFixture.numbered("CITAAC", numID: 1)) + cell("<w:tbl><w:tr>" + cell(DocxFixture.p("in")) + cell(DocxFixture.p("nested")) + "</w:tr></w:tbl>") + "</w:tr></w:sdtContent></w:sdt>"
            + "</w:tbl>" + DocxFixture.p("After")
        let document = try DocxFixture.read(try DocxFixture.docx(body: body, numbering: numbering))
        #expect(document.units.count == 3)
        guard case .table(let table, let location) = document.units[1] else {
            Issue.record("the second unit is not a table")
            return
        }
        #expect(table.headerRowCount == 1)
        #expect(table.rows == [["Ordre", "Thème"], ["1. CICAD", "Novembre\n2021"], ["2. CITAAC", "in\tnested"]])
        #expect(location == SourceLines(first: 2, last: 9))
        #expect(document.paragraphs.last?.location == SourceLines(line: 10))
    }
}
