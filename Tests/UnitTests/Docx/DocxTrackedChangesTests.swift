import Testing
import DraftDiff

/// The accepted and original views of tracked changes.
@Suite struct DocxTrackedChangesTests {
    static let change = #"w:id="1" w:author="A" w:date="2022-07-27T00:00:00Z""#

    @Test func insertionsAndDeletions() throws {
        let body = "<w:p>" + DocxFixture.run("Keep ")
            + "<w:ins \(Self.change)>" + DocxFixture.run("new ") + "</w:ins>"
            + #"<w:del \#(Self.change)><w:r><w:delText xml:space="preserve">old </w:delText></w:r></w:del>"#
            + DocxFixture.run("end") + "</w:p>"
        let package = try DocxFixture.docx(body: body)
        #expect(try DocxFixture.texts(package, view: .accepted) == ["Keep new end"])
        #expect(try DocxFixture.texts(package, view: .original) == ["Keep old end"])
    }

    @Test func moves() throws {
        let body = "<w:p><w:moveFrom \(Self.change)>" + DocxFixture.run("Moved") + "</w:moveFrom></w:p>"
            + DocxFixture.p("Middle")
            + "<w:p><w:moveTo \(Self.change)>" + DocxFixture.run("Moved") + "</w:moveTo></w:p>"
        let package = try DocxFixture.docx(body: body)
        #expect(try DocxFixture.texts(package, view: .accepted) == ["Middle", "Moved"])
        #expect(try DocxFixture.texts(package, view: .original) == ["Moved", "Middle"])
    }

    @Test func deletedParagraphMarkJoinsParagraphsInTheAcceptedView() throws {
        let body = DocxFixture.p("First half ", properties: "<w:rPr><w:del \(Self.change)/></w:rPr>") + DocxFixture.p("second half.")
        let package = try DocxFixture.docx(body: body)
        let accepted = try DocxFixture.paragraphs(package, view: .accepted)
        #expect(accepted.map(\.text) == ["First half second half."])
        #expect(accepted.first?.location == SourceLines(first: 1, last: 2))
        #expect(try DocxFixture.texts(package, view: .original) == ["First half ", "second half."])
    }

    @Test func insertedParagraphMarkJoinsParagraphsInTheOriginalView() throws {
        let body = DocxFixture.p("One", properties: "<w:rPr><w:ins \(Self.change)/></w:rPr>") + DocxFixture.p("Two")
        let package = try DocxFixture.docx(body: body)
        #expect(try DocxFixture.texts(package, view: .accepted) == ["One", "Two"])
        #expect(try DocxFixture.texts(package, view: .original) == ["OneTwo"])
    }

    @Test func wholeInsertedParagraphDisappearsFromTheOriginalView() throws {
        let body = DocxFixture.p("Before")
            + "<w:p><w:pPr><w:rPr><w:ins \(Self.change)/></w:rPr></w:pPr><w:ins \(Self.change)>" + DocxFixture.run("Added") + "</w:ins></w:p>"
            + DocxFixture.p("After")
        let package = try DocxFixture.docx(body: body)
        #expect(try DocxFixture.texts(package, view: .accepted) == ["Before", "Added", "After"])
        let original = try DocxFixture.paragraphs(package, view: .original)
        #expect(original.map(\.text) == ["Before", "After"])
        // Ordinals count every w:p of the part, so both views locate "After" alike.
        #expect(original.last?.location == SourceLines(first: 2, last: 3))
    }

    @Test func formattingChangesAreNotText() throws {
        let body = #"<w:p><w:r><w:rPr><w:b/><w:rPrChange \#(Self.change)><w:rPr/></w:rPrChange></w:rPr><w:t>Bold</w:t></w:r></w:p>"#
        #expect(try DocxFixture.texts(try DocxFixture.docx(body: body), view: .original) == ["Bold"])
    }

    @Test func insertedAndDeletedTableRows() throws {
        let row = { (text: String, mark: String) in "<w:tr><w:trPr>\(mark)</w:trPr><w:tc>\(DocxFixture.p(text))</w:tc></w:tr>" }
        let body = "<w:tbl>" + row("kept", "") + row("added", "<w:ins \(Self.change)/>") + row("removed", "<w:del \(Self.change)/>") + "</w:tbl>"
        let package = try DocxFixture.docx(body: body)
        #expect(try DocxFixture.read(package, view: .accepted).tables.first?.rows == [["kept"], ["added"]])
        #expect(try DocxFixture.read(package, view: .original).tables.first?.rows == [["kept"], ["removed"]])
    }

    /// Numbered now, unnumbered before: by a change of the paragraph's properties, or, as Word records
    /// "numbering added" (WmlComparer's RP021), by `w:ins` inside `w:numPr`.
    @Test(arguments: [#"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:pPrChange \#(DocxTrackedChangesTests.change)><w:pPr/></w:pPrChange>"#,
                      #"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/><w:ins \#(DocxTrackedChangesTests.change)/></w:numPr>"#])
    func numberingAddedAsATrackedChange(properties: String) throws {
        let numbering = #"<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#
        let package = try DocxFixture.docx(body: DocxFixture.p("Now numbered", properties: properties), numbering: numbering)
        #expect(try DocxFixture.paragraphs(package, view: .accepted).map(\.numbering) == ["1."])
        #expect(try DocxFixture.paragraphs(package, view: .original).map(\.numbering) == [nil])
    }

    @Test func insertedNumberedParagraphRenumbersOnlyTheAcceptedView() throws {
        let numbering = #"<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="83"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#
        let numPr = #"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>"#
        let inserted = "<w:p><w:pPr>\(numPr)<w:rPr><w:ins \(Self.change)/></w:rPr></w:pPr><w:ins \(Self.change)>" + DocxFixture.run("De saluer") + "</w:ins></w:p>"
        let body = DocxFixture.numbered("De réitérer", numID: 1) + inserted + DocxFixture.numbered("De demander", numID: 1)
        let package = try DocxFixture.docx(body: body, numbering: numbering)
        let accepted = try DocxFixture.paragraphs(package, view: .accepted)
        #expect(accepted.map(\.numbering) == ["83.", "84.", "85."])
        #expect(accepted.map(\.text) == ["De réitérer", "De saluer", "De demander"])
        let original = try DocxFixture.paragraphs(package, view: .original)
        #expect(original.map(\.numbering) == ["83.", "84."])
        #expect(original.map(\.text) == ["De réitérer", "De demander"])
    }
}

