import Foundation
import Testing

/// `draftdiff outline` on .docx files, as a user runs it.
@Suite("draftdiff outline on .docx")
struct DocxOutlineCommandTests {
    @Test func outlineOfTheDocxSample() throws {
        let result = try CommandRunner.run(["outline", CommandRunner.sample("csh-2021-global-resolution.fr.docx")])
        #expect(result.status == 0)
        #expect(result.standardError.isEmpty)
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.first?.contains("114 paragraphs (29 sub-paragraphs)") == true)
        #expect(lines.first?.contains("7 footnotes") == true)
        #expect(lines.contains { $0.hasPrefix("          paragraph 83 ") && $0.contains("De réitérer sa condamnation") })
    }

    @Test(arguments: [
        ("not-a-zip.docx", Array("PK\u{3}\u{4} garbage".utf8)),
        ("legacy.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 100)),
    ] as [(String, [UInt8])])
    func brokenFilesGetOneLineAndStatus2(name: String, bytes: [UInt8]) throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let result = try CommandRunner.run(["outline", path])
        #expect(result.status == 2)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.hasPrefix("draftdiff: \(path): "))
        #expect(result.standardError.filter { $0 == "\n" }.count == 1, "one line, nothing from libxml2")
    }

    /// FuzzDocxDocumentXML: a main part in an encoding libxml2 converts (UTF-7), holding a byte that cannot
    /// be converted. libxml2 printed five lines of its own on stderr before draftdiff's; its message is now
    /// draftdiff's one line. (The input is kept with the fuzzers' findings.)
    @Test func anEncodingThatCannotBeConvertedIsOneLine() throws {
        let path = CommandRunner.root.appendingPathComponent("Tests/UnitTests/Fuzz/Inputs/docx-encoding-conversion-error.docx").path
        let result = try CommandRunner.run(["outline", path])
        #expect(result.status == 2)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.hasPrefix("draftdiff: \(path): in word/document.xml: malformed XML (input conversion failed"),
                "no line: libxml2 converts ahead of where it parses")
        #expect(result.standardError.contains("input conversion failed due to input error, bytes 0xFF"))
        #expect(result.standardError.filter { $0 == "\n" }.count == 1, "one line, nothing from libxml2")
    }

    @Test func viewOptionIsValidated() throws {
        let result = try CommandRunner.run(["outline", "--view", "rejected", CommandRunner.sample("cicte-2022-paragraphs.fr.docx")])
        #expect(result.status == 2)
        #expect(result.standardError.contains("accepted"))
    }
}
