import Foundation
import Testing

/// `draftdiff merge` as the secretariat runs it.
@Suite("draftdiff merge")
struct MergeCommandTests {
    let base = CommandRunner.sample("csh-2021-global-resolution.fr.txt")
    let fragment = CommandRunner.sample("cicte-2022-paragraphs.fr.txt")

    @Test func mergesTheSamplesWithAReport() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("consolidated.txt").path
        let report = directory.appendingPathComponent("report.json").path
        let result = try CommandRunner.run(["merge", base, fragment, "-o", output, "--report", report])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.isEmpty)
        let outline = try CommandRunner.run(["outline", "--format", "json", output])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outline.standardOutput.utf8)) as? [String: Any])
        let paragraphs = (json["blocks"] as? [[String: Any]])?.filter { $0["kind"] as? String == "paragraph" } ?? []
        #expect(paragraphs.map { $0["label"] as? String } == (1...110).map { String($0) })
        let reportJSON = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as? [String: Any])
        #expect((reportJSON["sections"] as? [Any])?.count == 3)
        #expect(((reportJSON["references"] as? [String: Any])?["rewritten"] as? [Any])?.count == 1)
        // Byte-identical on a second run.
        let again = directory.appendingPathComponent("again.txt").path
        _ = try CommandRunner.run(["merge", base, fragment, "-o", again])
        #expect(try Data(contentsOf: URL(fileURLWithPath: again)) == Data(contentsOf: URL(fileURLWithPath: output)))
    }

    @Test func refusesToWriteOverAnInput() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let copy = directory.appendingPathComponent("base.txt")
        try FileManager.default.copyItem(atPath: base, toPath: copy.path)
        let before = try Data(contentsOf: copy)
        let result = try CommandRunner.run(["merge", copy.path, fragment, "-o", copy.path])
        #expect(result.status == 2)
        #expect(result.standardError.contains("is an input"))
        #expect(try Data(contentsOf: copy) == before)
    }

    @Test func troubleWritesNothing() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("out.txt").path
        let orphan = directory.appendingPathComponent("orphan.txt")
        try "Maritime security\n\n1. To encourage coast guards to cooperate.\n".write(to: orphan, atomically: true, encoding: .utf8)
        for arguments in [["merge", base, "/no/such/fragment.txt", "-o", output],
                          ["merge", base, orphan.path, "-o", output],
                          ["merge", base, fragment, "-o", directory.appendingPathComponent("out.pdf").path]] {
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 2)
            #expect(result.standardError.split(separator: "\n").count == 1, "\(result.standardError)")
            #expect(result.standardError.hasPrefix("draftdiff: "))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["orphan.txt"])
        let placed = try CommandRunner.run(["merge", base, orphan.path, "-o", output, "--place", "Maritime security=after:Promotion de la cybersécurité"])
        #expect(placed.status == 0, "\(placed.standardError)")
    }
}
