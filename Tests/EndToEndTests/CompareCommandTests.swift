import Foundation
import Testing

/// `draftdiff compare` as a user runs it.
@Suite("draftdiff compare")
struct CompareCommandTests {
    private let global = CommandRunner.sample("csh-2021-global-resolution.fr.txt")
    private let fragment = CommandRunner.sample("cicte-2022-paragraphs.fr.txt")

    @Test func sameDraftExitsZeroWithASummaryOfNoChange() throws {
        let result = try CommandRunner.run(["compare", global, global])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasSuffix("0 modified, 0 moved, 0 split, 0 merged, 0 inserted, 0 deleted, 0 renumbered\n"))
        // As a fragment too: a whole draft's preamble, before its first heading, goes on the global draft's
        // (a fragment's cover lines are not compared).
        for draft in [global, fragment] {
            let itself = try CommandRunner.run(["compare", draft, draft, "--fragment"])
            #expect(itself.status == 0, "\(draft)")
            #expect(itself.standardOutput.hasSuffix(" unchanged, 0 modified, 0 moved, 0 split, 0 merged, 0 inserted, 0 deleted, 0 renumbered\n"))
        }
        let preamble = try CommandRunner.run(["compare", global, global, "--fragment"]).standardOutput
        #expect(preamble.hasPrefix("Before the first heading → before the first heading of the global draft\n"))
    }

    @Test func theTextExportAndTheDocxOfOneDraftAreTheSame() throws {
        let result = try CommandRunner.run(["compare", global, CommandRunner.sample("csh-2021-global-resolution.fr.docx")])
        #expect(result.status == 0)
        let docxFragment = try CommandRunner.run([
            "compare", CommandRunner.sample("csh-2021-global-resolution.fr.docx"), CommandRunner.sample("cicte-2022-paragraphs.fr.docx"), "--fragment",
        ])
        #expect(docxFragment.status == 1)
        #expect(docxFragment.standardOutput.contains("\n84 → 2 modified\n"))
        #expect(docxFragment.standardOutput.contains("\n83 → 1 unchanged (renumbered)\n"))
    }

    /// A side piped in, as `draftdiff compare <(git show HEAD~1:draft.docx) draft.docx` gives it: a pipe,
    /// read to its end (it was refused, as "You don't have permission").
    @Test(arguments: ["csh-2021-global-resolution.fr.txt", "csh-2021-global-resolution.fr.docx"])
    func aSideReadFromStandardInput(name: String) throws {
        let input = try Data(contentsOf: URL(fileURLWithPath: CommandRunner.sample(name)))
        let piped = try CommandRunner.run(["compare", "/dev/stdin", fragment, "--fragment", "--no-color"], input: input)
        let direct = try CommandRunner.run(["compare", CommandRunner.sample(name), fragment, "--fragment", "--no-color"])
        #expect(piped.standardError == "")
        #expect(piped.status == 1)
        #expect(piped.standardOutput == direct.standardOutput)
        #expect(piped.standardOutput.contains("\n84 → 2 modified\n"))
        // "-" names standard input too.
        let dash = try CommandRunner.run(["compare", "-", fragment, "--fragment", "--no-color"], input: input)
        #expect(dash.status == 1 && dash.standardOutput == direct.standardOutput)
    }

    @Test func fragmentRedlineNamesEntriesByLabelAndKind() throws {
        let result = try CommandRunner.run(["compare", global, fragment, "--fragment", "--no-color"])
        #expect(result.status == 1)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.contains("84 → 2 modified"))
        #expect(lines.contains("81 → 2 modified"))
        #expect(lines.contains("83 → 1 unchanged (renumbered)"))
        #expect(!result.standardOutput.contains("\u{1B}["))
        #expect(lines.last?.range(of: #"^\d+ unchanged, \d+ modified, \d+ moved, \d+ split, \d+ merged, \d+ inserted, \d+ deleted, \d+ renumbered$"#, options: .regularExpression) != nil)
    }

    @Test func splitEntriesListEveryNewLabel() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let head = "DÉCIDE :\n\n1.\tDe reconnaître les efforts de déminage humanitaire de la Colombie sur ses territoires frontaliers.\n\n"
        let old = head + "2.\tD'approuver le plan de travail du Groupe sur la cybersécurité et les rançongiciels, et de demander au Secrétariat du CICTE d'organiser des ateliers sur la réponse aux incidents informatiques.\n"
        let new = head + "2.\tD'approuver le plan de travail du Groupe sur la cybersécurité et les rançongiciels.\n\n3.\tDe demander au Secrétariat du CICTE d'organiser des ateliers sur la réponse aux incidents informatiques.\n"
        try old.write(to: directory.appendingPathComponent("old.txt"), atomically: false, encoding: .utf8)
        try new.write(to: directory.appendingPathComponent("new.txt"), atomically: false, encoding: .utf8)
        let result = try CommandRunner.run(["compare", "old.txt", "new.txt"], in: directory)
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("2 → 2, 3 split\n"))
    }

    @Test func ignoreCaseTurnsCaseOnlyChangesIntoNoChange() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = "DÉCIDE :\n\n1.\tDe demander au Secrétariat général de faire rapport sur la mise en œuvre.\n"
        try text.write(to: directory.appendingPathComponent("old.txt"), atomically: false, encoding: .utf8)
        try text.replacingOccurrences(of: "Secrétariat général", with: "SECRÉTARIAT GÉNÉRAL")
            .write(to: directory.appendingPathComponent("new.txt"), atomically: false, encoding: .utf8)
        #expect(try CommandRunner.run(["compare", "old.txt", "new.txt"], in: directory).status == 1)
        #expect(try CommandRunner.run(["compare", "old.txt", "new.txt", "--ignore-case"], in: directory).status == 0)
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let result = try CommandRunner.run(["compare", global, fragment, "--fragment", "--format", "json"])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(Set(json.keys) == ["old", "new", "summary", "alignment", "footnotes"])
        #expect((json["old"] as? [String: Any])?["path"] as? String == global)
        var summary = try #require(json["summary"] as? [String: Any])
        #expect(summary.removeValue(forKey: "footnotes") as? [String: Int] == ["unchanged": 0, "modified": 0, "moved": 0, "inserted": 0, "deleted": 0])
        let counts = try #require(summary as? [String: Int])
        #expect(Set(counts.keys) == ["unchanged", "modified", "moved", "split", "merged", "inserted", "deleted", "renumbered"])
        let entries = try #require(json["alignment"] as? [[String: Any]])
        #expect(entries.allSatisfy { Set($0.keys) == ["kind", "old", "new", "similarity", "renumbered", "changes"] })
        let labels = entries.flatMap { ($0["new"] as? [[String: Any]] ?? []).compactMap { $0["label"] as? String } }
        #expect(labels.contains("4.a") && labels.contains("5.c"))
        let modified = try #require(entries.first { ($0["old"] as? [[String: Any]])?.first?["label"] as? String == "84" })
        let changes = try #require(modified["changes"] as? [[String: String]])
        let newText = changes.filter { $0["op"] != "delete" }.compactMap { $0["text"] }.joined()
        #expect(newText == (modified["new"] as? [[String: Any]])?.first?["text"] as? String)
        #expect(counts.values.reduce(0, +) - counts["renumbered"]! == entries.count)
    }

    /// A draft whose only change is in a footnote differs (exit 1), and every format says so: the text
    /// names the footnote by the number a reader sees, the summaries count it, the JSON lists it.
    @Test func aChangedFootnoteAloneIsReportedEverywhere() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = try String(contentsOfFile: global, encoding: .utf8)
        #expect(text.contains("Soixante-huitième Session ordinaire de la CICAD"))
        let changed = directory.appendingPathComponent("changed.txt")
        try text.replacingOccurrences(of: "Soixante-huitième Session", with: "Soixante-neuvième Session")
            .write(to: changed, atomically: false, encoding: .utf8)
        let plain = try CommandRunner.run(["compare", global, changed.path])
        #expect(plain.status == 1)
        #expect(plain.standardOutput.hasPrefix("footnote 1 → 1 modified\nSoixante-[-huitième-]{+neuvième+} Session"))
        #expect(plain.standardOutput.hasSuffix("0 deleted, 0 renumbered; footnotes: 1 modified, 0 moved, 0 inserted, 0 deleted\n"))
        let result = try CommandRunner.run(["compare", global, changed.path, "--format", "json"])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["footnotes"] as? [String: Int] == ["unchanged": 6, "modified": 1, "moved": 0, "inserted": 0, "deleted": 0])
        let notes = try #require(json["footnotes"] as? [[String: Any]])
        #expect(notes.count == 7 && notes.allSatisfy { Set($0.keys) == ["kind", "old", "new", "changes"] })
        let modified = try #require(notes.first { $0["kind"] as? String == "modified" })
        #expect((modified["old"] as? [String: Any])?["number"] as? Int == 1)
        let changes = try #require(modified["changes"] as? [[String: String]])
        #expect(changes.filter { $0["op"] != "equal" }.map { $0["text"] } == ["huitième", "neuvième"])
        #expect(notes.filter { $0["kind"] as? String == "unchanged" }.allSatisfy { ($0["changes"] as? [Any])?.isEmpty == true })
        let markdown = try CommandRunner.run(["compare", global, changed.path, "--format", "md"])
        #expect(markdown.standardOutput.contains("| renumbered | footnotes changed |"))
        #expect(markdown.standardOutput.contains("| 0 | 1 |\n"))
        #expect(try CommandRunner.run(["compare", global, global, "--format", "md"]).standardOutput.contains("footnotes changed") == false)
    }

    @Test func sameInputsGiveByteIdenticalOutput() throws {
        let first = try CommandRunner.run(["compare", global, fragment, "--fragment", "--format", "json"])
        let second = try CommandRunner.run(["compare", global, fragment, "--fragment", "--format", "json"])
        #expect(first.standardOutput == second.standardOutput)
        let text = try CommandRunner.run(["compare", global, fragment, "--fragment"])
        #expect(text.standardOutput == (try CommandRunner.run(["compare", global, fragment, "--fragment"])).standardOutput)
    }

    @Test func outputFileTakesItsFormatFromTheExtension() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CommandRunner.run(["compare", global, fragment, "--fragment", "-o", "report.json"], in: directory)
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        let written = try Data(contentsOf: directory.appendingPathComponent("report.json"))
        #expect((try JSONSerialization.jsonObject(with: written) as? [String: Any])?["alignment"] != nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["report.json"])
    }

    @Test func neverWritesOverAnInput() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let copy = directory.appendingPathComponent("old.txt")
        try FileManager.default.copyItem(atPath: global, toPath: copy.path)
        let before = try Data(contentsOf: copy)
        let result = try CommandRunner.run(["compare", "old.txt", fragment, "--format", "text", "-o", "old.txt"], in: directory)
        #expect(result.status == 2)
        #expect(result.standardError.contains("old.txt"))
        #expect(result.standardError.split(separator: "\n").count == 1)
        #expect(try Data(contentsOf: copy) == before)
    }

    @Test func troubleExitsTwoWithOneLineNamingTheFileAndWritesNothing() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = try CommandRunner.run(["compare", "absent.txt", global, "-o", "out.json"], in: directory)
        #expect(missing.status == 2)
        #expect(missing.standardError == "draftdiff: absent.txt: no such file\n")
        let unknown = try CommandRunner.run(["compare", global, global, "-o", "out.xyz"], in: directory)
        #expect(unknown.status == 2)
        #expect(unknown.standardError.contains("out.xyz"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    /// Usage errors are trouble like any other: exit 2 and one line, as diff does.
    @Test func usageErrorsAreOneLineAndExitTwo() throws {
        let cases: [([String], String)] = [
            ([], "draftdiff: no command given: compare, merge or outline (draftdiff --help says more)\n"),
            (["compare", "--foo", global, global], "draftdiff: Unknown option '--foo' (--help lists the options)\n"),
            (["compare", global], "draftdiff: Missing expected argument '<new>' (--help lists the options)\n"),
            (["compare", global, global, "--layout", "side-by-side"], "draftdiff: --layout applies to HTML reports only (this one is text)\n"),
        ] + ["2026-02-30", "2023-02-29", "2026-11-23T25:00:00Z", "2026-11-23T10:60:00Z", "2026-11-23 10:00", "23/11/2026"].map { date in
            (["compare", global, global, "--format", "json", "--date", date],
             "draftdiff: --date \(date): expected an ISO 8601 date such as 2026-11-23 or 2026-11-23T10:00:00Z\n")
        }
        for (arguments, message) in cases {
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.standardError == message)
            #expect(result.standardOutput.isEmpty)
        }
        let help = try CommandRunner.run(["--help"])
        #expect(help.status == 0 && help.standardOutput.contains("USAGE: draftdiff <subcommand>"))
        #expect(try CommandRunner.run(["--version"]).standardOutput == "0.9.0\n")
    }
}
