import Foundation
import Testing
import DraftDiff
@testable import DraftReading

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
    /// What stops the thread ZIPFoundation's loop leaves stuck on that input (reading the end of its file,
    /// forever, through a `FILE`): the file's reads are made to fail under it, and the loop sees the error.
    @Test func aThreadReadingTheEndOfAFileForeverIsStopped() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("draftdiff-stuck-\(UUID().uuidString).bin")
        try Data("PK".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        try Self.expectStopped(readingForeverAt: url.path, failing: url.path)
    }

    /// Opens `path` as ZIPFoundation does, reads its end in a loop as its stuck inflate loop does, and
    /// expects `PartExtraction.failReads(ofFileAt: target)` to end the loop.
    static func expectStopped(readingForeverAt path: String, failing target: String) throws {
        let file = try #require(fopen(path, "rb"))
        struct Handle: @unchecked Sendable { let file: UnsafeMutablePointer<FILE> }
        let handle = Handle(file: file)
        let ended = DispatchSemaphore(value: 0)
        let stuck = Thread {
            let file = handle.file
            var buffer = [UInt8](repeating: 0, count: 16)
            // As ZIPFoundation's `Data.readChunk`: read, and stop only on an error.
            while true {
                fseeko(file, 0, SEEK_END)
                _ = fread(&buffer, 1, buffer.count, file)
                if ferror(file) != 0 { break }
            }
            ended.signal()
        }
        stuck.start()
        #expect(ended.wait(timeout: .now() + .milliseconds(300)) == .timedOut, "the loop runs until its reads fail")
        PartExtraction.failReads(ofFileAt: target)
        #expect(ended.wait(timeout: .now() + .seconds(2)) == .success)
        fclose(file)
    }
    #endif
}
