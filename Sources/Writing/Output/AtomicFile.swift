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
        try validate(path, inputs: inputs)
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        let directory = target.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).draftdiff-\(UInt32.random(in: 0...UInt32.max)).tmp")
        if let reason = writeNew(temporary.path, pieces) {
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError.cannotWrite(file: path, reason: reason)
        }
        if rename(temporary.path, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError.cannotWrite(file: path, reason: reason)
        }
    }

    /// Creates `path`, which must not exist, and writes `pieces` to it; nil when all went well, or why not.
    private static func writeNew(_ path: String, _ pieces: [[UInt8]]) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        for piece in pieces {
            if let failure = Descriptor.write(piece, to: descriptor) {
                close(descriptor)
                return String(cString: strerror(failure))
            }
        }
        return close(descriptor) == 0 ? nil : String(cString: strerror(errno))
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
