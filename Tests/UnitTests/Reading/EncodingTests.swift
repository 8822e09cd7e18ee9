import Foundation
import Testing
import DraftDiff

/// Encodings and line ends Word's text export produces.
@Suite("Plain-text reader: encodings and line ends")
struct EncodingTests {
    static let text = "L’ASSEMBLÉE GÉNÉRALE,\n\nDÉCIDE :\n\n1.\tD’exhorter les États membres à « agir ».\n"

    func paragraphText(_ bytes: [UInt8]) throws -> String? {
        try DraftReader().read(bytes: bytes, file: "encoded.txt").paragraph("1")?.text
    }

    @Test func utf8WithAndWithoutBOM() throws {
        #expect(try paragraphText(Array(Self.text.utf8)) == "D’exhorter les États membres à « agir ».")
        #expect(try paragraphText([0xEF, 0xBB, 0xBF] + Array(Self.text.utf8)) == "D’exhorter les États membres à « agir ».")
    }

    @Test func utf16WithBOM() throws {
        let units = Array(Self.text.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { (unit: UInt16) -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { (unit: UInt16) -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(try paragraphText(little) == "D’exhorter les États membres à « agir ».")
        #expect(try paragraphText(big) == "D’exhorter les États membres à « agir ».")
    }

    @Test func utf16WithoutBOMIsReadByItsNULs() throws {
        let units = Array(Self.text.utf16)
        let little: [UInt8] = units.flatMap { (unit: UInt16) -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let big: [UInt8] = units.flatMap { (unit: UInt16) -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(try paragraphText(little) == "D’exhorter les États membres à « agir ».")
        #expect(try paragraphText(big) == "D’exhorter les États membres à « agir ».")
        // The whole 2021 resolution too; and binary data with NULs here and there is still refused.
        let resolution = try String(contentsOfFile: Fixtures.sample("csh-2021-global-resolution.fr.txt"), encoding: .utf8)
        let bare = Array(resolution.utf16).flatMap { (unit: UInt16) -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(try DraftReader().read(bytes: bare, file: "r.txt").blocks == DraftReader().read(bytes: Array(resolution.utf8), file: "r.txt").blocks)
        let binary = (0..<4096).map { UInt8(truncatingIfNeeded: $0 % 7 == 0 ? 0 : $0 &* 31 | 1) }
        #expect(throws: ReadError.notText(file: "b.txt", reason: "it contains NUL bytes; is it a binary file?")) {
            try DraftReader().read(bytes: binary, file: "b.txt")
        }
    }

    @Test func blankLinesOnlyAreNoText() throws {
        #expect(throws: ReadError.empty(file: "blank.txt")) { try DraftReader().read(bytes: Array(" \n\t\r\n\n".utf8), file: "blank.txt") }
        #expect(ReadError.empty(file: "blank.txt").description == "blank.txt: no text (the file is empty or holds only blank lines)")
    }

    @Test func utf16SurrogatePairsAndTheirErrors() throws {
        // Beyond the BMP (a mathematical letter, an emoji): surrogate pairs in either byte order.
        let text = "DÉCIDE :\n\n1.\tLa lettre 𝒜 et 🌎 ; le mot « fin »’.\n"
        func encoded(_ units: [UInt16], little: Bool) -> [UInt8] {
            (little ? [0xFF, 0xFE] : [0xFE, 0xFF]) + units.flatMap { (unit: UInt16) -> [UInt8] in
                little ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
            }
        }
        for little in [true, false] {
            #expect(try paragraphText(encoded(Array(text.utf16), little: little)) == "La lettre 𝒜 et 🌎 ; le mot « fin »’.")
            // A high surrogate with no low one after it, and a low one alone.
            for broken in [Array(text.utf16) + [0xD835], [0xDC9C] + Array(text.utf16)] {
                #expect(throws: ReadError.notText(file: "encoded.txt", reason: "invalid UTF-16 text")) {
                    try DraftReader().read(bytes: encoded(broken, little: little), file: "encoded.txt")
                }
            }
        }
        // The 2021 resolution as Word's "Unicode" export writes it (UTF-16, little-endian): the same draft.
        let resolution = try String(contentsOfFile: Fixtures.sample("csh-2021-global-resolution.fr.txt"), encoding: .utf8)
        #expect(try DraftReader().read(bytes: encoded(Array(resolution.utf16), little: true), file: "r.txt").blocks
                == DraftReader().read(bytes: Array(resolution.utf8), file: "r.txt").blocks)
    }

    @Test func windows1252WhenNotUTF8() throws {
        // "D’exhorter les États membres à « agir »." in Windows-1252: ’ is 0x92, É 0xC9, à 0xE0, « 0xAB, » 0xBB.
        let bytes: [UInt8] = Array("DECIDE :\n\n1.\tD".utf8) + [0x92] + Array("exhorter les ".utf8) + [0xC9] + Array("tats membres ".utf8)
            + [0xE0, 0x20, 0xAB] + Array(" agir ".utf8) + [0xBB, 0x2E, 0x0A]
        #expect(try paragraphText(bytes) == "D’exhorter les États membres à « agir ».")
    }

    @Test func everyWindows1252ByteIsItsCharacter() throws {
        // Bytes 0x80–0xFF, four to a paragraph; the five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F,
        // 0x90, 0x9D) are the C1 controls Latin-1 gives them, the others what Foundation's decoder says.
        for start in stride(from: 0x80, to: 0x100, by: 4) {
            let high = (start..<(start + 4)).map { UInt8($0) }
            let bytes: [UInt8] = Array("DECIDE :\n\n1.\tMot ".utf8) + high + Array(" fin.\n".utf8)
            let expected = high.map { byte -> String in
                [0x81, 0x8D, 0x8F, 0x90, 0x9D].contains(byte)
                    ? String(Unicode.Scalar(byte)) : String(data: Data([byte]), encoding: .windowsCP1252)!
            }.joined()
            #expect(try paragraphText(bytes) == "Mot \(expected) fin.", "bytes from \(String(start, radix: 16))")
        }
    }

    @Test func theSampleInWindows1252IsTheSampleInUTF8() throws {
        // The 2021 resolution as Word exports it in its "Windows (default)" encoding: same draft, same text.
        let text = try String(contentsOfFile: Fixtures.sample("csh-2021-global-resolution.fr.txt"), encoding: .utf8)
        let windows1252 = try #require(text.data(using: .windowsCP1252, allowLossyConversion: false))
        #expect(windows1252.count < text.utf8.count)
        let fromUTF8 = try DraftReader().read(bytes: Array(text.utf8), file: "resolution.txt")
        let fromWindows1252 = try DraftReader().read(bytes: Array(windows1252), file: "resolution.txt")
        #expect(fromWindows1252.blocks.count == fromUTF8.blocks.count)
        #expect(fromWindows1252.blocks.map(\.text) == fromUTF8.blocks.map(\.text))
        #expect(fromWindows1252.blocks == fromUTF8.blocks)
    }

    @Test func bytesWithoutNULAreRefusedForTheirControlCharacters() throws {
        // 64 KB of pseudo-random bytes with no NUL: not UTF-8, and about one byte in ten a control character.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let noise: [UInt8] = (0..<65_536).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return max(1, UInt8(truncatingIfNeeded: state >> 56))
        }
        #expect(throws: ReadError.notText(file: "noise.bin", reason: "it contains control characters; is it a binary file?")) {
            try DraftReader().read(bytes: noise, file: "noise.bin")
        }
        // Windows-1252 text with one control character (a vertical tab) in 24 bytes, under the one in 20 refused:
        // read, although the bytes alone are 4.2% control characters.
        let line: [UInt8] = Array("Mot ".utf8) + [0xE9] + Array("t".utf8) + [0x0B] + Array(" de dix-sept l".utf8) + [0xE0, 0x2E, 0x20]
        let bytes = Array("DECIDE :\n\n1.\t".utf8) + Array(repeating: line, count: 40).joined() + [0x0A]
        #expect(try paragraphText(bytes)?.hasPrefix("Mot ét\u{0B} de dix-sept là.") == true)
    }

    @Test(arguments: ["\r\n", "\r", "\n"])
    func lineEnds(_ end: String) throws {
        let text = Self.text.replacingOccurrences(of: "\n", with: end)
        let draft = try DraftReader().read(bytes: Array(text.utf8), file: "ends.txt")
        #expect(draft.blocks.map(\.kind) == [.title, .operativeMarker, .paragraph])
        #expect(draft.paragraph("1")?.location == SourceLines(line: 5))
    }

    /// A symbolic link that leads nowhere is said to be one (it was "no such file", though `ls` lists it).
    @Test func aLinkLeadingNowhereIsSaidToBeOne() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("draftdiff-links-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let dangling = directory.appendingPathComponent("dangling.txt").path
        let loop = directory.appendingPathComponent("loop.txt").path
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: directory.appendingPathComponent("gone.txt").path)
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: loop)
        #expect(throws: ReadError.unreadable(file: dangling, reason: "a symbolic link to a file that does not exist")) {
            try DraftReader().read(path: dangling)
        }
        #expect(throws: ReadError.unreadable(file: loop, reason: "Too many levels of symbolic links")) { try DraftReader().read(path: loop) }
        #expect(throws: ReadError.fileNotFound(file: dangling + "/draft.txt")) { try DraftReader().read(path: dangling + "/draft.txt") }
    }

    @Test func badInputIsAnErrorNamingTheFile() throws {
        #expect(throws: ReadError.empty(file: "blank.txt")) { try DraftReader().read(bytes: Array(" \n\t\n".utf8), file: "blank.txt") }
        #expect(throws: ReadError.empty(file: "none.txt")) { try DraftReader().read(bytes: [], file: "none.txt") }
        let garbage: [UInt8] = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2654435761 >> 7) }
        #expect { try DraftReader().read(bytes: garbage, file: "garbage.bin") } throws: { error in
            (error as? ReadError)?.file == "garbage.bin"
        }
        #expect(throws: ReadError.fileNotFound(file: "/no/such/draft.txt")) { try DraftReader().read(path: "/no/such/draft.txt") }
        #expect(throws: ReadError.isDirectory(file: Fixtures.root.path)) { try DraftReader().read(path: Fixtures.root.path) }
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        #expect { try DraftReader().read(bytes: ole, file: "old.doc") } throws: { error in
            guard case .unsupportedFormat(let file, let reason) = error as? ReadError else { return false }
            return file == "old.doc" && reason.contains("save it as .docx")
        }
    }
}
