import Foundation
import Testing

/// The evaluation the project keeps (Scripts/evaluation): generated revisions of the 2021 resolution
/// with known answers, at 1× and 10×, with fixed seeds. The targets of the alignment issue are asserted.
@Suite("Compare evaluation")
struct CompareEvaluationTests {
    struct Row: Decodable {
        var scale: Int
        var tool: String
        var f1: Double
        var move_recall: Double
        var false_moves: Int
        var group_f1: Double
        var min_f1: Double
    }

    @Test func generatedRevisionsMeetTheTargets() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", CommandRunner.root.appendingPathComponent("Scripts/evaluation/evaluate.py").path,
                             "--draftdiff", CommandRunner.executable.path, "--scales", "1", "10", "--seeds", "1", "2", "--json"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        let rows = try JSONDecoder().decode([Row].self, from: data)
        let ours = rows.filter { $0.tool == "draftdiff" }
        #expect(ours.map(\.scale) == [1, 10])
        for row in ours {
            #expect(row.min_f1 >= 0.99, "F1 at \(row.scale)×")
            #expect(row.move_recall >= 0.95, "move recall at \(row.scale)×")
            #expect(row.false_moves == 0, "false moves at \(row.scale)×")
            #expect(row.group_f1 >= 0.9, "split/merge F1 at \(row.scale)×")
        }
        // The baseline finds no move and no split or merge: the comparison is meaningful.
        #expect(rows.filter { $0.tool == "difflib" }.allSatisfy { $0.move_recall == 0 && $0.f1 < ours[0].f1 })
    }

    @Test func comparisonsOfGeneratedRevisionsAreMirrorImages() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let generator = Process()
        generator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        generator.arguments = ["python3", CommandRunner.root.appendingPathComponent("Scripts/evaluation/generate.py").path,
                               "--seed", "4", "--scale", "10", "--out", directory.path]
        try generator.run()
        generator.waitUntilExit()
        try #require(generator.terminationStatus == 0)
        let forward = try entries(["compare", "old.txt", "new.txt", "--format", "json"], in: directory)
        let backward = try entries(["compare", "new.txt", "old.txt", "--format", "json"], in: directory)
        let mirror = ["inserted": "deleted", "deleted": "inserted", "split": "merged", "merged": "split"]
        #expect(Set(forward.map { "\($0.old)|\($0.new)|\(mirror[$0.kind] ?? $0.kind)" }) == Set(backward.map { "\($0.new)|\($0.old)|\($0.kind)" }))
        #expect(forward.count == backward.count)
    }

    /// The entries of a JSON comparison as (kind, old blocks, new blocks), blocks named by label and opening words.
    private func entries(_ arguments: [String], in directory: URL) throws -> [(kind: String, old: String, new: String)] {
        let result = try CommandRunner.run(arguments, in: directory)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let entries = try #require(json["alignment"] as? [[String: Any]])
        func blocks(_ value: Any?) -> String {
            (value as? [[String: Any]] ?? []).map { "\($0["label"] as? String ?? "-"):\(($0["text"] as? String ?? "").prefix(30))" }.joined(separator: ",")
        }
        return entries.map { ($0["kind"] as? String ?? "", blocks($0["old"]), blocks($0["new"])) }
    }
}
