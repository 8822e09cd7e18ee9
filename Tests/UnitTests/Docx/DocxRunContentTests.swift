import Testing
import DraftDiff

/// The text inside paragraphs: special characters, fields, alternate content, text boxes, comments.
@Suite struct DocxRunContentTests {
    @Test func specialCharactersAndTabStops() throws {
        let body = #"<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>84.</w:t><w:tab/><w:t>De</w:t><w:br/><w:t>x</w:t><w:cr/><w:t>non</w:t><w:noBreakHyphen/><w:t>stop co</w:t><w:softHyphen/><w:t>operation </w:t><w:sym w:font="Symbol" w:char="F0DA"/><w:sym w:font="Wingdings" w:char="F0FC"/><w:br w:type="page"/><w:t>end</w:t></w:r></w:p><w:p><w:r><w:br w:type="page"/><w:t>Next page</w:t></w:r></w:p>"#
        #expect(try DocxFixture.texts(try DocxFixture.docx(body: body)) == ["84.\tDe\nx\nnon\u{2011}stop cooperation ∨\u{F0FC}\nend", "Next page"])
    }

    @Test func hyperlinksSmartTagsContentControlsAndComments() throws {
        let body = #"<w:p><w:commentRangeStart w:id="0"/><w:hyperlink r:id="rId9">\#(DocxFixture.run("link "))</w:hyperlink><w:smartTag w:uri="u" w:element="place">\#(DocxFixture.run("Lima "))</w:smartTag><w:sdt><w:sdtPr><w:alias w:val="not text"/></w:sdtPr><w:sdtContent>\#(DocxFixture.run("control"))</w:sdtContent></w:sdt><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>"#
        let package = try DocxFixture.docx(body: body, rootAttributes: #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#)
        #expect(try DocxFixture.texts(package) == ["link Lima control"])
    }

    @Test func hiddenTextIsLeftOut() throws {
        let body = "<w:p>" + DocxFixture.run("Shown ") + #"<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden </w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>shown again</w:t></w:r></w:p>"#
        #expect(try DocxFixture.texts(try DocxFixture.docx(body: body)) == ["Shown shown again"])
    }

    @Test func fieldsKeepTheirResultAndDropTheirInstruction() throws {
        let complex = #"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF _Ref1 \h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>\#(DocxFixture.run("paragraph 12"))<w:r><w:fldChar w:fldCharType="end"/></w:r>"#
        let nested = #"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> IF </w:instrText></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>\#(DocxFixture.run("9"))<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:instrText> = 9 "yes" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>\#(DocxFixture.run("yes"))<w:r><w:fldChar w:fldCharType="end"/></w:r>"#
        let simple = #"<w:fldSimple w:instr=" DATE \@ &quot;d MMMM yyyy&quot; ">\#(DocxFixture.run("27 July 2022"))</w:fldSimple>"#
        let body = "<w:p>" + DocxFixture.run("See ") + complex + DocxFixture.run(" ") + nested + "</w:p><w:p>" + simple + "</w:p>"
        #expect(try DocxFixture.texts(try DocxFixture.docx(body: body)) == ["See paragraph 12 yes", "27 July 2022"])
    }

    @Test func equationsReadAsTheirTextWithTheCharactersWordDraws() throws {
        // (x+a)ⁿ = Σₖ₌₀ⁿ (n over k) xᵏ, and x = (−b ± √(b²−4ac)) / 2a with an inserted "2".
        func r(_ text: String) -> String { "<m:r><m:t>\(text)</m:t></m:r>" }
        let binomial = #"<m:d><m:dPr><m:ctrlPr><w:rPr><w:i/></w:rPr></m:ctrlPr></m:dPr><m:e><m:f><m:fPr><m:type m:val="noBar"/></m:fPr><m:num>\#(r("n"))</m:num><m:den>\#(r("k"))</m:den></m:f></m:e></m:d>"#
        let sum = #"<m:nary><m:naryPr><m:chr m:val="∑"/></m:naryPr><m:sub>\#(r("k=0"))</m:sub><m:sup>\#(r("n"))</m:sup><m:e>\#(binomial)\#(r("xk"))</m:e></m:nary>"#
        let first = #"<m:oMath><m:d><m:e>\#(r("x+a"))</m:e></m:d><m:sSup><m:e/><m:sup>\#(r("n"))</m:sup></m:sSup>\#(r("="))\#(sum)</m:oMath>"#
        let root = #"<m:rad><m:radPr><m:degHide m:val="1"/></m:radPr><m:deg/><m:e>\#(r("b2-4ac"))</m:e></m:rad>"#
        let second = #"<m:oMath>\#(r("x="))<m:f><m:num>\#(r("-b±"))\#(root)</m:num><m:den><m:r><w:ins w:id="1" w:author="A"><m:t>2</m:t></w:ins></m:r>\#(r("a"))</m:den></m:f><m:d><m:dPr><m:begChr m:val="["/><m:sepChr m:val=","/><m:endChr m:val=""/></m:dPr><m:e>\#(r("p"))</m:e><m:e>\#(r("q"))</m:e></m:d></m:oMath>"#
        let body = "<w:p>" + DocxFixture.run("So ") + first + "</w:p><w:p>" + second + "</w:p>"
        let package = try DocxFixture.docx(body: body, rootAttributes: #"xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math""#)
        #expect(try DocxFixture.texts(package) == ["So (x+a)n=∑k=0n(n¦k)xk", "x=-b±√b2-4ac/2a[p,q"])
        #expect(try DocxFixture.texts(package, view: .original) == ["So (x+a)n=∑k=0n(n¦k)xk", "x=-b±√b2-4ac/a[p,q"])
    }

    static let markup = #"xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:x9="urn:example:unknown""#

    static func alternate(requires: String) -> String {
        #"<w:p>\#(DocxFixture.run("Before "))<w:r><mc:AlternateContent><mc:Choice Requires="\#(requires)"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>\#(DocxFixture.p("Choice box"))</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>\#(DocxFixture.p("Fallback box"))</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>\#(DocxFixture.run("after"))</w:p>"#
    }

    @Test func alternateContentReadsTheUnderstoodChoiceOnly() throws {
        let package = try DocxFixture.docx(body: Self.alternate(requires: "wps") + DocxFixture.p("Next"), rootAttributes: Self.markup)
        let paragraphs = try DocxFixture.paragraphs(package)
        // The text box comes after the paragraph holding it; its w:p counts as ordinal 2.
        #expect(paragraphs.map(\.text) == ["Before after", "Choice box", "Next"])
        #expect(paragraphs.map(\.location.first) == [1, 2, 4])
    }

    @Test func alternateContentFallsBackWhenTheChoiceIsNotUnderstood() throws {
        let package = try DocxFixture.docx(body: Self.alternate(requires: "x9"), rootAttributes: Self.markup)
        #expect(try DocxFixture.texts(package) == ["Before after", "Fallback box"])
    }

    @Test func emptyParagraphsBecomeBlankLinesBefore() throws {
        let body = DocxFixture.p("Title") + DocxFixture.p("") + "<w:p><w:r><w:t xml:space=\"preserve\">  </w:t></w:r></w:p>" + DocxFixture.p("Text")
        let paragraphs = try DocxFixture.paragraphs(try DocxFixture.docx(body: body))
        #expect(paragraphs.map(\.text) == ["Title", "Text"])
        #expect(paragraphs.map(\.blankLinesBefore) == [0, 2])
        #expect(paragraphs.map(\.location) == [SourceLines(line: 1), SourceLines(line: 4)])
    }
}

/// Paragraph-level layout that is not a paragraph of its own.
@Suite struct DocxDropCapTests {
    @Test func dropCapitalJoinsItsParagraph() throws {
        let body = DocxFixture.p("D", properties: #"<w:framePr w:dropCap="drop" w:lines="3"/>"#) + DocxFixture.p("rop cap.")
            + DocxFixture.p("Framed", properties: #"<w:framePr w:dropCap="none" w:wrap="around"/>"#) + DocxFixture.p("Next")
        #expect(try DocxFixture.texts(try DocxFixture.docx(body: body)) == ["Drop cap.", "Framed", "Next"])
    }
}
