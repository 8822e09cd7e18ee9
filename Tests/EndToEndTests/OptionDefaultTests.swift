import Foundation
import Testing

/// The options whose defaults are said in the help and applied by the commands (rather than declared to
/// swift-argument-parser, which checks a default's type at run time): the help lists every value and says the
/// default, and leaving an option out gives exactly what naming its default gives.
@Suite("Option defaults")
struct OptionDefaultTests {
    private let global = CommandRunner.sample("csh-2021-global-resolution.fr.txt")
    private let fragment = CommandRunner.sample("cicte-2022-paragraphs.fr.txt")

    @Test(arguments: [
        ("outline", ["(values: text, json, summary)", "default: text", "(values: accepted, original)", "(the current text, default)"]),
        ("compare", ["(values: text, json, md, html, docx)", "(values: inline, side-by-side)", "inline (default)", "(default: draftdiff)"]),
        ("merge", ["(values: replace, update, append)", "replace (default)", "(values: error, keep-both)", "error (default)"]),
    ])
    func helpListsTheValuesAndSaysTheDefault(command: String, expected: [String]) throws {
        let result = try CommandRunner.run([command, "--help"])
        #expect(result.status == 0)
        // The help wraps its lines: compare with the line breaks and indentation taken out.
        let help = result.standardOutput.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for text in expected {
            #expect(help.contains(text), "\(command) --help lacks \(text)")
        }
    }

    @Test func leavingAnOptionOutGivesItsDefault() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let docx = CommandRunner.sample("csh-2021-global-resolution.fr.docx")
        let pairs: [([String], [String])] = [
            (["outline", global], ["outline", global, "--format", "text"]),
            (["outline", docx, "--format", "json"], ["outline", docx, "--format", "json", "--view", "accepted"]),
            (["compare", global, fragment, "--fragment", "--format", "html", "--date", "2026-11-23"],
             ["compare", global, fragment, "--fragment", "--format", "html", "--date", "2026-11-23", "--layout", "inline"]),
            (["merge", global, fragment, "-o", "-"], ["merge", global, fragment, "-o", "-", "--mode", "replace", "--on-conflict", "error"]),
        ]
        for (short, long) in pairs {
            let left = try CommandRunner.run(short, in: directory), right = try CommandRunner.run(long, in: directory)
            #expect(left.status == right.status, "\(short)")
            #expect(!left.standardOutput.isEmpty, "\(short)")
            #expect(left.standardOutput == right.standardOutput, "\(short)")
        }
        // The author of the tracked changes, in the .docx redline.
        for (name, author) in [("default.docx", [String]()), ("named.docx", ["--author", "draftdiff"])] {
            let result = try CommandRunner.run(["compare", global, fragment, "--fragment", "-o", name, "--date", "2026-11-23"] + author,
                                               in: directory)
            #expect(result.status == 1)
        }
        let left = try Data(contentsOf: directory.appendingPathComponent("default.docx"))
        let right = try Data(contentsOf: directory.appendingPathComponent("named.docx"))
        #expect(!left.isEmpty && left == right)
    }
}
