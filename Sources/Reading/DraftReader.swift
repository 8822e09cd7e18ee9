import Foundation
#if canImport(Glibc)
import Glibc
#endif
import DraftModel
import DraftStructure

/// Reads a draft from a file, whatever its format: plain text exported from Word, or .docx.
///
/// ```swift
/// let draft = try DraftReader().read(path: "Samples/csh-2021-global-resolution.fr.txt")
/// ```
public struct DraftReader: Sendable {
    /// How .docx packages are read.
    public var docxOptions: DocxReadOptions

    public init(docxOptions: DocxReadOptions = DocxReadOptions()) {
        self.docxOptions = docxOptions
    }

    /// Reads and structures the draft at `path`. The file is never modified.
    public func read(path: String) throws(ReadError) -> Draft {
        let bytes = try FileBytes.read(path: path)
        return try read(bytes: bytes, file: path)
    }

    /// Reads and structures the drafts at `paths` side by side, one thread each (the two sides of a
    /// comparison read in the time of the larger); the results are in the order of `paths`.
    public func read(paths: [String]) -> [Result<Draft, ReadError>] {
        let results = ReadResults(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            results[index] = Result { () throws(ReadError) in try read(path: paths[index]) }
        }
        return results.all
    }

    /// Reads and structures a draft from its bytes; `file` names it in errors and in the result.
    public func read(bytes: [UInt8], file: String) throws(ReadError) -> Draft {
        let document = try sourceDocument(bytes: bytes, file: file)
        let draft = DraftStructurer().structure(document)
        releaseInBackground(consume document)
        return draft
    }

    /// The reader's output before structure recovery.
    public func sourceDocument(bytes: [UInt8], file: String) throws(ReadError) -> SourceDocument {
        switch FileKind(sniffing: bytes) {
        case .zip:
            return try DocxReader(options: docxOptions).read(bytes, file: file)
        case .compoundFile:
            throw ReadError.unsupportedFormat(
                file: file,
                reason: "a legacy Word .doc or an encrypted document (OLE compound file); open it in Word and save it as .docx")
        case .text:
            return try PlainTextReader().read(bytes, file: file)
        }
    }
}

/// The results of reads running on several threads, each written once by its own thread.
private final class ReadResults: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<Draft, ReadError>?]

    init(count: Int) { results = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Result<Draft, ReadError>? {
        get { lock.withLock { results[index] } }
        set { lock.withLock { results[index] = newValue } }
    }

    var all: [Result<Draft, ReadError>] { lock.withLock { results.map { $0! } } }
}

/// What a file's first bytes say it is.
enum FileKind {
    case zip, compoundFile, text

    init(sniffing bytes: [UInt8]) {
        if bytes.starts(with: [0x50, 0x4B]) {
            self = .zip
        } else if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            self = .compoundFile
        } else {
            self = .text
        }
    }
}

/// Reading a whole file, with errors that name it.
enum FileBytes {
    /// The bytes of the file at `path`; a pipe or a device is refused after `streamLimit` bytes.
    static func read(path: String, streamLimit: Int = largestStream) throws(ReadError) -> [UInt8] {
        var status = stat()
        guard stat(path, &status) == 0 else { throw missing(path, errno) }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw ReadError.isDirectory(file: path) }
        // A regular file is read straight into the array, a pipe or a device (`<(git show …)`, /dev/stdin)
        // to its end; any trouble takes Foundation's way, which also words the errors.
        if let bytes = readRegularFile(path: path) { return bytes }
        if let bytes = try readStream(path: path, limit: streamLimit) { return bytes }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
            return [UInt8](data)
        } catch {
            throw ReadError.unreadable(file: path, reason: (error as NSError).localizedDescription)
        }
    }

    /// Why `path` could not be looked at (`stat` failed with `error`): not there, a symbolic link leading
    /// nowhere or round in a loop, a directory on the way that may not be entered.
    private static func missing(_ path: String, _ error: Int32) -> ReadError {
        var link = stat()
        if error == ENOENT, lstat(path, &link) == 0 {
            return .unreadable(file: path, reason: "a symbolic link to a file that does not exist")
        }
        if error == ENOENT || error == ENOTDIR { return .fileNotFound(file: path) }
        return .unreadable(file: path, reason: String(cString: strerror(error)))
    }

    /// The most read from a pipe or a device: one that does not end (/dev/zero) is refused at this size.
    static let largestStream = 512 * 1024 * 1024

    /// The bytes of a pipe, socket or character device, read to its end (refused past `limit`); nil when
    /// `path` is none of these or cannot be opened.
    private static func readStream(path: String, limit: Int) throws(ReadError) -> [UInt8]? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        let type = status.st_mode & S_IFMT
        guard type == S_IFIFO || type == S_IFCHR || type == S_IFSOCK else { return nil }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let got = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else { throw ReadError.unreadable(file: path, reason: String(cString: strerror(errno))) }
            if got == 0 { return bytes }
            guard bytes.count + got <= limit else {
                throw ReadError.unreadable(file: path, reason: "more than \(Self.describe(limit)) read from it, and no end")
            }
            bytes.append(contentsOf: chunk[..<got])
        }
    }

    private static func describe(_ size: Int) -> String {
        size >= 1 << 20 ? "\(size >> 20) MB" : "\(size) bytes"
    }

    /// The bytes of a regular file read with one buffer (Foundation's `Data` then `[UInt8]` fill
    /// two, and fresh pages cost as much as reading them); nil when the file is not a regular
    /// file, changes size while read, or cannot be read.
    private static func readRegularFile(path: String) -> [UInt8]? {
        // Looked at before opening: opening a FIFO would wait for, and then drop, its writer.
        var pathStatus = stat()
        guard stat(path, &pathStatus) == 0, (pathStatus.st_mode & S_IFMT) == S_IFREG else { return nil }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(status.st_size)
        var complete = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            count = 0
            while count <= size {
                let got = Glibc.read(descriptor, buffer.baseAddress! + count, size + 1 - count)
                if got < 0, errno == EINTR { continue }
                guard got > 0 else {
                    complete = got == 0 && count == size
                    return
                }
                count += got
            }
            // More bytes than the size said: the file grew while read.
        }
        return complete ? bytes : nil
    }
}
