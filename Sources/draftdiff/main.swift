import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

MemoryTuning.apply()

// Exit statuses follow diff: 0 no differences, 1 differences, 2 trouble (usage errors included).
if CommandLine.arguments.count == 1 {
    Trouble.fail("no command given: compare, merge or outline (draftdiff --help says more)")
}
do {
    var command = try DraftDiffCommand.parseAsRoot()
    try command.run()
} catch let code as ExitCode {
    exit(code.rawValue)
} catch {
    let code = DraftDiffCommand.exitCode(for: error)
    if code == .success {
        // Help and the version: on standard output, whose failure is trouble as for any output.
        StandardOutput.write(Array((DraftDiffCommand.fullMessage(for: error) + "\n").utf8))
        exit(0)
    }
    // A usage error on one line, as every other trouble: its message, and where the options are listed.
    let message = DraftDiffCommand.message(for: error).split(whereSeparator: \.isNewline).first.map(String.init) ?? "\(error)"
    Trouble.fail(message.replacingOccurrences(of: "Error: ", with: "") + " (--help lists the options)")
}
