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
}
