import Foundation
import Testing

/// `draftdiff outline` as a user runs it.
@Suite("draftdiff outline")
struct OutlineCommandTests {
    @Test func textOutlineOfTheGlobalResolution() throws {
        let result = try CommandRunner.run(["outline", CommandRunner.sample("csh-2021-global-resolution.fr.txt")])
        #expect(result.status == 0)
        #expect(result.standardError.isEmpty)
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.first?.contains("114 paragraphs") == true)
        #expect(lines.first?.contains("7 footnotes") == true)
        #expect(lines.contains { $0.hasPrefix("operative-marker") && $0.contains("DÉCIDE :") })
        #expect(lines.contains { $0.hasPrefix("          paragraph 83 ") && $0.contains("De réitérer sa condamnation") })
        #expect(lines.contains { $0.contains("heading III") && $0.hasSuffix("[7]") })
        #expect(lines.contains { $0.contains("table") && $0.contains("5 columns × 7 rows + 1 header row") })
    }

    /// The summary alone: the outline's first line, for a quick look at what was recovered.
    @Test func summaryIsTheOutlinesFirstLine() throws {
        let path = CommandRunner.sample("csh-2021-global-resolution.fr.docx")
        let summary = try CommandRunner.run(["outline", "--format", "summary", path])
        let outline = try CommandRunner.run(["outline", path])
        #expect(summary.status == 0)
        #expect(summary.standardOutput.split(separator: "\n").count == 1)
        #expect(summary.standardOutput.split(separator: "\n").first == outline.standardOutput.split(separator: "\n").first)
        #expect(summary.standardOutput.contains("fr, ") && summary.standardOutput.contains("operative marker"))
    }

    @Test func jsonOutlineIsStableAndComplete() throws {
        let path = CommandRunner.sample("cicte-2022-paragraphs.fr.txt")
        let first = try CommandRunner.run(["outline", "--format", "json", path])
        let second = try CommandRunner.run(["outline", "--format", "json", path])
        #expect(first.status == 0)
        #expect(first.standardOutput == second.standardOutput)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(first.standardOutput.utf8)) as? [String: Any])
        let blocks = try #require(json["blocks"] as? [[String: Any]])
        #expect(blocks.allSatisfy { block in
            ["kind", "label", "text", "level", "subparagraphs", "footnotes", "lines"].allSatisfy { block[$0] != nil }
        })
        let paragraphs = blocks.filter { $0["kind"] as? String == "paragraph" }
        #expect(paragraphs.count == 12)
        #expect((paragraphs[5]["subparagraphs"] as? [[String: Any]])?.count == 7)
        #expect((json["metadata"] as? [String: Any])?["jobCodes"] as? [String] == ["CICTE01498F06"])
        #expect((json["source"] as? [String: Any])?["path"] as? String == path)
    }

    @Test func badInputIsOneLineAndStatusTwo() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let empty = directory.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let garbage = directory.appendingPathComponent("garbage.txt")
        try Data((0..<2048).map { UInt8(truncatingIfNeeded: $0 &* 7919) }).write(to: garbage)
        let fakeDocx = directory.appendingPathComponent("broken.docx")
        try Data([0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0x41, count: 64)).write(to: fakeDocx)
        for path in [directory.appendingPathComponent("missing.txt").path, directory.path, empty.path, garbage.path, fakeDocx.path] {
            let result = try CommandRunner.run(["outline", path])
            #expect(result.status == 2, "\(path)")
            #expect(result.standardOutput.isEmpty)
            let lines = result.standardError.split(separator: "\n")
            #expect(lines.count == 1, "\(result.standardError)")
            #expect(lines.first?.hasPrefix("draftdiff: \(path)") == true, "\(result.standardError)")
        }
    }
}
