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
/// so a reader never sees a half-written file and a failure leaves nothing behind.
public enum AtomicFile {
    /// Checks, before anything is written, that `path` is not an input and that its folder exists.
    public static func validate(_ path: String, inputs: [String] = []) throws(WriteError) {
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        for input in inputs where URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath() == target {
            throw WriteError.wouldOverwriteInput(file: path)
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw WriteError.cannotWrite(file: path, reason: "it is a directory")
        }
        guard FileManager.default.fileExists(atPath: target.deletingLastPathComponent().path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw WriteError.cannotWrite(file: path, reason: "no such directory")
        }
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
        try validate(path, inputs: inputs)
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        let directory = target.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).draftdiff-\(UInt32.random(in: 0...UInt32.max)).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw WriteError.cannotWrite(file: path, reason: String(cString: strerror(errno))) }
        /// The `errno` of the first piece that could not be written; later pieces are not tried.
        var failure: Int32?
        func abandon(_ reason: String) -> WriteError {
            try? FileManager.default.removeItem(at: temporary)
            return WriteError.cannotWrite(file: path, reason: reason)
        }
        do {
            try produce { piece in
                if failure == nil { failure = Descriptor.write(piece, to: descriptor) }
            }
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
        if rename(temporary.path, target.path) != 0 { throw abandon(String(cString: strerror(errno))) }
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
