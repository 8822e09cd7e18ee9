import Foundation
import Testing
import DraftDiff
@testable import DraftReading

/// The file a package is read through (`PackageFile`): the draft itself when it holds the bytes read,
/// otherwise a private copy that has no name once open; and drafts read from pipes and devices.
@Suite struct DocxPackageFileTests {
    static let sample = Fixtures.sample("cicte-2022-paragraphs.fr.docx")
    static let other = Fixtures.sample("csh-2021-global-resolution.fr.docx")

    static func bytes(_ path: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) }

    static func scratchDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("draftdiff-packagefile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func theDraftItselfIsReadWhenItHoldsTheBytes() throws {
        let bytes = try Self.bytes(Self.sample)
        let file = try PackageFile.holding(bytes, file: Self.sample)
        defer { file.release() }
        #expect(file.url.path.hasPrefix("/proc/self/fd/"))
        #expect(file.target == URL(fileURLWithPath: Self.sample).resolvingSymlinksInPath().path)
        #expect(try Self.bytes(file.url.path) == bytes)
    }

    /// Word saves a new file and renames it over the old one: what was compared is what is read.
    @Test func aNewVersionSavedUnderTheNameMeanwhileIsNotRead() throws {
        let directory = try Self.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("draft.docx").path
        let bytes = try Self.bytes(Self.sample)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let file = try PackageFile.holding(bytes, file: path)
        defer { file.release() }
        let saved = directory.appendingPathComponent("~saved.docx").path
        try Data(try Self.bytes(Self.other)).write(to: URL(fileURLWithPath: saved))
        #expect(rename(saved, path) == 0)
        #expect(try Self.bytes(file.url.path) == bytes)
        #expect(try Self.bytes(path) != bytes)
    }

    @Test(arguments: ["draft.docx", "/nonexistent/draft.docx", other])
    func bytesNotHeldByTheFileAreReadFromANamelessCopy(file name: String) throws {
        let bytes = try Self.bytes(Self.sample)
        let file = try PackageFile.holding(bytes, file: name)
        defer { file.release() }
        #expect(file.target.hasPrefix(FileManager.default.temporaryDirectory.path))
        #expect(!FileManager.default.fileExists(atPath: file.target), "the copy is unlinked as soon as it is open")
        #expect(try Self.bytes(file.url.path) == bytes)
        // And the document read is that of the bytes, whatever `file` holds.
        let read = try DocxReader().read(bytes, file: name)
        let expected = try DocxReader().read(bytes, file: Self.sample)
        #expect(read.paragraphs.map(\.text) == expected.paragraphs.map(\.text))
        #expect(read.paragraphs.count == 27)
    }

    /// The watchdog's stop (`PartExtraction.failReads`) reaches the archive's descriptors of the draft
    /// itself, and the draft is left as it was.
    @Test func aStuckPartOfTheDraftItselfIsStoppedAndTheDraftLeftAlone() throws {
        let directory = try Self.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = FuzzRegressionTests.inputs.appendingPathComponent("docx-deflate-stream-never-ends.docx")
        let path = directory.appendingPathComponent("stuck.docx").path
        let bytes = try [UInt8](Data(contentsOf: input))
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let clock = ContinuousClock()
        let start = clock.now
        #expect {
            try DraftReader().read(path: path)
        } throws: { error in
            "\(error)".hasPrefix(path) && !"\(error)".contains("\n")
        }
        #expect(clock.now - start < .seconds(10))
        #expect(try Self.bytes(path) == bytes)
    }

    #if os(Linux)
    /// What the watchdog does to a stuck part (`PartExtraction.failReads`) reaches a file opened as the archive
    /// opens it, the draft itself or a copy.
    @Test(arguments: [true, false]) func readsOfThePackageFileCanBeMadeToFail(draftItself: Bool) throws {
        let directory = try Self.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("stuck.docx").path
        let bytes = Array("PK".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let file = try PackageFile.holding(bytes, file: draftItself ? path : "elsewhere.docx")
        defer { file.release() }
        #expect(file.target.hasSuffix("/stuck.docx") == draftItself)
        try FuzzRegressionTests.expectStopped(readingForeverAt: file.url.path, failing: file.target)
    }
    #endif

    @Test func aDraftIsReadFromAPipe() throws {
        let directory = try Self.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for name in ["cicte-2022-paragraphs.fr.docx", "cicte-2022-paragraphs.fr.txt"] {
            let fifo = directory.appendingPathComponent("pipe-\(name)").path
            #expect(mkfifo(fifo, 0o600) == 0)
            let bytes = try Self.bytes(Fixtures.sample(name))
            signal(SIGPIPE, SIG_IGN)  // a reader that stops early fails the write instead of ending the tests
            let writer = Thread {
                guard let handle = FileHandle(forWritingAtPath: fifo) else { return }
                try? handle.write(contentsOf: Data(bytes))
                try? handle.close()
            }
            writer.start()
            let piped = try DraftReader().read(path: fifo)
            let direct = try DraftReader().read(path: Fixtures.sample(name))
            #expect(piped.flattened.map(\.block.text) == direct.flattened.map(\.block.text))
            #expect(piped.source.path == fifo)
        }
    }

    @Test func aPipeThatDoesNotEndIsRefusedAtTheLimit() throws {
        #expect {
            try FileBytes.read(path: "/dev/zero", streamLimit: 100_000)
        } throws: { error in
            "\(error)" == "/dev/zero: cannot be read (more than 100000 bytes read from it, and no end)"
        }
        #expect(throws: ReadError.empty(file: "/dev/null")) { try DraftReader().read(path: "/dev/null") }
    }
}
