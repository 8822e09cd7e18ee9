import Foundation
import Testing
import DraftDiff

/// Package and namespace variants from the shared corpus (skipped when ../shared/corpus is absent),
/// and the same variants built here.
@Suite struct DocxCorpusTests {
    static func corpusDocument(_ path: String, view: TrackedChangesView = .accepted) throws -> SourceDocument? {
        guard let corpus = Fixtures.corpus else {
            print("DocxCorpusTests: ../shared/corpus is absent, skipping \(path)")
            return nil
        }
        let bytes = [UInt8](try Data(contentsOf: corpus.appendingPathComponent(path)))
        return try DocxReader(options: DocxReadOptions(view: view)).read(bytes, file: path)
    }

    @Test func strictNamespaces() throws {
        guard let document = try Self.corpusDocument("mammoth/strict-format.docx") else { return }
        #expect(document.paragraphs.map(\.text) == ["Test"])
    }

    @Test func ns0Prefix() throws {
        guard let document = try Self.corpusDocument("pandoc/ns0-reference.docx") else { return }
        #expect(document.paragraphs.map(\.text) == ["ref"])
    }

    @Test func mainPartThroughRelationshipsWithBOMAndAbsoluteTarget() throws {
        guard let document = try Self.corpusDocument("pandoc/alternate_document_path.docx") else { return }
        #expect(document.paragraphs.first?.text == "Test")
        #expect(document.paragraphs.count == 2)
    }

    @Test func byteOrderMarkInTheMainPart() throws {
        guard let document = try Self.corpusDocument("mammoth/utf8-bom.docx") else { return }
        #expect(!document.paragraphs.isEmpty)
    }

    @Test func listsRestartingAndOverridden() throws {
        guard let document = try Self.corpusDocument("pandoc/lists_restarting.docx") else { return }
        // A list starting at 2, an interruption, then a new list (its own w:num) from 1.
        #expect(document.paragraphs.map(\.numbering) == ["2.", "3.", "4.", nil, "1."])
    }

    @Test func restartOverrideContinuedByTheStyleList() throws {
        guard let document = try Self.corpusDocument("pandoc/lists_restart_8367.docx") else { return }
        // Section 2 restarts at 1 through its own w:num; the next items, numbered by their style's
        // list on the same abstract definition, continue 2, 3, 4 as Word shows (pandoc 2.17 printed 4, 5, 6).
        #expect(document.paragraphs.map(\.numbering) == [nil, "1.", "2.", "3.", nil, nil, "1.", "2.", "3.", "4.", nil])
    }

    @Test func trackedMoveInBothViews() throws {
        guard let accepted = try Self.corpusDocument("pandoc/track_changes_move.docx"),
              let original = try Self.corpusDocument("pandoc/track_changes_move.docx", view: .original) else { return }
        #expect(accepted.paragraphs.map(\.text) == ["Here is some text.", "Here is the text to be moved.", "Here is some more text."])
        #expect(original.paragraphs.map(\.text) == ["Here is some text.", "Here is some more text.", "Here is the text to be moved."])
    }

    @Test func strictPackageBuiltHere() throws {
        let strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
        let types = "http://purl.oclc.org/ooxml/officeDocument/relationships"
        let rels = #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="\#(types)/officeDocument" Target="/word/main.xml"/></Relationships>"#
        let mainRels = #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="\#(types)/styles" Target="styles.xml"/></Relationships>"#
        let document = #"<x:document xmlns:x="\#(strict)"><x:body><x:p><x:pPr><x:pStyle x:val="T"/></x:pPr><x:r><x:t>Strict</x:t></x:r></x:p></x:body></x:document>"#
        let styles = #"<x:styles xmlns:x="\#(strict)"><x:style x:type="paragraph" x:styleId="T"><x:name x:val="heading 3"/></x:style></x:styles>"#
        let package = try DocxFixture.zip([("_rels/.rels", [0xEF, 0xBB, 0xBF] + Array(rels.utf8)), ("word/main.xml", Array(document.utf8)),
                                           ("word/_rels/main.xml.rels", Array(mainRels.utf8)), ("word/styles.xml", Array(styles.utf8))])
        let paragraphs = try DocxFixture.paragraphs(package)
        #expect(paragraphs.map(\.text) == ["Strict"])
        #expect(paragraphs.map(\.headingLevel) == [3])
    }

    @Test func everyCorpusFileReadsInBothViews() throws {
        guard let corpus = Fixtures.corpus else {
            print("DocxCorpusTests: ../shared/corpus is absent, skipping the whole-corpus read")
            return
        }
        let rows = try String(contentsOf: corpus.appendingPathComponent("files.tsv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().map { $0.split(separator: "\t").map(String.init) }
        #expect(rows.count == 540)
        var empty: [String] = []
        for row in rows {
            let bytes = [UInt8](try Data(contentsOf: corpus.appendingPathComponent(row[0])))
            for view in TrackedChangesView.allCases where view == .accepted || row[2] == "yes" {
                do {
                    let document = try DocxReader(options: DocxReadOptions(view: view)).read(bytes, file: row[0])
                    if view == .accepted, document.units.isEmpty { empty.append(row[0]) }
                } catch {
                    Issue.record("\(row[0]) (\(view)): \(error)")
                }
            }
        }
        // 16 files hold no text at all (empty documents, pictures only); pandoc finds none in them either.
        #expect(empty.count == 16, "\(empty)")
    }
}

