import Foundation
import Testing
@testable import DraftReading
import XMLStreaming

/// A large main part is read in two halves at once (`BodyHalves`): what comes out must be exactly what
/// one reading from start to end gives, blocks, paragraph ordinals and errors alike, whether the halves
/// meet or the first half has to read on alone.
struct DocxHalvesTests {
    /// Reads the main part of `bytes` in both ways, checks they agree, and says whether the halves met.
    static func halvesMet(_ bytes: [UInt8], view: TrackedChangesView = .accepted,
                          sourceLocation: SourceLocation = #_sourceLocation) throws -> Bool {
        let package = try DocxPackage(bytes: bytes, file: "halves.docx", maximumPartSize: 512 << 20)
        let whole = try MainDocumentPart.read("word/document.xml", in: package, view: view, halvesFrom: .max)
        let halves = try MainDocumentPart.read("word/document.xml", in: package, view: view, halvesFrom: 0)
        #expect(!whole.inHalves, sourceLocation: sourceLocation)
        #expect(halves.blocks.count == whole.blocks.count, sourceLocation: sourceLocation)
        #expect(halves.blocks == whole.blocks, "the two halves give what one reading gives", sourceLocation: sourceLocation)
        return halves.inHalves
    }

    /// The error of each way of reading.
    static func errors(_ bytes: [UInt8]) throws -> (whole: ReadError?, halves: ReadError?) {
        let package = try DocxPackage(bytes: bytes, file: "halves.docx", maximumPartSize: 512 << 20)
        func error(_ halvesFrom: Int) -> ReadError? {
            do {
                _ = try MainDocumentPart.read("word/document.xml", in: package, view: .accepted, halvesFrom: halvesFrom)
                return nil
            } catch {
                return error
            }
        }
        return (error(.max), error(0))
    }

    /// What reading `xml` in halves did, the cut made where a reading of the whole part makes it: the first
    /// half pushed 256 bytes at a time until the body's first child has ended, the rest cut near its middle.
    struct Outcome {
        /// Where the part was cut (nil: no cut was tried).
        var cut: Int?
        /// Whether the halves met (the second half's error, if any, is then the one reported).
        var met = false
        /// The blocks, or the error.
        var result: Result<[RawBlock], XMLError>
    }

    static func halves(_ xml: [UInt8]) -> Outcome {
        var body = BodyReading(view: .accepted)
        var cut: Int?
        var met = false
        do throws(XMLError) {
            var pushed = 0
            while body.walk.firstEnd == nil, body.walk.cuttable, pushed < xml.count {
                let end = min(pushed + 256, xml.count)
                try Data(xml[pushed..<end]).withBytes { bytes throws(XMLError) in try body.push(bytes) }
                pushed = end
            }
            var second: [RawBlock]?
            if let firstEnd = body.walk.firstEnd, body.walk.cuttable, pushed < xml.count {
                let rest = [Data(xml[pushed...])]
                cut = BodyHalves.cut(in: rest).map { pushed + $0.bytesBefore }
                defer { met = body.handedOver != nil }
                second = try BodyHalves(head: Array(xml[..<firstEnd]), view: .accepted).readRest(rest, into: &body)
            } else if pushed < xml.count {
                try Data(xml[pushed...]).withBytes { bytes throws(XMLError) in try body.push(bytes) }
            }
            if second == nil { try body.finish() }
            return Outcome(cut: cut, met: met, result: .success(body.walk.blocks + (second ?? [])))
        } catch {
            return Outcome(cut: cut, met: met, result: .failure(error))
        }
    }

    /// `xml` read in one pass.
    static func whole(_ xml: [UInt8]) -> Result<[RawBlock], XMLError> {
        var body = BodyReading(view: .accepted)
        do throws(XMLError) {
            try Data(xml).withBytes { bytes throws(XMLError) in try body.push(bytes) }
            try body.finish()
            return .success(body.walk.blocks)
        } catch {
            return .failure(error)
        }
    }

    static func documentXML(_ body: String) -> [UInt8] {
        Array(DocxFixture.part("document", "<w:body>" + body + "<w:sectPr/></w:body>").utf8)
    }

    /// Paragraphs of every kind the walk handles, `count` of them, numbered `from` on.
    static func paragraphs(_ count: Int, from start: Int = 0) -> String {
        (start..<start + count).map { index in
            switch index % 7 {
            case 0: DocxFixture.numbered("Paragraphe \(index) : la sécurité continentale", numID: 1)
            case 1: "<w:p><w:r><w:t>Avant \(index) </w:t></w:r><w:ins w:id=\"\(index)\"><w:r><w:t>ajouté</w:t></w:r></w:ins><w:del w:id=\"d\(index)\"><w:r><w:delText>retiré</w:delText></w:r></w:del></w:p>"
            case 2: "<w:p><w:r><w:t>Note \(index)</w:t></w:r><w:r><w:footnoteReference w:id=\"\(index % 5 + 1)\"/></w:r></w:p>"
            case 3: "<w:p><w:pPr><w:rPr><w:del w:id=\"m\(index)\"/></w:rPr></w:pPr><w:r><w:t>Marque retirée \(index)</w:t></w:r></w:p>"
            case 4: "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cellule \(index)</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>B</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
            case 5: "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>\(index)</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
            default: DocxFixture.p("Texte ordinaire \(index), avec des accents : é à ç")
            }
        }.joined()
    }

    static func docx(_ body: String) throws -> [UInt8] {
        try docx(documentXML: documentXML(body))
    }

    /// A package holding `xml` as its main part, and nothing else.
    static func docx(documentXML xml: [UInt8]) throws -> [UInt8] {
        try DocxFixture.zip([
            ("_rels/.rels", Array(DocxFixture.packageRelationships(target: "word/document.xml").utf8)),
            ("word/document.xml", xml),
        ])
    }

    /// A main part the fuzzer found, kept with its findings.
    static func fuzzerInput(_ name: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: FuzzRegressionTests.inputs.appendingPathComponent(name)))
    }

    @Test(arguments: TrackedChangesView.allCases)
    func theHalvesGiveWhatOneReadingGives(view: TrackedChangesView) throws {
        #expect(try Self.halvesMet(try Self.docx(Self.paragraphs(3_000)), view: view))
    }

    /// The paragraph ordinals of the second half follow on from the first's, tables' included.
    @Test func ordinalsRunOnAcrossTheCut() throws {
        let package = try DocxPackage(bytes: try Self.docx(Self.paragraphs(2_000)), file: "halves.docx", maximumPartSize: 512 << 20)
        let halves = try MainDocumentPart.read("word/document.xml", in: package, view: .accepted, halvesFrom: 0)
        #expect(halves.inHalves)
        var ordinals: [Int] = []
        for block in halves.blocks {
            switch block {
            case .paragraph(let paragraph): ordinals += [paragraph.first, paragraph.last]
            case .table(let table): ordinals += [table.first, table.last]
            }
        }
        #expect(ordinals == ordinals.sorted())
        let tables = 2_000 / 7 + 1
        #expect(ordinals.last == 2_000 + tables, "one w:p per paragraph, two per table")
    }

    /// Where the middle falls inside a table whose cells hold two paragraphs, the first paragraph end found
    /// there is a cell's: the first half does not end at a child of the body, and reads on alone. With one
    /// paragraph a cell, every paragraph end in the table is followed by the cell's end tag and passed
    /// over: the cut falls after the table.
    @Test(arguments: [2, 1])
    func aCutInsideATableIsLeft(paragraphsPerCell: Int) throws {
        let cell = "<w:tc>" + String(repeating: DocxFixture.p("Cellule"), count: paragraphsPerCell) + "</w:tc>"
        let table = "<w:tbl><w:tr>" + String(repeating: cell, count: 4_000) + "</w:tr></w:tbl>"
        let xml = Self.documentXML(Self.paragraphs(50) + table + Self.paragraphs(50, from: 50))
        let outcome = Self.halves(xml)
        let tableStart = try #require(xml.firstRange(of: Array("<w:tbl>".utf8))).lowerBound
        let cut = try #require(outcome.cut, "a cut was tried")
        #expect(outcome.met == (paragraphsPerCell == 1))
        #expect((cut < tableStart + table.utf8.count) == (paragraphsPerCell == 2), "the cut falls in the table or after it")
        #expect(outcome.result == Self.whole(xml))
        #expect(try Self.halvesMet(try Self.docx(Self.paragraphs(50) + table + Self.paragraphs(50, from: 50))) == (paragraphsPerCell == 1))
    }

    /// A complex field open across the cut: its instruction is hidden on both sides, so the first half
    /// reads on alone.
    @Test func aFieldOpenAcrossTheCutIsReadOnAlone() throws {
        let begin = "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>TOC</w:instrText></w:r></w:p>"
        let inside = (0..<4_000).map { "<w:p><w:r><w:instrText>instruction \($0)</w:instrText></w:r></w:p>" }.joined()
        let end = "<w:p><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>Table</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
        let body = Self.paragraphs(20) + begin + inside + end + Self.paragraphs(20)
        let outcome = Self.halves(Self.documentXML(body))
        #expect(outcome.cut != nil && !outcome.met, "a cut was tried, and left")
        #expect(outcome.result == Self.whole(Self.documentXML(body)))
        #expect(try !Self.halvesMet(try Self.docx(body)))
    }

    /// A document in UTF-16: libxml2 parses converted bytes, whose offsets say nothing of the cut; no cut is
    /// tried.
    @Test func aUTF16PartIsReadOnAlone() throws {
        let xml = DocxFixture.part("document", "<w:body>" + Self.paragraphs(2_000) + "</w:body>")
            .replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in xml.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let bytes = try Self.docx(documentXML: utf16)
        #expect(try !Self.halvesMet(bytes))
        let outcome = Self.halves(utf16)
        #expect(outcome.cut == nil)
        #expect(outcome.result == Self.whole(utf16))
    }

    /// An error in the second half is reported at its line in the part, as one reading reports it.
    @Test func anErrorInTheSecondHalfKeepsItsLine() throws {
        let lines = (0..<10_000).map { DocxFixture.p("Ligne \($0) é") }.joined(separator: "\n")
        let body = [lines, lines, lines, "<w:p></w:r></w:p>", lines].joined(separator: "\n")
        let xml = Self.documentXML(body)
        let outcome = Self.halves(xml)
        let broken = try #require(xml.firstRange(of: Array("<w:p></w:r></w:p>".utf8))).lowerBound
        #expect(try #require(outcome.cut, "a cut was tried") < broken, "the error is in the second half")
        #expect(outcome.met)
        #expect(outcome.result == Self.whole(xml))
        let (whole, halves) = try Self.errors(try Self.docx(body))
        #expect(whole != nil)
        #expect(halves == whole)
        if case .docx(_, _, let line, let reason) = halves {
            #expect(line == 30_001)
            #expect(reason.contains("line 30001"), "libxml2's message names the line of the open tag: \(reason)")
        } else {
            Issue.record("expected a .docx error")
        }
    }

    /// FuzzDocxDocumentXML (reading each input both ways): an error on the line where the second half starts
    /// was reported a line too high, at line 4 for 5: the second half's parser had read the head's last line
    /// and the rest's first as one. It now reads a line break between them.
    @Test func anErrorOnTheLineOfTheCutKeepsItsLine() throws {
        let xml = try Self.fuzzerInput("document-xml-error-on-the-line-of-the-cut.xml")
        let bytes = try Self.docx(documentXML: xml)
        let (whole, halves) = try Self.errors(bytes)
        #expect(halves == whole)
        if case .docx(_, _, let line, _) = whole { #expect(line == 5) } else { Issue.record("expected a .docx error") }
        let outcome = Self.halves(xml)
        #expect(outcome.met)
        #expect(outcome.result == Self.whole(xml))
        #expect(outcome.cut.map { cut in xml[..<cut].filter { $0 == 0x0A }.count + 1 } == 5, "the cut is on the error's line")
    }

    /// FuzzDocxDocumentXML (reading each input both ways): bytes a declared encoding cannot convert were
    /// reported at the line the parser had reached when libxml2 converted them, which depends on how the
    /// part was cut into pieces (line 4 pushed 512 bytes at a time, line 1 pushed whole). They name no line.
    @Test func anEncodingErrorNamesNoLine() throws {
        let xml = try Self.fuzzerInput("document-xml-conversion-error-line.xml")
        let bytes = try Self.docx(documentXML: xml)
        let (whole, halves) = try Self.errors(bytes)
        #expect(halves == whole)
        guard case .docx(_, _, let line, let reason) = whole else {
            Issue.record("expected a .docx error")
            return
        }
        #expect(line == nil)
        #expect(reason.contains("input conversion failed"))
    }

    /// With errors in both halves, the first one in the part is reported.
    @Test func theFirstErrorIsReportedFirst() throws {
        let lines = (0..<10_000).map { DocxFixture.p("Ligne \($0)") }.joined(separator: "\n")
        let broken = "\n<w:p></w:r></w:p>\n"
        let body = lines + broken + lines + broken + lines
        let (whole, halves) = try Self.errors(try Self.docx(body))
        #expect(halves == whole)
        if case .docx(_, _, let line, _) = halves { #expect(line == 10_001) } else { Issue.record("expected a .docx error") }
        let xml = Self.documentXML(body)
        let first = try #require(xml.firstRange(of: Array("<w:p></w:r></w:p>".utf8))).lowerBound
        let second = try #require(xml[(first + 1)...].firstRange(of: Array("<w:p></w:r></w:p>".utf8))).lowerBound
        let outcome = Self.halves(xml)
        let cut = try #require(outcome.cut)
        #expect(cut > first && cut < second, "one error in each half")
        #expect(!outcome.met, "the first half's error stops the reading before the halves meet")
        #expect(outcome.result == Self.whole(xml))
    }

    /// The second half's lines are moved into the part's: the error's, and the one libxml2 names after an
    /// element in its message; never a number in text the message quotes from the document.
    @Test func linesAreMovedInLibxml2sOwnWordsOnly() {
        let mismatch = XMLError.malformed(line: 5, message: "Opening and ending tag mismatch: p line 4 and r")
        #expect(mismatch.movedDown(by: 3, after: 2) == .malformed(line: 8, message: "Opening and ending tag mismatch: p line 7 and r"))
        #expect(mismatch.movedDown(by: 3, after: 4) == .malformed(line: 8, message: "Opening and ending tag mismatch: p line 4 and r"),
                "an element opened in the head keeps its line")
        let quoting = XMLError.malformed(line: 5, message: "xmlns:x: 'see line 40' is not a valid URI")
        #expect(quoting.movedDown(by: -1, after: 2) == .malformed(line: 4, message: "xmlns:x: 'see line 40' is not a valid URI"))
        #expect(XMLError.malformed(line: 9, message: "Premature end of data in tag body line 2").movedDown(by: 10, after: 1)
                == .malformed(line: 19, message: "Premature end of data in tag body line 12"))
    }

    /// The cut goes after a paragraph's end tag, whatever its prefix, and a start tag must follow (white space
    /// between): not an end tag, as after a table cell's last paragraph.
    @Test(arguments: [
        ("<a><w:p></w:p><w:p>", 14), ("<p></p><p></p>", 7), ("<x:p></x:p><x:tbl>", 11), ("</ns12:p><a", 9),
        ("<w:p></w:p>\r\n <w:p>", 11), ("<w:tp></w:tp><w:p>", nil), ("</w:p> x<w:p>", nil), ("<w:p></w:p></w:tc><w:tc>", nil), ("</w:p>", nil), ("a:p><", nil),
    ] as [(String, Int?)])
    func theCutFollowsAParagraphEnd(text: String, cut: Int?) {
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBytes { BodyHalves.paragraphEnd(in: $0, from: 0) } == cut)
    }
}
