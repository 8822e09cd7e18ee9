import ArgumentParser
import DraftDiff
#if canImport(Glibc)
import Glibc
#endif

/// Turns library errors into what a diff-style tool does on trouble: one line on stderr
/// naming the file and the problem, and exit status 2.
enum Trouble {
    static func reading<T>(_ body: () throws(ReadError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            fail(error.description)
        }
    }

    static func writing<T>(_ body: () throws(WriteError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            fail(error.description)
        }
    }

    /// Ends a run whose output is out with `status`, without freeing what it built. The drafts and the
    /// alignment of a long resolution are millions of small allocations, and freeing them one by one
    /// costs a tenth of the run; the system takes the whole memory back at once anyway.
    static func finish(_ status: Int32, keeping values: Any...) -> Never {
        withExtendedLifetime(values) { exit(status) }
    }

    /// Prints "draftdiff: message" on stderr and exits with status 2.
    static func fail(_ message: String) -> Never {
        var standardError = StandardError()
        print("draftdiff: \(message)", to: &standardError)
        exit(2)
    }
}

/// Standard error as a text stream.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        StandardOutput.write(Array(string.utf8), descriptor: 2)
    }
}

/// Output written whole to standard output (or error), as bytes: a long report is not turned back into a
/// `String` on its way out.
enum StandardOutput {
    /// Writes `bytes`; a closed pipe (the reader stopped early) ends the output quietly.
    static func write(_ bytes: [UInt8], descriptor: Int32 = 1) {
        _ = Descriptor.write(bytes, to: descriptor)
    }
}
