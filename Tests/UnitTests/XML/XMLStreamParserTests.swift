import Testing
import XMLStreaming

/// The libxml2 wrapper: names by namespace URI, attributes, events, limits and refusals.
@Suite struct XMLStreamParserTests {
    @Test func namesAreNamespaceURIsNotPrefixes() throws {
        let xml = #"<?xml version="1.0"?><ns0:document xmlns:ns0="urn:w" xmlns:x="urn:x"><ns0:p ns0:val="1" x:val="2" plain="3"/></ns0:document>"#
        let root = try XMLElement.parse(Array(xml.utf8))
        #expect(root.name == XMLName(namespace: "urn:w", local: "document"))
        #expect(root.namespaceDeclarations == ["ns0": "urn:w", "x": "urn:x"])
        let paragraph = try #require(root.child("urn:w", "p"))
        #expect(paragraph.attribute("urn:w", "val") == "1")
        #expect(paragraph.attribute("urn:x", "val") == "2")
        #expect(paragraph.attribute("", "plain") == "3")
        #expect(paragraph.attributes.count == 3, "namespace declarations are not attributes")
    }

    @Test func namespacesGivenInTheOptionsComeBackAsTheseVeryStrings() throws {
        let known = "urn:example:wordprocessing:main"
        let xml = #"<w:document xmlns:w="urn:example:wordprocessing:main" xmlns:o="urn:example:other:namespace"><w:p o:x="1"/></w:document>"#
        let root = try XMLElement.parse(Array(xml.utf8), options: XMLParseOptions(namespaces: [known]))
        func storage(_ text: String) -> UnsafePointer<UInt8>? { text.utf8.withContiguousStorageIfAvailable { $0.baseAddress } ?? nil }
        #expect(root.name == XMLName(namespace: known, local: "document"))
        #expect(storage(root.name.namespace) == storage(known), "the caller's string itself, not a copy of its text")
        let paragraph = try #require(root.child(known, "p"))
        #expect(paragraph.attribute("urn:example:other:namespace", "x") == "1", "other namespaces are read as before")
        let plain = try XMLElement.parse(Array(xml.utf8))
        #expect(plain.name == root.name)
        #expect(storage(plain.name.namespace) != storage(known))
    }

    @Test func eventsInOrderWithEmptyElementsClosedAndLines() throws {
        var events: [String] = []
        try XMLStreamParser().parse(Array("<a>\n<b/>x&amp;y<![CDATA[<z>]]></a>".utf8)) { event in
            switch event {
            case .startElement(let tag): events.append("<\(tag.name.local)@\(tag.line)/\(tag.depth)")
            case .endElement(let name): events.append("</\(name.local)")
            case .text(let text): events.append(text)
            }
        }
        // CDATA is merged into the text around it (XML_PARSE_NOCDATA).
        #expect(events == ["<a@1/1", "\n", "<b@2/2", "</b", "x&y<z>", "</a"])
    }

    @Test func byteOrderMarkAndUTF16AreRead() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<a>é</a>".utf8)
        #expect(try XMLElement.parse(bom).ownText == "é")
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a>ü</a>".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(try XMLElement.parse(utf16).ownText == "ü")
    }

    @Test func doctypeIsRefusedWhereverItIs() throws {
        #expect(throws: XMLError.doctypeRefused(line: 2)) {
            try XMLElement.parse(Array("<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>".utf8))
        }
    }

    @Test func depthLimit() throws {
        let xml = String(repeating: "<a>", count: 11) + String(repeating: "</a>", count: 11)
        #expect(throws: XMLError.tooDeep(line: 1, limit: 10)) {
            try XMLElement.parse(Array(xml.utf8), options: XMLParseOptions(maximumDepth: 10))
        }
        #expect(try XMLElement.parse(Array(xml.utf8), options: XMLParseOptions(maximumDepth: 11)).name.local == "a")
    }

    @Test func malformedXMLReportsLibxml2sFirstErrorOnOneLine() throws {
        let (line, message) = try #require(malformed("<a>\n<b></a>"))
        #expect(line == 2)
        #expect(message.contains("mismatch"))
        #expect(!message.contains("\n"))
    }

    /// Bytes an encoding libxml2 converts cannot convert: its error, raised without the parser, is the
    /// parse's error, not lines printed on stderr.
    @Test func bytesThatCannotBeConvertedAreTheError() throws {
        var bytes = Array("<?xml version=\"1.0\" encoding=\"UTF-7\"?>\n<a>texte ".utf8)
        bytes += [0xFF] + Array("</a>".utf8)
        do {
            _ = try XMLElement.parse(bytes)
            Issue.record("the document was read")
        } catch {
            guard case .malformed(_, let message) = error else {
                Issue.record("expected malformed XML, got \(error)")
                return
            }
            #expect(message.contains("input conversion failed"))
            #expect(message.contains("0xFF"))
        }
    }

    @Test func emptyInputIsAnError() {
        #expect(throws: XMLError.self) { try XMLElement.parse([]) }
    }

    @Test func subtreesAreHandedOverOneByOneWithTheirAncestors() throws {
        let xml = #"<doc xmlns="urn:d"><body><p>one</p><t><p>two</p></t></body><end/></doc>"#
        var ancestors: [String] = []
        var subtrees: [String] = []
        try XMLSubtrees(depth: 3).parse(Array(xml.utf8), ancestor: { tag in
            ancestors.append("\(tag.name.local)@\(tag.depth)")
        }, subtree: { element in
            subtrees.append(element.name.local + ":" + element.elements.map(\.name.local).joined() + element.ownText)
        })
        #expect(ancestors == ["doc@1", "body@2", "end@2"])
        #expect(subtrees == ["p:one", "t:p"])
    }

    /// A view, read while its callback runs, says what the element holds: names by URI, attributes with
    /// `&` decoded, text joined across comments, CDATA and references, declarations, lines, children in order.
    @Test func aViewReadsWhatTheElementHolds() throws {
        let xml = """
        <w:document xmlns:w="urn:w"><w:body>
        <w:p xmlns:x="urn:x" w:val="a &amp; b" x:val="2"><w:r><w:t>un<!-- c -->deux<![CDATA[<3>]]>&amp;4</w:t></w:r>
        <x:box/><w:tab/>tail</w:p></w:body></w:document>
        """
        var seen: [String] = []
        var parser = XMLSubtreePushParser(depth: 3)
        try Array(xml.utf8).withUnsafeBytes { bytes in
            try parser.push(bytes, ancestor: { _ in }, subtree: { paragraph in
                seen.append("\(paragraph.name) line \(paragraph.line) \(paragraph.namespaceDeclarations)")
                seen.append(paragraph.attribute("urn:w", "val") ?? "-")
                seen.append(paragraph.attribute("urn:x", "val") ?? "-")
                seen.append(paragraph.attribute("val") { $0 == "urn:none" } ?? "-")
                seen.append(paragraph.childElements.map { "{\($0.namespace)}\($0.localName)" }.joined(separator: " "))
                seen.append(paragraph.ownText)
                let text = paragraph.childElements.first { _ in true }?.childElements.first { _ in true }
                seen.append(text?.ownText ?? "-")
                #expect(XMLElement(paragraph).attributes.map(\.value) == ["a & b", "2"])
            })
            try parser.finish(ancestor: { _ in }, subtree: { _ in })
        }
        #expect(seen == ["{urn:w}p line 2 [\"x\": \"urn:x\"]", "a & b", "2", "-", "{urn:w}r {urn:x}box {urn:w}tab",
                         "\ntail", "undeux<3>&4"])
    }

    /// A sink that declines `skip` elements and records what it is given.
    struct DecliningSink: XMLEventSink {
        var asked: [String] = []
        var taken: [String] = []
        mutating func wants(_ name: XMLName, depth: Int) -> Bool {
            asked.append("\(name.local)@\(depth)")
            return name.local != "skip"
        }
        mutating func take(_ event: XMLEvent) {
            switch event {
            case .startElement(let tag): taken.append("<\(tag.name.local)")
            case .endElement(let name): taken.append("</\(name.local)")
            case .text(let text): taken.append(text)
            }
        }
    }

    @Test func aDeclinedElementGivesNoEventsAndItsChildrenAreNotAskedAbout() throws {
        var sink = DecliningSink()
        try XMLStreamParser().parse(Array("<a><skip k=\"v\"><b>in</b>t</skip><c>out</c></a>".utf8), into: &sink)
        #expect(sink.asked == ["a@1", "skip@2", "c@2"])
        #expect(sink.taken == ["<a", "<c", "out", "</c", "</a"])
    }

    @Test func aDeclinedElementIsStillCheckedAndCountedForDepth() throws {
        var sink = DecliningSink()
        #expect(throws: XMLError.self) {
            try XMLStreamParser().parse(Array("<a><skip><b></skip></a>".utf8), into: &sink)
        }
        let deep = "<a><skip>" + String(repeating: "<x>", count: 20) + String(repeating: "</x>", count: 20) + "</skip></a>"
        var limited = DecliningSink()
        #expect(throws: XMLError.self) {
            try XMLStreamParser(options: XMLParseOptions(maximumDepth: 10)).parse(Array(deep.utf8), into: &limited)
        }
    }

    @Test func parseKeepingLeavesOutOtherElementsWithTheirContent() throws {
        let xml = #"<w:numbering xmlns:w="urn:w"><w:abstractNum w:id="1"><w:lvl w:ilvl="0"><w:rPr><w:b/></w:rPr><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum><w:num w:numId="3"/></w:numbering>"#
        let whole = try XMLElement.parse(Array(xml.utf8))
        let kept = try XMLElement.parse(Array(xml.utf8), keeping: ["abstractNum", "lvl", "numFmt"])
        #expect(kept.name == whole.name, "the root is always kept")
        #expect(kept.elements.map(\.name.local) == ["abstractNum"])
        let level = try #require(kept.child("urn:w", "abstractNum")?.child("urn:w", "lvl"))
        #expect(level.elements.map(\.name.local) == ["numFmt"])
        #expect(level.attribute("urn:w", "ilvl") == "0")
        #expect(level.child("urn:w", "numFmt")?.attribute("urn:w", "val") == "decimal")
        #expect(throws: XMLError.self) {
            try XMLElement.parse(Array("<r><gone><x></gone></r>".utf8), keeping: ["kept"])
        }
    }
}


/// The push parser: a document handed over in pieces, wherever they are cut, reads as it does whole.
@Suite struct XMLPushParserTests {
    /// Every event as text, for comparing two reads.
    struct Recorder: XMLEventSink {
        var events: [String] = []
        mutating func take(_ event: XMLEvent) {
            switch event {
            case .startElement(let tag):
                let attributes = tag.attributes.map { "\($0.name)=\($0.value)" }.joined(separator: ",")
                events.append("<\(tag.name)@\(tag.line)/\(tag.depth)[\(attributes)]\(tag.namespaceDeclarations.sorted { $0.key < $1.key })")
            case .endElement(let name): events.append("</\(name)")
            case .text(let text): events.append("'\(text)'")
            }
        }
    }

    static let document = """
    <?xml version="1.0" encoding="UTF-8"?>
    <w:document xmlns:w="urn:w" xmlns:x="urn:x"><w:body>
    <w:p w:rsid="00A1" x:note="a &amp; b &lt; c &#38; d"><w:r><w:t xml:space="preserve">Sécurité « continentale »\u{00A0}: l’approche</w:t></w:r></w:p>
    <w:p><w:r><w:t>un<!-- note -->deux<![CDATA[<trois>]]>&amp;quatre 😀</w:t></w:r><w:tab/></w:p>
    </w:body></w:document>
    """

    static func whole(_ bytes: [UInt8]) throws -> [String] {
        var recorder = Recorder()
        try XMLStreamParser().parse(bytes, into: &recorder)
        return recorder.events
    }

    static func pushed(_ bytes: [UInt8], cutAt cuts: [Int]) throws -> [String] {
        var recorder = Recorder()
        var parser = XMLPushParser()
        var start = 0
        for end in cuts + [bytes.count] where end >= start {
            try bytes[start..<end].withUnsafeBytes { piece in try parser.push(piece, into: &recorder) }
            start = end
        }
        try parser.finish(into: &recorder)
        return recorder.events
    }

    @Test func piecesCutAnywhereGiveTheSameEventsAsTheWholeDocument() throws {
        let bytes = Array(Self.document.utf8)
        let expected = try Self.whole(bytes)
        #expect(expected.contains("'Sécurité « continentale »\u{00A0}: l’approche'"))
        #expect(expected.contains("'un'") && expected.contains("'deux<trois>&quatre 😀'"), "a comment ends a text; CDATA and entities do not")
        #expect(expected.contains { $0.contains("{urn:x}note=a & b < c & d") }, "entities in attribute values are replaced")
        // Every cut into two pieces, including inside the multi-byte characters, the tags and the entities.
        for cut in 0...bytes.count {
            #expect(try Self.pushed(bytes, cutAt: [cut]) == expected, "cut at byte \(cut)")
        }
        // One byte at a time.
        #expect(try Self.pushed(bytes, cutAt: Array(1..<bytes.count)) == expected)
    }

    @Test func utf16PushedOneByteAtATime() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a b=\"é\">ü😀</a>".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let expected = try Self.whole(bytes)
        #expect(expected == ["<a@1/1[b=é][]", "'ü😀'", "</a"])
        #expect(try Self.pushed(bytes, cutAt: Array(1..<bytes.count)) == expected)
    }

    @Test func aDoctypeOrEntityReferenceIsRefusedWhenPushedToo() throws {
        let doctype = Array("<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><a>&e;</a>".utf8)
        #expect(throws: XMLError.doctypeRefused(line: 2)) { try Self.pushed(doctype, cutAt: [30]) }
        #expect(throws: XMLError.self) { try Self.pushed(Array("<a>&undeclared;</a>".utf8), cutAt: [5]) }
    }

    @Test func anErrorStopsEveryLaterPush() throws {
        var recorder = Recorder()
        var parser = XMLPushParser()
        let first = Array("<a><b></c>".utf8)
        #expect(throws: XMLError.self) {
            try first.withUnsafeBytes { piece in try parser.push(piece, into: &recorder) }
            try parser.finish(into: &recorder)
        }
        let events = recorder.events
        #expect(throws: XMLError.self) {
            try Array("</a>".utf8).withUnsafeBytes { piece in try parser.push(piece, into: &recorder) }
        }
        #expect(recorder.events == events, "nothing is read after the error")
    }

    @Test func subtreesPushedInPiecesAreTheSameAsFromTheWholeDocument() throws {
        let bytes = Array(Self.document.utf8)
        var whole: [XMLElement] = []
        try XMLSubtrees(depth: 3).parse(bytes, ancestor: { _ in }, subtree: { whole.append($0) })
        #expect(whole.count == 2)
        for cut in stride(from: 0, through: bytes.count, by: 7) {
            var pieces: [XMLElement] = []
            var ancestors: [String] = []
            var parser = XMLSubtreePushParser(depth: 3)
            for range in [0..<cut, cut..<bytes.count] {
                try bytes[range].withUnsafeBytes { piece in
                    try parser.push(piece, ancestor: { ancestors.append($0.name.local) }, subtree: { pieces.append(XMLElement($0)) })
                }
            }
            try parser.finish(ancestor: { ancestors.append($0.name.local) }, subtree: { pieces.append(XMLElement($0)) })
            #expect(pieces == whole, "cut at byte \(cut)")
            #expect(ancestors == ["document", "body"])
        }
    }
}

/// Limits libxml2 keeps when it builds a tree, kept by the SAX reader too.
@Suite struct XMLLimitTests {
    @Test func aTextNodeOverTenMillionBytesIsRefusedAndOneUnderIsRead() throws {
        let under = "<a>" + String(repeating: "é", count: 4_999_999) + "</a>"
        #expect(try XMLElement.parse(Array(under.utf8)).ownText.utf8.count == 9_999_998)
        let (line, message) = try #require(malformed("<a>" + String(repeating: "é", count: 5_000_001) + "</a>"),
                                           "a text node of 10,000,002 bytes was read")
        #expect(line == 1)
        #expect(message.contains("huge text node"))
    }
}

/// The line and message of the `.malformed` error parsing `xml` gives; nil (and an issue recorded for
/// another error) when it gives none.
func malformed(_ xml: String) -> (line: Int, message: String)? {
    do {
        _ = try XMLElement.parse(Array(xml.utf8))
        return nil
    } catch {
        guard case .malformed(let line, let message) = error else {
            Issue.record("unexpected \(error)")
            return nil
        }
        return (line, message)
    }
}
