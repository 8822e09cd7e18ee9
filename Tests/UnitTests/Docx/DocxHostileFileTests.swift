import Foundation
import Testing
import DraftDiff

/// Broken and hostile files: each gets one clear error, quickly, and nothing from outside the file.
@Suite struct DocxHostileFileTests {
    /// Reads `bytes` and returns the error, checking it came within 5 seconds.
    static func refusal(_ bytes: [UInt8], maximumPartSize: Int = 512 * 1024 * 1024) throws -> ReadError {
        let clock = ContinuousClock()
        let start = clock.now
        let error = DocxFixture.readError(bytes, maximumPartSize: maximumPartSize)
        #expect(clock.now - start < .seconds(5))
        let found = try #require(error, "the file was read without an error")
        #expect(!found.description.contains("\n"), "one line")
        #expect(found.description.hasPrefix("hostile.docx"))
        return found
    }

    static func document(_ xml: String) throws -> [UInt8] {
        try DocxFixture.zip([("_rels/.rels", Array(DocxFixture.packageRelationships(target: "word/document.xml").utf8)),
                             ("word/document.xml", Array(xml.utf8))])
    }

    @Test func notAZip() throws {
        let error = try Self.refusal(Array("PK\u{3}\u{4} this is not a zip archive at all".utf8))
        #expect(error.description.contains("not a readable .docx package"))
    }

    @Test func truncatedZip() throws {
        let whole = try DocxFixture.docx(body: DocxFixture.p("Some text") + DocxFixture.p(String(repeating: "more text ", count: 200)))
        let error = try Self.refusal(Array(whole.prefix(whole.count / 2)))
        guard case .docx = error else {
            Issue.record("expected a .docx error, got \(error)")
            return
        }
    }

    @Test func zipWithoutMainPart() throws {
        let error = try Self.refusal(try DocxFixture.zip([("notes.txt", Array("hello".utf8))]))
        #expect(error.description.contains("no main document part"))
    }

    @Test func mainPartNamedButMissing() throws {
        let error = try Self.refusal(try DocxFixture.zip([("_rels/.rels", Array(DocxFixture.packageRelationships(target: "word/document.xml").utf8))]))
        #expect(error.description.contains("missing"))
    }

    @Test func legacyWordOrEncryptedDocument() throws {
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)
        let error = try Self.refusal(ole)
        #expect(error.description.contains("save it as .docx"))
    }

    @Test func externalEntityIsNeverRead() throws {
        let xml = #"<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="\#(DocxFixture.w)"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"#
        let error = try Self.refusal(try Self.document(xml))
        #expect(error == .docx(file: "hostile.docx", part: "word/document.xml", line: 1,
                               reason: "a DOCTYPE declaration is refused (entities could read other files or expand without bound)"))
        #expect(!error.description.contains("root:"))
    }

    @Test func billionLaughs() throws {
        var entities = #"<!ENTITY lol0 "lol">"#
        for level in 1...9 { entities += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">" }
        let xml = #"<?xml version="1.0"?><!DOCTYPE w:document [\#(entities)]><w:document xmlns:w="\#(DocxFixture.w)"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"#
        let error = try Self.refusal(try Self.document(xml))
        #expect(error.description.contains("DOCTYPE"))
    }

    @Test func zipBombRefusedBeforeInflating() throws {
        let bomb = try DocxFixture.docx(body: DocxFixture.p(String(repeating: "0", count: 2 * 1024 * 1024)))
        #expect(bomb.count < 64 * 1024)
        let error = try Self.refusal(bomb, maximumPartSize: 1024 * 1024)
        #expect(error.description.contains("over the limit of 1048576 bytes"))
        #expect(error.description.contains("word/document.xml"))
    }

    @Test func zipBombWithALyingHeaderStopsWhileInflating() throws {
        var bytes = try DocxFixture.docx(body: DocxFixture.p(String(repeating: "0", count: 2 * 1024 * 1024)))
        Self.patchUncompressedSize(of: "word/document.xml", to: 1000, in: &bytes)
        let error = try Self.refusal(bytes, maximumPartSize: 1024 * 1024)
        #expect(error.description.contains("word/document.xml"))
    }

    @Test func nestingDeeperThanTheLimit() throws {
        let depth = 400
        let body = String(repeating: "<w:sdt><w:sdtContent>", count: depth / 2) + DocxFixture.p("deep") + String(repeating: "</w:sdtContent></w:sdt>", count: depth / 2)
        let error = try Self.refusal(try DocxFixture.docx(body: body))
        #expect(error.description.contains("nest deeper than"))
    }

    @Test func invalidUTF8InsideXML() throws {
        var xml = Array(DocxFixture.part("document", "<w:body><w:p><w:r><w:t>caf</w:t></w:r></w:p></w:body>").utf8)
        let position = try #require(xml.firstIndex(of: UInt8(ascii: "f")))
        xml.insert(contentsOf: [0xC3, 0x28], at: position + 1)
        let error = try Self.refusal(try DocxFixture.zip([("_rels/.rels", Array(DocxFixture.packageRelationships(target: "word/document.xml").utf8)),
                                                          ("word/document.xml", xml)]))
        #expect(error.description.contains("malformed XML"))
        #expect(error.description.contains("line 1"))
    }

    @Test func malformedStylesPartNamesThePartAndLine() throws {
        var parts = [("_rels/.rels", Array(DocxFixture.packageRelationships(target: "word/document.xml").utf8)),
                     ("word/document.xml", Array(DocxFixture.part("document", "<w:body/>").utf8))]
        parts.append(("word/_rels/document.xml.rels", Array(#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="\#(DocxFixture.relationshipTypes)/styles" Target="styles.xml"/></Relationships>"#.utf8)))
        parts.append(("word/styles.xml", Array("<?xml version=\"1.0\"?>\n<w:styles xmlns:w=\"\(DocxFixture.w)\">\n<w:style>\n</w:styles>".utf8)))
        let error = try Self.refusal(try DocxFixture.zip(parts))
        guard case .docx(_, let part, let line, _) = error else {
            Issue.record("expected a .docx error, got \(error)")
            return
        }
        #expect(part == "word/styles.xml")
        #expect(line == 4)
    }

    /// A main part of several MB is parsed while it is inflated, at most 1 MB ahead: every paragraph
    /// comes out, in order, with the styles part (read once the main part is inflated) applied.
    @Test func aLargeMainPartIsParsedAsItIsInflated() throws {
        let count = 40_000
        let body = (0..<count).map { DocxFixture.p("Paragraphe \($0) : la sécurité continentale", properties: $0 % 1000 == 0 ? #"<w:pStyle w:val="Heading1"/>"# : "") }
        let styles = #"<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>"#
        let bytes = try DocxFixture.docx(body: body.joined(), styles: styles)
        let paragraphs = try DocxFixture.paragraphs(bytes)
        #expect(paragraphs.count == count)
        #expect(paragraphs.map(\.text) == (0..<count).map { "Paragraphe \($0) : la sécurité continentale" })
        #expect(paragraphs.filter { $0.headingLevel == 1 }.count == count / 1000, "the styles part was read and applied")
    }

    /// An error deep in a large main part stops the inflating too, with the error's line.
    @Test func anErrorDeepInALargeMainPartStopsTheInflating() throws {
        let body = String(repeating: DocxFixture.p("un paragraphe parmi beaucoup d'autres") + "\n", count: 30_000) + "<w:p></w:r></w:p>"
        let error = try Self.refusal(try Self.document(DocxFixture.part("document", "<w:body>" + body + "</w:body>")))
        guard case .docx(_, let part, let line, let reason) = error else {
            Issue.record("expected a .docx error, got \(error)")
            return
        }
        #expect(part == "word/document.xml")
        #expect(line == 30_001)
        #expect(reason.contains("malformed XML"))
    }

    /// Writes `size` into the local header and the central directory record of `name`.
    static func patchUncompressedSize(of name: String, to size: UInt32, in bytes: inout [UInt8]) {
        let nameBytes = Array(name.utf8)
        let sizeBytes = withUnsafeBytes(of: size.littleEndian, Array.init)
        for (signature, nameOffset, sizeOffset) in [([0x50, 0x4B, 0x03, 0x04] as [UInt8], 30, 22), ([0x50, 0x4B, 0x01, 0x02], 46, 24)] {
            var index = 0
            while index + nameOffset + nameBytes.count <= bytes.count {
                if Array(bytes[index..<index + 4]) == signature, Array(bytes[index + nameOffset..<index + nameOffset + nameBytes.count]) == nameBytes {
                    bytes.replaceSubrange(index + sizeOffset..<index + sizeOffset + 4, with: sizeBytes)
                }
                index += 1
            }
        }
    }
}
