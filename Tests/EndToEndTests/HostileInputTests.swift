import Foundation
import Testing

/// Extreme and odd inputs through the command, as a user would meet them: each gives a correct result
/// or a clear error (status 2, nothing written). The 100 MB file is in `Scripts/stress` (too slow for a
/// debug build); 10,000 identical paragraphs are in `AlignmentPropertyTests`.
@Suite("Hostile and extreme inputs")
struct HostileInputTests {
    private func write(_ files: [String: [UInt8]]) throws -> URL {
        let directory = try CommandRunner.temporaryDirectory()
        for (name, bytes) in files { try Data(bytes).write(to: directory.appendingPathComponent(name)) }
        return directory
    }

    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func aOneMegabyteParagraphIsComparedWordByWord() throws {
        let words = ["sécurité", "continentale", "États", "membres", "Secrétariat", "coopération", "résolution", "Commission"]
        var tokens = (0..<140_000).map { words[($0 * 7 + $0 / 3) % words.count] }
        let body = tokens.joined(separator: " ")
        #expect(body.utf8.count > 1_000_000)
        tokens[70_000] = "sargasses"
        tokens.insert("mangroves", at: 100_000)
        let changed = tokens.joined(separator: " ")
        let directory = try write(["old.txt": Array("DÉCIDE :\n\n1.\tDe demander \(body).\n".utf8),
                                   "new.txt": Array("DÉCIDE :\n\n1.\tDe demander \(changed).\n".utf8)])
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CommandRunner.run(["compare", "old.txt", "new.txt", "--format", "json"], in: directory)
        #expect(result.status == 1, "\(result.standardError)")
        let entries = try #require(try json(result.standardOutput)["alignment"] as? [[String: Any]])
        let modified = try #require(entries.first { $0["kind"] as? String == "modified" })
        let changes = try #require(modified["changes"] as? [[String: String]])
        #expect(changes.filter { $0["op"] != "insert" }.map { $0["text"]! }.joined() == "De demander \(body).")
        #expect(changes.filter { $0["op"] != "delete" }.map { $0["text"]! }.joined() == "De demander \(changed).")
    }

    @Test func aDraftWithNoOperativePartIsReadAndCompared() throws {
        let old = "PROJET DE RÉSOLUTION\n\nL’ASSEMBLÉE GÉNÉRALE,\n\nAYANT VU le rapport annuel,\n\nCONSIDÉRANT que la sécurité est multidimensionnelle,\n"
        let directory = try write(["old.txt": Array(old.utf8),
                                   "new.txt": Array(old.replacingOccurrences(of: "annuel", with: "annuel du Conseil").utf8)])
        defer { try? FileManager.default.removeItem(at: directory) }
        let outline = try CommandRunner.run(["outline", "old.txt", "--format", "json"], in: directory)
        #expect(outline.status == 0)
        let blocks = try #require(try json(outline.standardOutput)["blocks"] as? [[String: Any]])
        #expect(!blocks.contains { $0["kind"] as? String == "operative-marker" })
        let compare = try CommandRunner.run(["compare", "old.txt", "new.txt"], in: directory)
        #expect(compare.status == 1)
        #expect(compare.standardOutput.contains("annuel {+du Conseil+},") || compare.standardOutput.contains("annuel{+ du Conseil+},"), "\(compare.standardOutput)")
    }

    @Test func aDraftOfHeadingsOnlyIsReadAndCompared() throws {
        let old = "DÉCIDE :\n\n1.\tACTIVITÉS DE LA COMMISSION\n\n1.\tCybersécurité\n\n1.\tTerrorisme\n\n1.\tSUIVI ET RAPPORTS\n"
        let directory = try write(["old.txt": Array(old.utf8), "new.txt": Array(old.replacingOccurrences(of: "Terrorisme", with: "Lutte contre le terrorisme").utf8)])
        defer { try? FileManager.default.removeItem(at: directory) }
        let outline = try CommandRunner.run(["outline", "old.txt", "--format", "json"], in: directory)
        #expect(outline.status == 0)
        let blocks = try #require(try json(outline.standardOutput)["blocks"] as? [[String: Any]])
        #expect(blocks.filter { $0["kind"] as? String == "heading" }.count == 4)
        #expect(try CommandRunner.run(["compare", "old.txt", "old.txt"], in: directory).status == 0)
        #expect(try CommandRunner.run(["compare", "old.txt", "new.txt"], in: directory).status == 1)
    }

    @Test func aDraftOfOnlyATableIsReadAsATableAndComparedRowByRow() throws {
        let old = "\tN°\n\tComité\n\tAnnée\n\n\t1\n\tCICTE\n\t2022\n\n\t2\n\tCICAD\n\t2023\n"
        let directory = try write(["old.txt": Array(old.utf8), "new.txt": Array(old.replacingOccurrences(of: "2023", with: "2024").utf8)])
        defer { try? FileManager.default.removeItem(at: directory) }
        let outline = try CommandRunner.run(["outline", "old.txt", "--format", "json"], in: directory)
        let blocks = try #require(try json(outline.standardOutput)["blocks"] as? [[String: Any]])
        #expect(blocks.map { $0["kind"] as? String } == ["table"])
        let compare = try CommandRunner.run(["compare", "old.txt", "new.txt"], in: directory)
        #expect(compare.status == 1)
        #expect(compare.standardOutput.contains("[-2023-]{+2024+}"), "\(compare.standardOutput)")
    }

    @Test func mixedLineEndingsInOneFileAreAllLineEnds() throws {
        let bytes = Array("DÉCIDE :\r\n\r\n1.\tDe demander au Secrétariat.\n\n2.\tD’encourager les États.\r\r3.\tDe prendre note.\n".utf8)
        let directory = try write(["mixed.txt": bytes])
        defer { try? FileManager.default.removeItem(at: directory) }
        let outline = try CommandRunner.run(["outline", "mixed.txt", "--format", "json"], in: directory)
        let blocks = try #require(try json(outline.standardOutput)["blocks"] as? [[String: Any]])
        #expect(blocks.compactMap { $0["label"] as? String } == ["1", "2", "3"])
        #expect(blocks.compactMap { $0["text"] as? String }.last == "De prendre note.")
        #expect(blocks.compactMap { $0["lines"] as? [Int] } .last == [7, 7])
    }

    @Test func utf8AndWindows1252LinesInOneFileAreEachDecodedInTheirOwnEncoding() throws {
        // A UTF-8 export with one paragraph pasted from a Windows-1252 export (É is 0xC9, ’ is 0x92 there).
        let bytes = Array("DÉCIDE :\n\n1.\tDe demander au Secrétariat général.\n\n2.\tD".utf8) + [0x92]
            + Array("encourager les ".utf8) + [0xC9] + Array("tats membres.\n".utf8)
        let directory = try write(["mixed.txt": bytes])
        defer { try? FileManager.default.removeItem(at: directory) }
        let outline = try CommandRunner.run(["outline", "mixed.txt", "--format", "json"], in: directory)
        #expect(outline.status == 0)
        let texts = try #require(try json(outline.standardOutput)["blocks"] as? [[String: Any]]).compactMap { $0["text"] as? String }
        #expect(texts == ["DÉCIDE :", "De demander au Secrétariat général.", "D’encourager les États membres."])
    }

    @Test func binaryAfterTextIsStillRefusedWithNothingWritten() throws {
        let directory = try write(["old.txt": Array("DÉCIDE :\n\n1.\tDe demander.\n".utf8) + [0, 1, 2, 0xFF, 0xFE, 0],
                                   "new.txt": Array("DÉCIDE :\n".utf8)])
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CommandRunner.run(["compare", "old.txt", "new.txt", "-o", "out.json"], in: directory)
        #expect(result.status == 2)
        #expect(result.standardError.contains("old.txt"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out.json").path))
    }
}
