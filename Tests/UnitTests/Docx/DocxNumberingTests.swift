import Testing
import DraftDiff

/// Word's automatic numbering read as printed: levels, formats, restarts, overrides, styles.
@Suite struct DocxNumberingTests {
    static func level(_ level: Int, _ format: String, _ text: String, start: Int = 1, extra: String = "") -> String {
        #"<w:lvl w:ilvl="\#(level)"><w:start w:val="\#(start)"/><w:numFmt w:val="\#(format)"/><w:lvlText w:val="\#(text)"/>\#(extra)</w:lvl>"#
    }

    static let numbering = """
        <w:abstractNum w:abstractNumId="0">\(level(0, "decimal", "%1."))\(level(1, "lowerLetter", "%2."))\(level(2, "lowerRoman", "(%3)"))</w:abstractNum>
        <w:abstractNum w:abstractNumId="1">\(level(0, "upperRoman", "%1.", start: 3))\(level(1, "decimal", "%1.%2", extra: "<w:isLgl/>"))\(level(2, "decimal", "%1.%2.%3"))</w:abstractNum>
        <w:abstractNum w:abstractNumId="2">\(level(0, "bullet", "•"))</w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="83"/></w:lvlOverride></w:num>
        <w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
        <w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
        <w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>
        """

    @Test func levelsFormatsAndRestartOfLowerLevels() throws {
        let body = [
            DocxFixture.numbered("One", numID: 1), DocxFixture.numbered("Sub a", numID: 1, level: 1),
            DocxFixture.numbered("Sub b", numID: 1, level: 1), DocxFixture.numbered("Sub sub", numID: 1, level: 2),
            DocxFixture.numbered("Two", numID: 1), DocxFixture.numbered("Sub a again", numID: 1, level: 1),
        ].joined()
        let paragraphs = try DocxFixture.paragraphs(try DocxFixture.docx(body: body, numbering: Self.numbering))
        #expect(paragraphs.map(\.numbering) == ["1.", "a.", "b.", "(i)", "2.", "a."])
        #expect(paragraphs.map(\.numberingLevel) == [0, 1, 1, 2, 0, 1])
        #expect(paragraphs.map(\.text) == ["One", "Sub a", "Sub b", "Sub sub", "Two", "Sub a again"])
    }

    @Test func startOverrideRestartsTheSharedCountersOnce() throws {
        let body = [
            DocxFixture.numbered("A", numID: 1), DocxFixture.numbered("a", numID: 1, level: 1),
            DocxFixture.numbered("B", numID: 2), DocxFixture.numbered("C", numID: 2),
            DocxFixture.numbered("D", numID: 5), DocxFixture.numbered("E", numID: 1), DocxFixture.numbered("F", numID: 2),
        ].joined()
        let labels = try DocxFixture.paragraphs(try DocxFixture.docx(body: body, numbering: Self.numbering)).map(\.numbering)
        // numIds 1, 2 and 5 share abstract 0: numId 2 restarts it at 83 when it first comes,
        // the others continue from there (Word's behaviour).
        #expect(labels == ["1.", "a.", "83.", "84.", "85.", "86.", "87."])
    }

    @Test func romanStartAndMultiLevelText() throws {
        let body = [DocxFixture.numbered("Chapter", numID: 3), DocxFixture.numbered("Section", numID: 3, level: 1),
                    DocxFixture.numbered("Section", numID: 3, level: 1), DocxFixture.numbered("Point", numID: 3, level: 2),
                    DocxFixture.numbered("Chapter", numID: 3)].joined()
        let labels = try DocxFixture.paragraphs(try DocxFixture.docx(body: body, numbering: Self.numbering)).map(\.numbering)
        // Level 2 ("%1.%2.%3", not legal) writes level 0's number in level 0's format, as Word does;
        // level 1 is legal numbering (w:isLgl), all decimal.
        #expect(labels == ["III.", "3.1", "3.2", "III.2.1", "IV."])
    }

    @Test func numberingPartRulesFirstSettingLaterDefinitionOverrideLevelForeignElements() throws {
        let numbering = """
            <w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
            <w:abstractNum w:abstractNumId="8">\(Self.level(0, "decimal", "%1)"))</w:abstractNum>
            <w:abstractNum w:abstractNumId="8">\(Self.level(0, "lowerLetter", "%1)"))</w:abstractNum>
            <x:abstractNum xmlns:x="urn:not-word" w:abstractNumId="7">\(Self.level(0, "bullet", "•"))</x:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>
            <w:num w:numId="2"><w:abstractNumId w:val="8"/></w:num>
            <w:abstractNum w:abstractNumId="9">\(Self.level(0, "decimal", "%1."))</w:abstractNum>
            <w:num w:numId="3"><w:abstractNumId w:val="9"/><w:lvlOverride w:ilvl="0">\(Self.level(0, "lowerRoman", "(%1)"))</w:lvlOverride></w:num>
            """
        let body = [DocxFixture.numbered("First", numID: 1), DocxFixture.numbered("Second", numID: 1),
                    DocxFixture.numbered("Replaced", numID: 2), DocxFixture.numbered("Overridden", numID: 3)].joined()
        let labels = try DocxFixture.paragraphs(try DocxFixture.docx(body: body, numbering: numbering)).map(\.numbering)
        // The first w:numFmt of a level counts; abstract 8's second definition replaces the first; a level
        // given whole in w:lvlOverride replaces the abstract's; an element of another namespace is not read.
        #expect(labels == ["I.", "II.", "a)", "(i)"])
    }

    @Test func numberingPartRulesOverridesMergeAndOnlyListsAtTheTopAreRead() throws {
        let nested = #"<w:pPr><w:lvl w:ilvl="0"><w:start w:val="99"/></w:lvl></w:pPr>"#
        let numbering = """
            <!-- </w:abstractNum> <w:abstractNum w:abstractNumId="20"> -->
            <w:abstractNum w:abstractNumId="20"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>\(nested)</w:lvl></w:abstractNum>
            <w:abstractNum w:abstractNumId="21">\(Self.level(0, "upperLetter", "%1)"))</w:abstractNum>
            <mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="w14"><w:abstractNum w:abstractNumId="22">\(Self.level(0, "decimal", "%1."))</w:abstractNum></mc:Choice></mc:AlternateContent>
            <w:num w:numId="1"><w:abstractNumId w:val="20"/><w:abstractNumId w:val="21"/>
              <w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/><w:startOverride w:val="8"/></w:lvlOverride>
              <w:lvlOverride w:ilvl="0">\(Self.level(0, "lowerRoman", "(%1)"))</w:lvlOverride></w:num>
            <w:num w:numId="2"><w:abstractNumId/><w:abstractNumId w:val="20"/></w:num>
            <w:num w:numId="3"><w:abstractNumId w:val="22"/></w:num>
            <w:num w:numId="4"><w:abstractNumId w:val="20"/></w:num>
            """
        let body = [DocxFixture.numbered("Overridden", numID: 1), DocxFixture.numbered("Again", numID: 1),
                    DocxFixture.numbered("No abstract list", numID: 2), DocxFixture.numbered("Wrapped list", numID: 3),
                    DocxFixture.numbered("Plain", numID: 4)].joined()
        let labels = try DocxFixture.paragraphs(try DocxFixture.docx(body: body, numbering: numbering)).map(\.numbering)
        // The first w:abstractNumId and the first w:startOverride count; two w:lvlOverride of one level add up (the
        // first's start, the second's level); a w:abstractNumId without w:val leaves the list undefined; a list
        // inside mc:AlternateContent, a w:lvl inside a level's w:pPr (start 99) and markup in a comment are not read.
        // List 4 shares abstract list 20, and its counter, with list 1.
        #expect(labels == ["(v)", "(vi)", nil, nil, "7."])
    }

    @Test func bulletsAndNumberingSwitchedOffGiveNoLabel() throws {
        let body = DocxFixture.numbered("Bullet", numID: 4) + DocxFixture.numbered("Off", numID: 0) + DocxFixture.numbered("Undefined", numID: 42)
        let paragraphs = try DocxFixture.paragraphs(try DocxFixture.docx(body: body, numbering: Self.numbering))
        #expect(paragraphs.map(\.numbering) == [nil, nil, nil])
        #expect(paragraphs.map(\.text) == ["Bullet", "Off", "Undefined"])
    }

    @Test func numberingAndHeadingsInheritedFromStylesThroughBasedOn() throws {
        let styles = """
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
            <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>
            <w:style w:type="paragraph" w:styleId="Chapter"><w:name w:val="Chapter title"/><w:basedOn w:val="Heading2"/></w:style>
            <w:style w:type="paragraph" w:styleId="Outline"><w:name w:val="Outline"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="ListBase"><w:name w:val="List base"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="Resolution"><w:name w:val="Resolution paragraph"/><w:basedOn w:val="ListBase"/></w:style>
            <w:style w:type="paragraph" w:styleId="Second"><w:name w:val="Second level"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>
            """
        let body = [
            DocxFixture.p("Heading", properties: #"<w:pStyle w:val="Heading2"/>"#),
            DocxFixture.p("Chapter", properties: #"<w:pStyle w:val="Chapter"/>"#),
            DocxFixture.p("Outline", properties: #"<w:pStyle w:val="Outline"/>"#),
            DocxFixture.p("Styled list", properties: #"<w:pStyle w:val="Resolution"/>"#),
            DocxFixture.p("Styled list, level from the paragraph", properties: #"<w:pStyle w:val="Resolution"/><w:numPr><w:ilvl w:val="1"/></w:numPr>"#),
            DocxFixture.p("Body"),
            DocxFixture.p("List from the paragraph, level from the style", properties: #"<w:pStyle w:val="Second"/><w:numPr><w:numId w:val="3"/></w:numPr>"#),
        ].joined()
        let paragraphs = try DocxFixture.paragraphs(try DocxFixture.docx(body: body, styles: styles, numbering: Self.numbering))
        #expect(paragraphs.map(\.headingLevel) == [2, 2, 1, nil, nil, nil, nil])
        #expect(paragraphs.map(\.numbering) == [nil, nil, nil, "III.", "3.1", nil, "3.2"])
    }

    @Test func aStyleTiedToSeveralLevelsTakesTheFirstEveryTime() throws {
        // Every level names the same paragraph style, whose numbering gives no level: a paragraph of that
        // style is at the first of them, not at whichever a hash table happened to list first.
        let levels = (0...8).map { Self.level($0, "decimal", "L\($0)-%\($0 + 1).", extra: #"<w:pStyle w:val="Item"/>"#) }.joined()
        let numbering = #"<w:abstractNum w:abstractNumId="0">\#(levels)</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#
        let body = DocxFixture.p("Item", properties: #"<w:pStyle w:val="Item"/>"#)
        let styles = #"<w:style w:type="paragraph" w:styleId="Item"><w:name w:val="Item"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>"#
        let paragraphs = try DocxFixture.paragraphs(try DocxFixture.docx(body: body, styles: styles, numbering: numbering))
        #expect(paragraphs.first?.numbering == "L0-1.")
    }

    @Test(arguments: [
        ("decimal", 83, "83"), ("lowerLetter", 2, "b"), ("upperLetter", 28, "BB"),
        ("lowerRoman", 14, "xiv"), ("upperRoman", 1999, "MCMXCIX"), ("decimalZero", 7, "07"),
    ])
    func numberFormats(format: String, number: Int, printed: String) throws {
        let numbering = #"<w:abstractNum w:abstractNumId="0">\#(Self.level(0, format, "%1)", start: number))</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#
        let paragraphs = try DocxFixture.paragraphs(try DocxFixture.docx(body: DocxFixture.numbered("x", numID: 1), numbering: numbering))
        #expect(paragraphs.first?.numbering == printed + ")")
    }
}
