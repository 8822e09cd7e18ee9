import Foundation
import XMLStreaming
import ZIPFoundation

/// A .docx package: its parts found by name (case-insensitively, as OPC
/// wants) and read with a size limit checked before inflating and while inflating.
struct DocxPackage {
    let file: String
    let maximumPartSize: Int
    /// The archive this package reads its parts through.
    private let archive: Archive
    /// A second reader of the same file, with its own file position, for reading parts on another
    /// thread meanwhile (`Archive` keeps one position): `besideMain`.
    private let secondArchive: Archive
    /// What `/proc/self/fd` shows for the archive's descriptors (`PackageFile.target`).
    private let archivePath: String
    private let entries: [String: Entry]

    init(bytes: [UInt8], file: String, maximumPartSize: Int) throws(ReadError) {
        self.file = file
        self.maximumPartSize = maximumPartSize
        do {
            (archive, secondArchive, archivePath) = try Self.openArchive(bytes, file: file)
        } catch {
            throw ReadError.docx(file: file, part: nil, line: nil,
                                 reason: "not a readable .docx package (the zip container is truncated or damaged)")
        }
        var entries: [String: Entry] = [:]
        for entry in archive where entry.type == .file {
            entries[Self.key(entry.path)] = entry
        }
        self.entries = entries
        guard !entries.isEmpty else {
            throw ReadError.docx(file: file, part: nil, line: nil, reason: "not a readable .docx package (the zip container holds no files)")
        }
    }

    /// The archive read from the file holding `bytes` (twice: see `secondArchive`): the draft at `file` itself
    /// when it holds them, otherwise a private copy (`PackageFile`).
    ///
    /// Not `Archive(data:)`: ZIPFoundation 0.9.20's in-memory file traps ("Range requires lowerBound <=
    /// upperBound") when a damaged zip makes it seek past the end of the data (an offset in the central
    /// directory or a local header pointing outside the file; found by FuzzDocxPackage). A real file
    /// reads short there instead, which ZIPFoundation reports as an error.
    private static func openArchive(_ bytes: [UInt8], file: String) throws -> (Archive, Archive, String) {
        let packageFile = try PackageFile.holding(bytes, file: file)
        defer { packageFile.release() }
        return (try Archive(url: packageFile.url, accessMode: .read), try Archive(url: packageFile.url, accessMode: .read), packageFile.target)
    }

    private init(_ package: DocxPackage, archive: Archive) {
        file = package.file
        maximumPartSize = package.maximumPartSize
        self.archive = archive
        secondArchive = archive
        archivePath = package.archivePath
        entries = package.entries
    }

    /// The same package read through its second archive: parts read from it on another thread do not
    /// disturb those read from this one. (A part that stalls stops the reads of both: see `PartExtraction`.)
    var besideMain: DocxPackage { DocxPackage(self, archive: secondArchive) }

    private static func key(_ path: String) -> String {
        String(path.drop { $0 == "/" }).lowercased()
    }

    /// Whether the package holds `part`.
    func contains(_ part: String) -> Bool { entries[Self.key(part)] != nil }

    /// The bytes of `part`, or nil when the package does not hold it.
    func bytes(of part: String) throws(ReadError) -> [UInt8]? {
        guard let entry = try entry(part) else { return nil }
        let result = extraction(of: entry).run()
        switch result {
        case .success(let bytes): return bytes
        case .failure(let error): throw refusal(part, entry, error)
        }
    }

    /// The size `part` inflates to, as its header says (a damaged or hostile package may lie); nil when
    /// the package does not hold it.
    func announcedSize(of part: String) -> Int? {
        entries[Self.key(part)].map { Int(clamping: $0.uncompressedSize) }
    }

    /// Hands `part` to `take` as it is inflated, on this thread, as many chunks at a time as have been
    /// inflated meanwhile; false when the package does not hold it. Inflating runs beside `take`, at most
    /// 1 MB ahead of it, or as far as it goes with `holdingAll`. An `XMLError` thrown by `take` is
    /// reported with the part and its line.
    func inflate(_ part: String, holdingAll: Bool = false,
                 batches take: (PartExtraction.Batch) throws -> Void) throws(ReadError) -> Bool {
        guard let entry = try entry(part) else { return false }
        let extraction = PartExtraction(archive: archive, archivePath: archivePath, entry: entry, limit: maximumPartSize,
                                        aheadLimit: holdingAll ? Int.max : 1 << 20)
        do {
            try extraction.run(batches: take).get()
        } catch let error as XMLError {
            throw refusal(part, error)
        } catch {
            throw refusal(part, entry, error)
        }
        return true
    }

    /// The entry of `part`, nil when there is none; refused when its header says it is too large.
    private func entry(_ part: String) throws(ReadError) -> Entry? {
        guard let entry = entries[Self.key(part)] else { return nil }
        guard entry.uncompressedSize <= UInt64(maximumPartSize) else {
            throw refusal(part, "the part would inflate to \(entry.uncompressedSize) bytes, over the limit of \(maximumPartSize) bytes (zip bomb?)")
        }
        return entry
    }

    private func extraction(of entry: Entry) -> PartExtraction {
        PartExtraction(archive: archive, archivePath: archivePath, entry: entry, limit: maximumPartSize)
    }

    /// The error for a part that could not be inflated.
    private func refusal(_ part: String, _ entry: Entry, _ error: Error) -> ReadError {
        switch error {
        case is PartTooLarge:
            refusal(part, "the part inflates past the limit of \(maximumPartSize) bytes although its header says \(entry.uncompressedSize) (zip bomb?)")
        case is PartExtraction.Stalled:
            refusal(part, "the part's compressed data ends before its deflate stream does (damaged package)")
        default:
            refusal(part, "the part cannot be inflated (\(Self.describe(error)))")
        }
    }

    /// The root element of the XML part `part`, or nil when the package does not hold it. With
    /// `keeping`, only the elements of those local names (and what they hold) are built.
    func xml(_ part: String, keeping: Set<String>? = nil) throws(ReadError) -> XMLElement? {
        guard let bytes = try bytes(of: part) else { return nil }
        do {
            if let keeping { return try XMLElement.parse(bytes, keeping: keeping, options: WordNamespace.parseOptions) }
            return try XMLElement.parse(bytes, options: WordNamespace.parseOptions)
        } catch {
            throw refusal(part, error)
        }
    }

    /// Parses the XML part `part` as it is inflated, 64 KB at a time, handing `view` each element at `depth` (the
    /// root is depth 1), valid while it runs, and `ancestor` the start tags above; with `keeping`, an element
    /// below the root whose local name is not in it is passed over with all it holds. False when the package
    /// does not hold the part.
    ///
    /// Pandoc's `numbering.xml` can be three times the size of the document: it is never held whole.
    func parse(_ part: String, depth: Int, keeping: Set<String>? = nil, ancestor: (XMLStartTag) -> Void = { _ in },
               view: (XMLElementView) -> Void) throws(ReadError) -> Bool {
        var parser = XMLSubtreePushParser(depth: depth, keeping: keeping, options: WordNamespace.parseOptions)
        var pushed = 0
        let found = try inflate(part) { batch in
            for chunk in batch.chunks {
                try chunk.withBytes { bytes throws(XMLError) in
                    try XMLStreamParser.inPieces(bytes) { piece throws(XMLError) in
                        try parser.push(piece, ancestor: ancestor, subtree: view)
                    }
                }
                pushed += chunk.count
            }
        }
        guard found else { return false }
        do throws(XMLError) {
            guard pushed > 0 else { throw XMLError.malformed(line: 0, message: "the part is empty") }
            try parser.finish(ancestor: ancestor, subtree: view)
        } catch {
            throw refusal(part, error)
        }
        return true
    }

    /// The error for an XML part libxml2 refused, with the part and the line.
    func refusal(_ part: String, _ error: XMLError) -> ReadError {
        ReadError.docx(file: file, part: part, line: error.line > 0 ? error.line : nil, reason: error.reason)
    }

    /// The relationships of `part` ("" for the package's own).
    func relationships(of part: String) throws(ReadError) -> Relationships {
        let name = part.isEmpty ? "_rels/.rels" : Relationships.partName(for: part)
        guard let root = try xml(name) else { return Relationships() }
        return Relationships(root, source: part)
    }

    private func refusal(_ part: String, _ reason: String) -> ReadError {
        ReadError.docx(file: file, part: part, line: nil, reason: reason)
    }

    private static func describe(_ error: Error) -> String {
        if let archiveError = error as? Archive.ArchiveError {
            switch archiveError {
            case .invalidCRC32: return "checksum mismatch"
            case .invalidCompressionMethod: return "unknown compression method"
            default: return "damaged zip entry"
            }
        }
        return "damaged zip entry"
    }
}

/// Stops inflating a part that grows past the limit.
struct PartTooLarge: Error {}
