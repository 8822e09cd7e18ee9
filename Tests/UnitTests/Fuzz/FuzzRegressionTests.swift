import Foundation
import Testing
import DraftDiff

/// Inputs the fuzzers (`Scripts/fuzz.sh`) found crashing, hanging or blowing up, each read again here:
/// a Draft or a ReadError, never a trap. The inputs are in `Inputs/`, named for what they exercise.
@Suite("Fuzzer findings")
struct FuzzRegressionTests {
    static let inputs = Fixtures.root.appendingPathComponent("Tests/UnitTests/Fuzz/Inputs")

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: inputs.path)) ?? []).sorted()
    }

    @Test(arguments: names) func readsInBothViewsWithoutATrap(name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.inputs.appendingPathComponent(name)))
        for view in TrackedChangesView.allCases {
            let reader = DraftReader(docxOptions: DocxReadOptions(view: view))
            if let draft = try? reader.read(bytes: bytes, file: name) {
                _ = DraftTextWriter().write(draft)
                _ = DraftJSONWriter().write(draft)
            }
        }
    }

    /// FuzzDocxPackage: a zip whose central directory sends ZIPFoundation's in-memory reader past the end
    /// of the data trapped ("Range requires lowerBound <= upperBound"; `draftdiff outline` died with
    /// SIGILL, status 132); now a one-line error naming the file. (The fuzzer's input, with "PK\3\4" in
    /// front so that `draftdiff` takes it for a .docx.)
    @Test func aCentralDirectoryPointingPastTheEndIsADamagedPackage() throws {
        let name = "docx-central-directory-past-end.docx"
        let bytes = try [UInt8](Data(contentsOf: Self.inputs.appendingPathComponent(name)))
        #expect {
            try DraftReader().read(bytes: bytes, file: name)
        } throws: { error in
            "\(error)".contains(name) && "\(error)".contains("not a readable .docx package")
        }
    }

    /// FuzzDocxPackage: a part whose deflate stream never reaches its end. ZIPFoundation 0.9.20's inflate loop
    /// (`Data.decode`) reads past the entry's compressed size and, at the end of the file, reads nothing
    /// forever: `draftdiff outline` hung. The part is now inflated under a watchdog (`PartExtraction`) and
    /// refused with one line when it stops producing bytes. (Depending on what lies after the entry, the
    /// loop sometimes inflates on into other bytes instead, and the part is refused as malformed XML.)
    @Test func aDeflateStreamThatNeverEndsIsADamagedPackage() throws {
        let name = "docx-deflate-stream-never-ends.docx"
        let bytes = try [UInt8](Data(contentsOf: Self.inputs.appendingPathComponent(name)))
        #expect {
            try DraftReader().read(bytes: bytes, file: name)
        } throws: { error in
            guard let error = error as? ReadError else { return false }
            return error.file == name && !error.description.contains("\n")
        }
    }

    #if os(Linux)
    /// The same input: the extraction thread stuck in ZIPFoundation's loop is stopped (its file's reads
    /// made to fail), not left spinning for the life of the process. Extraction threads are named
    /// "draftdiff-part"; none may be left shortly after the error.
    @Test func theStuckExtractionThreadEnds() throws {
        let name = "docx-deflate-stream-never-ends.docx"
        let bytes = try [UInt8](Data(contentsOf: Self.inputs.appendingPathComponent(name)))
        func extractionThreads() -> Int {
            let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/task")) ?? []
            return tasks.filter { task in
                let comm = (try? String(contentsOfFile: "/proc/self/task/\(task)/comm", encoding: .utf8)) ?? ""
                return comm.trimmingCharacters(in: .whitespacesAndNewlines) == "draftdiff-part"
            }.count
        }
        for _ in 0..<2 { _ = try? DraftReader().read(bytes: bytes, file: name) }
        var left = extractionThreads()
        for _ in 0..<20 where left > 0 {
            Thread.sleep(forTimeInterval: 0.1)
            left = extractionThreads()
        }
        #expect(left == 0, "extraction threads still running after the error")
    }
    #endif
}
