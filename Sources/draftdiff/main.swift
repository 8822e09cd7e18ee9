import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

MemoryTuning.apply()

// Exit statuses follow diff: 0 no differences, 1 differences, 2 trouble (usage errors included).
do {
    var command = try DraftDiffCommand.parseAsRoot()
    try command.run()
} catch let code as ExitCode {
    exit(code.rawValue)
} catch {
    let code = DraftDiffCommand.exitCode(for: error)
    if code == .success {
        DraftDiffCommand.exit(withError: error)
    }
    var standardError = StandardError()
    print(DraftDiffCommand.fullMessage(for: error), to: &standardError)
    exit(2)
}
