import Foundation

/// Why an output could not be written. Every case names the file.
public enum WriteError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The output path is one of the inputs; inputs are never overwritten.
    case wouldOverwriteInput(file: String)
    /// The output could not be written.
    case cannotWrite(file: String, reason: String)
    /// The requested format cannot be written for this output.
    case unsupported(file: String, reason: String)

    public var description: String {
        switch self {
        case .wouldOverwriteInput(let file): return "\(file): is an input; choose another output file"
        case .cannotWrite(let file, let reason): return "\(file): cannot be written (\(reason))"
        case .unsupported(let file, let reason): return "\(file): \(reason)"
        }
    }
}

/// Writes a whole file at once: to a temporary file beside it, then renamed over the target,
/// so a reader never sees a half-written file and a failure leaves nothing behind. A target that is
/// not a regular file (`/dev/stdout`, a named pipe, a terminal) is a stream: it is written to as it
/// is, never replaced.
public enum AtomicFile {
    /// Checks, before anything is written, that `path` is not an input (by name, through links, or as
    /// another name of the same file) and that its folder exists.
    public static func validate(_ path: String, inputs: [String] = []) throws(WriteError) {
        guard !path.isEmpty else { throw WriteError.cannotWrite(file: "\"\"", reason: "an empty file name") }
        let target = try target(of: path)
        let existing = FileIdentity(target.path)
        for input in inputs {
            if URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath() == target { throw WriteError.wouldOverwriteInput(file: path) }
            // A hard link: another name, the same file. Only a regular file is overwritten; a stream is not.
            if let existing, existing.isRegularFile, existing.isSameFile(as: FileIdentity(input)) { throw WriteError.wouldOverwriteInput(file: path) }
        }
        if existing?.isDirectory == true { throw WriteError.cannotWrite(file: path, reason: "it is a directory") }
        guard FileIdentity(target.deletingLastPathComponent().path)?.isDirectory == true else {
            throw WriteError.cannotWrite(file: path, reason: "no such directory")
        }
    }

    /// The file `path` names: its symbolic links followed, even to a file that does not exist yet (written
    /// there, as a shell's `>` would, rather than put in the link's place).
    private static func target(of path: String) throws(WriteError) -> URL {
        var url = URL(fileURLWithPath: path).standardizedFileURL
        for _ in 0..<40 {
            // What exists is resolved as it is (`/dev/stdout` leads to a pipe, not to a path).
            var status = stat()
            if stat(url.path, &status) == 0 { return url.resolvingSymlinksInPath() }
            if errno == ELOOP { break }
            guard errno == ENOENT, lstat(url.path, &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK else { return url.resolvingSymlinksInPath() }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(url.path, &buffer, buffer.count - 1)
            guard length > 0 else { return url.resolvingSymlinksInPath() }
            let destination = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            url = destination.hasPrefix("/") ? URL(fileURLWithPath: destination).standardizedFileURL
                : url.deletingLastPathComponent().appendingPathComponent(destination).standardizedFileURL
        }
        throw WriteError.cannotWrite(file: path, reason: "too many levels of symbolic links")
    }

    /// Writes `bytes` to `path`, refusing to write over any of `inputs`.
    public static func write(_ bytes: [UInt8], to path: String, inputs: [String] = []) throws(WriteError) {
        try write(pieces: [bytes], to: path, inputs: inputs)
    }

    /// Writes `pieces` one after the other to `path`, refusing to write over any of `inputs`.
    public static func write(pieces: [[UInt8]], to path: String, inputs: [String] = []) throws(WriteError) {
        try write(to: path, inputs: inputs) { write in for piece in pieces { write(piece) } }
    }

    /// Writes to `path` what `produce` hands to the writing function it is given, piece after piece, as it
    /// goes, refusing to write over any of `inputs`. `path` appears only once all is written; when
    /// `produce` throws, or a piece cannot be written, nothing is left behind.
    ///
    /// ```swift
    /// try AtomicFile.write(to: "report.json") { write in try Redline.write(alignment, format: .json, options: options, inPieces: write) }
    /// ```
    public static func write(
        to path: String, inputs: [String] = [], _ produce: (_ write: (consuming [UInt8]) -> Void) throws(WriteError) -> Void
    ) throws(WriteError) {
        try stage(to: path, inputs: inputs, produce).commit()
    }

    /// Whether `path` is a stream (a device, a named pipe, a socket): written to as it is, never replaced, and
    /// with no extension to tell a format by.
    public static func isStream(_ path: String) -> Bool {
        FileIdentity(path).map { !$0.isRegularFile && !$0.isDirectory } ?? false
    }

    /// Writes what `produce` hands over beside `path`, for `StagedFile.commit()` to put in place; so that
    /// several outputs appear together or not at all. A stream is written to at once.
    public static func stage(
        to path: String, inputs: [String] = [], _ produce: (_ write: (consuming [UInt8]) -> Void) throws(WriteError) -> Void
    ) throws(WriteError) -> StagedFile {
        try validate(path, inputs: inputs)
        let target = try target(of: path)
        if let existing = FileIdentity(target.path), !existing.isRegularFile {
            let descriptor = open(target.path, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw WriteError.cannotWrite(file: path, reason: String(cString: strerror(errno))) }
            defer { close(descriptor) }
            if let failure = try write(produce, to: descriptor) { throw WriteError.cannotWrite(file: path, reason: String(cString: strerror(failure))) }
            return StagedFile(path: path, target: target.path, temporary: nil)
        }
        let directory = target.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).draftdiff-\(UInt32.random(in: 0...UInt32.max)).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw WriteError.cannotWrite(file: path, reason: String(cString: strerror(errno))) }
        func abandon(_ reason: String) -> WriteError {
            try? FileManager.default.removeItem(at: temporary)
            return WriteError.cannotWrite(file: path, reason: reason)
        }
        let failure: Int32?
        do {
            failure = try write(produce, to: descriptor)
        } catch {
            close(descriptor)
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        if let failure {
            close(descriptor)
            throw abandon(String(cString: strerror(failure)))
        }
        if close(descriptor) != 0 { throw abandon(String(cString: strerror(errno))) }
        return StagedFile(path: path, target: target.path, temporary: temporary.path)
    }

    /// Hands `produce` a function writing each piece to `descriptor`; returns the `errno` of the first piece
    /// that could not be written (later pieces are not tried), nil when all were.
    private static func write(
        _ produce: (_ write: (consuming [UInt8]) -> Void) throws(WriteError) -> Void, to descriptor: Int32
    ) throws(WriteError) -> Int32? {
        var failure: Int32?
        try produce { piece in
            if failure == nil { failure = Descriptor.write(piece, to: descriptor) }
        }
        return failure
    }
}

/// An output written beside its target (`AtomicFile.stage`), put in place by `commit()` or taken away by `discard()`.
public struct StagedFile: Sendable {
    /// The output as the user named it.
    public let path: String
    let target: String
    /// The file written beside the target; nil for a stream, written already.
    let temporary: String?

    /// Renames the file written over its target.
    public func commit() throws(WriteError) {
        guard let temporary else { return }
        if rename(temporary, target) != 0 {
            let reason = String(cString: strerror(errno))
            discard()
            throw WriteError.cannotWrite(file: path, reason: reason)
        }
    }

    /// Removes the file written, leaving the target as it was.
    public func discard() {
        if let temporary { unlink(temporary) }
    }
}

/// What `stat` says of a path (links followed): enough to tell a directory, a regular file, and two
/// names of one file apart.
struct FileIdentity {
    private let status: stat

    /// Nil when nothing is there (or it cannot be looked at).
    init?(_ path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.status = status
    }

    var isDirectory: Bool { status.st_mode & S_IFMT == S_IFDIR }
    var isRegularFile: Bool { status.st_mode & S_IFMT == S_IFREG }

    func isSameFile(as other: FileIdentity?) -> Bool {
        guard let other else { return false }
        return status.st_dev == other.status.st_dev && status.st_ino == other.status.st_ino
    }
}

/// Writing to an open file descriptor (a file being created, standard output).
public enum Descriptor {
    /// Writes all of `bytes` to `descriptor`, again after an interruption or a partial write;
    /// nil when all went well, or the `errno` of the failure.
    public static func write(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return written < 0 ? errno : EIO }
                offset += written
            }
            return nil
        }
    }
}
