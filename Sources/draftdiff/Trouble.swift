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
        StandardOutput.writeError(string)
    }
}

/// "-" as an input file: standard input, as in most tools.
func inputPath(_ name: String) -> String { name == StandardOutput.name ? "/dev/stdin" : name }

/// Output written whole to standard output (or error), as bytes: a long report is not turned back into a
/// `String` on its way out.
enum StandardOutput {
    /// "-" as an output file: standard output, as in most tools.
    static let name = "-"

    /// Writes `bytes` to standard output. A closed pipe (the reader stopped early) ends the output quietly;
    /// any other failure (a full disk, a closed descriptor) is trouble: exit status 2.
    static func write(_ bytes: [UInt8]) {
        do { try writeReportingFailure(bytes) } catch { Trouble.fail(error.description) }
    }

    /// Writes `bytes` to standard output, throwing on a failure other than a closed pipe.
    static func writeReportingFailure(_ bytes: [UInt8]) throws(WriteError) {
        guard let failure = Descriptor.write(bytes, to: 1), failure != EPIPE else { return }
        throw WriteError.cannotWrite(file: "standard output", reason: String(cString: strerror(failure)))
    }

    /// Writes `text` to standard error; what cannot be written there cannot be reported either.
    static func writeError(_ text: String) {
        _ = Descriptor.write(Array(text.utf8), to: 2)
    }
}
