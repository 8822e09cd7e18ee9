import Foundation
import Testing

/// Where reports and drafts go: a file replaced whole, standard output ("-"), a stream such as a device or
/// a pipe (written to, never replaced), and the outputs refused before any work (a directory, another name
/// of an input). A write that fails is trouble: exit 2 and one line naming where.
@Suite("output targets")
struct OutputTargetTests {
    let base = CommandRunner.sample("csh-2021-global-resolution.fr.txt")
    let fragment = CommandRunner.sample("cicte-2022-paragraphs.fr.txt")

    /// Runs `draftdiff` with its standard output going to `path` (a file or a device).
    static func run(_ arguments: [String], standardOutputTo path: String) throws -> (status: Int32, error: String) {
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        let error = Pipe()
        process.standardError = error
        try process.run()
        let message = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: message, as: UTF8.self))
    }

    static func isCharacterDevice(_ path: String) throws -> Bool {
        try FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType == .typeCharacterSpecial
    }

    @Test func aFullDiskIsTroubleWhereverTheOutputGoes() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else {
            print("skipped: this system has no /dev/full")
            return
        }
        for arguments in [["outline", fragment], ["outline", "--format", "json", fragment], ["compare", base, fragment], ["--help"], ["--version"]] {
            let result = try Self.run(arguments, standardOutputTo: "/dev/full")
            #expect(result.status == 2, "\(arguments)")
            #expect(result.error == "draftdiff: standard output: cannot be written (No space left on device)\n")
        }
        // A merge whose report cannot be written leaves no consolidated draft either.
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let draft = directory.appendingPathComponent("draft.txt").path
        let merge = try CommandRunner.run(["merge", base, fragment, "-o", draft, "--report", "/dev/full"])
        #expect(merge.status == 2)
        #expect(merge.standardError == "draftdiff: /dev/full: cannot be written (No space left on device)\n")
        let toFullOutput = try Self.run(["merge", base, fragment, "-o", draft, "--report", "-"], standardOutputTo: "/dev/full")
        #expect(toFullOutput.status == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
        // As -o: the device is written to (and fills), not replaced by a file.
        let result = try CommandRunner.run(["compare", base, fragment, "-o", "/dev/full", "--format", "text"])
        #expect(result.status == 2)
        #expect(result.standardError == "draftdiff: /dev/full: cannot be written (No space left on device)\n")
        #expect(try Self.isCharacterDevice("/dev/full"))
    }

    @Test func aDashAndDevStdoutAreStandardOutput() throws {
        let plain = try CommandRunner.run(["compare", base, fragment, "--fragment", "--format", "md"])
        #expect(plain.status == 1)
        #expect(plain.standardOutput.hasPrefix("# Comparison of"))
        for output in ["-", "/dev/stdout"] {
            let result = try CommandRunner.run(["compare", base, fragment, "--fragment", "--format", "md", "-o", output])
            #expect(result.status == 1, "\(output): \(result.standardError)")
            #expect(result.standardOutput == plain.standardOutput, "\(output)")
        }
        // Without --format, standard output and a device are written as text, having no extension to go by.
        let text = try CommandRunner.run(["compare", base, fragment, "--fragment"])
        #expect(try CommandRunner.run(["compare", base, fragment, "--fragment", "-o", "/dev/stdout"]).standardOutput == text.standardOutput)
        // The consolidated draft on standard output is the text written to a .txt file.
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("consolidated.txt").path
        #expect(try CommandRunner.run(["merge", base, fragment, "-o", file]).status == 0)
        let merged = try CommandRunner.run(["merge", base, fragment, "-o", "-"])
        #expect(merged.status == 0, "\(merged.standardError)")
        #expect(merged.standardOutput == (try String(contentsOfFile: file, encoding: .utf8)))
        #expect(try CommandRunner.run(["merge", base, fragment, "-o", "/dev/stdout"]).standardOutput == merged.standardOutput)
        let both = try CommandRunner.run(["merge", base, fragment, "-o", "-", "--report", "-"])
        #expect(both.status == 2)
        #expect(both.standardError == "draftdiff: -: cannot be written (the report and the output are the same file)\n")
    }

    @Test func aHardLinkToAnInputAndADirectoryAreRefusedBeforeAnyWork() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("fragment.txt").path
        let link = directory.appendingPathComponent("link.txt").path
        try FileManager.default.copyItem(atPath: fragment, toPath: input)
        try FileManager.default.linkItem(atPath: input, toPath: link)
        let original = try Data(contentsOf: URL(fileURLWithPath: input))
        let linked = try CommandRunner.run(["compare", base, link, "--fragment", "-o", input])
        #expect(linked.status == 2)
        #expect(linked.standardError == "draftdiff: \(input): is an input; choose another output file\n")
        let merged = try CommandRunner.run(["merge", base, input, "-o", link])
        #expect(merged.status == 2)
        #expect(merged.standardError == "draftdiff: \(link): is an input; choose another output file\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == original)
        let empty = try CommandRunner.run(["compare", base, fragment, "-o", ""])
        #expect(empty.status == 2 && empty.standardError == "draftdiff: \"\": cannot be written (an empty file name)\n")
        // A folder is named as one, even without an extension to go by, and before the drafts are read.
        for arguments in [["compare", base, fragment, "-o", directory.path], ["compare", "missing.txt", fragment, "-o", directory.path],
                          ["merge", base, fragment, "-o", directory.appendingPathComponent("out.txt").path, "--report", directory.path]] {
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 2)
            #expect(result.standardError == "draftdiff: \(directory.path): cannot be written (it is a directory)\n", "\(arguments)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["fragment.txt", "link.txt"])
    }

    @Test func aSymbolicLinkIsFollowedEvenToAFileNotYetThere() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fm = FileManager.default
        let link = directory.appendingPathComponent("latest.json").path
        let target = directory.appendingPathComponent("reports/2026.json").path
        try fm.createDirectory(atPath: directory.appendingPathComponent("reports").path, withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: link, withDestinationPath: "reports/2026.json")
        // The link leads nowhere yet: the report is written where it leads, and the link stays a link.
        let result = try CommandRunner.run(["compare", base, fragment, "--fragment", "-o", link])
        #expect(result.status == 1, "\(result.standardError)")
        #expect(try fm.destinationOfSymbolicLink(atPath: link) == "reports/2026.json")
        #expect(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: target))) is [String: Any])
        // A link to itself is one line of trouble, and nothing is written.
        let loop = directory.appendingPathComponent("loop.json").path
        try fm.createSymbolicLink(atPath: loop, withDestinationPath: "loop.json")
        let looped = try CommandRunner.run(["compare", base, fragment, "--fragment", "-o", loop])
        #expect(looped.status == 2)
        #expect(looped.standardError == "draftdiff: \(loop): cannot be written (too many levels of symbolic links)\n")
        #expect(try fm.contentsOfDirectory(atPath: directory.path).sorted() == ["latest.json", "loop.json", "reports"])
    }
}
