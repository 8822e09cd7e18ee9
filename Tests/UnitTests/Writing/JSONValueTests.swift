import Foundation
import Testing
import DraftDiff

/// The JSON writer all JSON outputs go through: strings escaped exactly, whatever their bytes.
@Suite("JSON values")
struct JSONValueTests {
    @Test func stringsRoundTripThroughFoundationsParser() throws {
        // Characters that need escapes placed at every offset of words of every length, among
        // multi-byte characters, so that both the eight-byte scan and the byte loop meet them.
        let pieces = ["a", "é", "’", "😀", "\"", "\\", "\n", "\t", "\r", "\u{01}", "\u{1F}", " ", "\u{7F}", "\u{A0}", "~", "!"]
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<3_000 {
            let text = (0..<next(40)).map { _ in next(4) == 0 ? pieces[next(pieces.count)] : pieces[next(2)] }.joined()
            let json = JSONValue.array([.string(text), .object([(text, .int(next(1_000_000) - 500_000))])]).serialized(pretty: next(2) == 0)
            let parsed = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [Any])
            #expect(parsed[0] as? String == text)
            #expect((parsed[1] as? [String: Any])?.keys.first == text)
            #expect(!json.utf8.contains { $0 < 0x20 && $0 != 0x0A }, "control characters escaped (only pretty-printing's newlines left)")
        }
    }

    @Test func integersAndEscapesAreWrittenAsBefore() {
        let value = JSONValue.object([("n", .array([.int(0), .int(-7), .int(1_234_567), .int(Int.min + 1)])), ("s", .string("a\"b\\c\u{01}d\ne"))])
        #expect(value.serialized(pretty: false) == #"{"n":[0,-7,1234567,-9223372036854775807],"s":"a\"b\\c\u0001d\ne"}"#)
    }

    @Test func theComparisonWrittenAsItGoesIsTheComparisonBuiltAsAValue() throws {
        // The samples' fragment comparison: moves, splits, renumbering, footnotes and tables.
        let alignment = DraftAligner().alignFragment(global: try Fixtures.read(Fixtures.globalResolution), fragment: try Fixtures.read(Fixtures.cicteFragment))
        let writer = AlignmentJSONWriter()
        #expect(alignment.entries.count > 20)
        #expect(writer.bytes(alignment) == writer.value(of: alignment).bytes() + [0x0A])
        let revision = DraftAligner().align(try Fixtures.read(Fixtures.globalResolution), try Fixtures.read(Fixtures.cicteFragment))
        #expect(writer.bytes(revision) == writer.value(of: revision).bytes() + [0x0A])
    }

    @Test func aDraftWrittenInPiecesIsTheDraftBuiltAsAValue() throws {
        // Blocks with footnotes, tables and sub-paragraphs, and a long draft cut in many pieces
        // (the sample's blocks repeated, so that there are many pieces).
        let global = try Fixtures.read(Fixtures.globalResolution)
        var long = global
        for _ in 0..<40 { long.blocks += global.blocks }
        #expect(long.blocks.count > 8 * 300)
        for draft in [global, long, try Fixtures.draft("Un seul paragraphe.")] {
            var pieces: [[UInt8]] = []
            DraftJSONWriter().write(draft) { pieces.append($0) }
            #expect(Array(pieces.joined()) == DraftJSONWriter().value(of: draft).bytes() + [0x0A])
            #expect(DraftJSONWriter().bytes(draft) == Array(pieces.joined()))
        }
    }

    @Test func aReportWrittenInPiecesIsTheReportWrittenWhole() throws {
        let alignment = DraftAligner().align(try Fixtures.read(Fixtures.globalResolution), try Fixtures.read(Fixtures.cicteFragment))
        let options = ReportOptions(date: Date(timeIntervalSince1970: 1_700_000_000))
        for format in OutputFormat.allCases {
            let pieces = try Redline.pieces(alignment, format: format, options: options)
            #expect(format == .json ? pieces.count >= 2 : pieces.count == 1, "\(format)")
            #expect(Array(pieces.joined()) == (try Redline.write(alignment, format: format, options: options)), "\(format)")
        }
        // Written to a file, the pieces follow each other, and nothing else is left in the folder.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pieces-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("report.json").path
        try AtomicFile.write(pieces: try Redline.pieces(alignment, format: .json, options: options), to: path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(AlignmentJSONWriter().bytes(alignment)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.json"])
        // Written as it is made, the report is the same; a writer that fails half-way leaves nothing.
        let streamed = folder.appendingPathComponent("streamed.json").path
        try AtomicFile.write(to: streamed) { write throws(WriteError) in
            try Redline.write(alignment, format: .json, options: options, inPieces: write)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: streamed)) == Data(AlignmentJSONWriter().bytes(alignment)))
        let failing = folder.appendingPathComponent("failing.json").path
        #expect(throws: WriteError.self) {
            try AtomicFile.write(to: failing) { write throws(WriteError) in
                write(Array("{\"half\":".utf8))
                throw WriteError.unsupported(file: failing, reason: "stopped half-way")
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["report.json", "streamed.json"])
    }
}
