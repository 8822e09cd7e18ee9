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
    /// Writes `bytes` to `path`, refusing to write over any of `inputs`.
    public static func write(_ bytes: [UInt8], to path: String, inputs: [String] = []) throws(WriteError) {
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        for input in inputs where URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath() == target {
            throw WriteError.wouldOverwriteInput(file: path)
        }
        let directory = target.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).draftdiff-\(UInt32.random(in: 0...UInt32.max)).tmp")
        do {
            try Data(bytes).write(to: temporary, options: [.withoutOverwriting])
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError.cannotWrite(file: path, reason: (error as NSError).localizedDescription)
        }
        if rename(temporary.path, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError.cannotWrite(file: path, reason: reason)
        }
    }
}
