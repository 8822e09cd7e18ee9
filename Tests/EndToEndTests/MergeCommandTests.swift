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
        // The base's job code, glued to the last sentence as Word's export has it, reads back too.
        #expect((json["metadata"] as? [String: Any])?["jobCodes"] as? [String] == ["AG08381F01"])
        let reportJSON = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as? [String: Any])
        #expect((reportJSON["sections"] as? [Any])?.count == 3)
        #expect(((reportJSON["references"] as? [String: Any])?["rewritten"] as? [Any])?.count == 1)
        // Byte-identical on a second run.
        let again = directory.appendingPathComponent("again.txt").path
        _ = try CommandRunner.run(["merge", base, fragment, "-o", again])
        #expect(try Data(contentsOf: URL(fileURLWithPath: again)) == Data(contentsOf: URL(fileURLWithPath: output)))
    }

    @Test func writesWordAndHTMLThatReadBack() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let docx = directory.appendingPathComponent("consolidated.docx").path
        let html = directory.appendingPathComponent("report.html").path
        let redline = directory.appendingPathComponent("report.docx").path
        let result = try CommandRunner.run(["merge", base, fragment, "-o", docx, "--report", html, "--date", "2026-11-23"])
        #expect(result.status == 0, "\(result.standardError)")
        let outline = try CommandRunner.run(["outline", docx])
        #expect(outline.standardOutput.contains("110 paragraphs"), "\(outline.standardOutput.prefix(300))")
        // The base's job code is printed under the last paragraph, and read back as the job code, not as text.
        #expect(outline.standardOutput.contains("job code AG08381F01"), "\(outline.standardOutput.prefix(300))")
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.contains("<ins") && page.contains("<del"))
        #expect(!page.contains("<script"))
        // Under the heading, where each section went and the references rewritten.
        #expect(page.contains("<li>“Promotion de la cybersécurité” ← cicte-2022-paragraphs.fr.txt “Promotion de la cybersécurité” (replace, found by heading)</li>"))
        #expect(page.contains("<li>reference in paragraph 63: paragraph 62 → 61</li>"))
        // The result has no file yet: no date from whatever file had its name before (identical runs, identical bytes).
        #expect(page.contains("<tr><th>New</th><td>\(docx)</td><td>—</td>"))
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_557_000_000)], ofItemAtPath: docx)
        #expect(try CommandRunner.run(["merge", base, fragment, "-o", docx, "--report", html, "--date", "2026-11-23"]).status == 0)
        #expect(try String(contentsOfFile: html, encoding: .utf8) == page)
        #expect(page.contains("<h1>Consolidation of csh-2021-global-resolution.fr.txt with cicte-2022-paragraphs.fr.txt: 110 operative paragraphs, 3 sections placed, 1 reference rewritten, 0 flagged</h1>"))
        // The redline against the base as tracked changes: the original view is the base, the accepted view the result.
        #expect(try CommandRunner.run(["merge", base, fragment, "-o", directory.appendingPathComponent("x.txt").path, "--report", redline]).status == 0)
        // Labels and texts of every paragraph and sub-paragraph, in order: the original view gives the base's (a
        // paragraph that became a sub-paragraph is one again, numbered as it was), the accepted view the draft's.
        func texts(_ arguments: [String]) throws -> [String] {
            let result = try CommandRunner.run(["outline", "--format", "json"] + arguments)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
            let blocks = json["blocks"] as? [[String: Any]] ?? []
            func line(_ block: [String: Any]) -> String { "\(block["label"] as? String ?? "-") \(block["text"] as? String ?? "")" }
            return blocks.filter { $0["kind"] as? String == "paragraph" }.flatMap { block in
                [line(block)] + ((block["subparagraphs"] as? [[String: Any]]) ?? []).map(line)
            }
        }
        #expect(try texts(["--view", "original", redline]) == texts([base]))
        #expect(try texts(["--view", "accepted", redline]) == texts([docx]))
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
        try "Maritime security\n\n1. To encourage coast guards to cooperate.\n".write(to: orphan, atomically: false, encoding: .utf8)
        for arguments in [["merge", base, "/no/such/fragment.txt", "-o", output],
                          ["merge", base, orphan.path, "-o", output],
                          ["merge", base, fragment, "-o", directory.appendingPathComponent("out.pdf").path]] {
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 2)
            #expect(result.standardError.split(separator: "\n").count == 1, "\(result.standardError)")
            #expect(result.standardError.hasPrefix("draftdiff: "))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["orphan.txt"])
        // A section placed twice in different places, and paragraphs under no section heading, are mistakes said.
        let twice = try CommandRunner.run(["merge", base, fragment, "-o", output, "--place", "Promotion de la cybersécurité=Promotion de la cybersécurité",
                                           "--place", "Promotion de la cybersécurité=after:Prévention de la violence et de la criminalité"])
        #expect(twice.status == 2)
        #expect(twice.standardError == "draftdiff: --place: section “Promotion de la cybersécurité” is placed twice, in different places; give one --place for it\n")
        let headless = directory.appendingPathComponent("headless.txt")
        try "PARAGRAPHES\n\n1.\tDe faire une chose sans section.\n\nMaritime security\n\n2.\tTo encourage coast guards to cooperate.\n"
            .write(to: headless, atomically: false, encoding: .utf8)
        let orphans = try CommandRunner.run(["merge", base, headless.path, "-o", output, "--place", "Maritime security=after:Promotion de la cybersécurité"])
        #expect(orphans.status == 2)
        #expect(orphans.standardError == "draftdiff: \(headless.path): 1 paragraph comes before the first section heading and belongs to no section; put it under the heading of its section\n")
        // Compared as a fragment, that paragraph is unplaced: the global draft's preamble is not reported deleted.
        let compared = try CommandRunner.run(["compare", base, headless.path, "--fragment"])
        #expect(compared.standardOutput.hasPrefix("Section (no heading): no place found in the global draft\n"))
        #expect(!compared.standardOutput.contains("deleted\n"))
        // A --place whose fragment heading no fragment has is a mistake said, not a mapping dropped.
        let mistyped = try CommandRunner.run(["merge", base, fragment, orphan.path, "-o", output, "--place", "Maritime securty=after:Promotion de la cybersécurité"])
        #expect(mistyped.status == 2)
        #expect(mistyped.standardError == "draftdiff: \(fragment), \(orphan.path): no section heading “Maritime securty” (from --place)\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["headless.txt", "orphan.txt"])
        let report = directory.appendingPathComponent("report.txt").path
        let placed = try CommandRunner.run(["merge", base, orphan.path, "-o", output, "--report", report,
                                            "--place", "Maritime security=after:Promotion de la cybersécurité"])
        #expect(placed.status == 0, "\(placed.standardError)")
        // The report says the section is a new one after its base section, not placed on it; counts agree in number.
        let lines = try String(contentsOfFile: report, encoding: .utf8).split(separator: "\n")
        #expect(lines[1] == "115 operative paragraphs, 1 section placed, 1 reference rewritten, 0 flagged")
        #expect(lines[2] == "new section after “Promotion de la cybersécurité” ← \(orphan.path) “Maritime security” (found by --place)")
    }

    /// A heading broken over two lines in the source is shown on one line wherever a line names it.
    @Test func headingsWithLineBreaksAreNamedOnOneLine() throws {
        let text = try String(contentsOfFile: base, encoding: .utf8)
        #expect(text.contains("CONTINENTALE \nET DES ÉTATS MEMBRES"))
        let result = try CommandRunner.run(["compare", base, base, "--fragment"])
        let sections = result.standardOutput.split(separator: "\n").filter { $0.hasPrefix("Section") }
        #expect(sections.contains { $0.contains("“ACTIVITÉS DE LA COMMISSION SUR LA SÉCURITÉ CONTINENTALE ET DES ÉTATS MEMBRES”") })
        #expect(!result.standardOutput.split(separator: "\n").contains { $0.hasPrefix("ET DES ÉTATS MEMBRES”") })
        // Found by its heading, though broken over two lines there; and shown on one line, one space at the break.
        #expect(sections.contains { $0.hasSuffix("(found by heading)") && $0.contains("CONTINENTALE ET DES") })
        let outline = try CommandRunner.run(["outline", base]).standardOutput
        #expect(outline.contains("heading I             ACTIVITÉS DE LA COMMISSION SUR LA SÉCURITÉ CONTINENTALE ET DES ÉTATS M…\n"))
    }
}
