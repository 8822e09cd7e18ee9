import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The file a package's archive reads: the draft's own file when it still holds exactly the bytes that
/// were read, otherwise a private copy of them.
///
/// ZIPFoundation reads through a file (not `Archive(data:)`: see `DocxPackage`). The draft itself is
/// used whenever it can be: a copy costs a write, and Foundation's `Data.write` also waits for the disk
/// (`fsync`: about 0.5 ms for a 100 KB draft, 1.5 ms for 1.6 MB on this machine, more on a laptop's
/// disk), and puts a confidential draft on it. The archive opens the file through `/proc/self/fd`, so
/// that it reads the very file that was compared with the bytes, even if a new version is saved under
/// its name meanwhile (as Word saves: a new file renamed over the old). A copy has no name once it is
/// open: nothing is left behind, whatever happens.
struct PackageFile {
    /// Where the archive opens the file.
    let url: URL
    /// What `/proc/self/fd` shows for a descriptor of the file, without " (deleted)": how
    /// `PartExtraction.failReads` finds the archive's descriptors.
    let target: String
    /// A descriptor of the file, open until the archive has opened it.
    private let descriptor: Int32
    /// A copy still to be unlinked once the archive is open (only without `/proc`).
    private let namedCopy: String?

    /// Opens the file holding `bytes`: the draft at `file`, or a private copy.
    static func holding(_ bytes: [UInt8], file: String) throws -> PackageFile {
        let byDescriptor = access("/proc/self/fd", R_OK) == 0
        if let descriptor = openIfHolding(bytes, path: file) {
            return PackageFile(descriptor: descriptor, fallbackPath: file, byDescriptor: byDescriptor, namedCopy: nil)
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("draftdiff-\(UUID().uuidString).docx").path
        let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw CopyFailed() }
        guard write(bytes, to: descriptor) else {
            close(descriptor)
            unlink(path)
            throw CopyFailed()
        }
        if byDescriptor { unlink(path) }
        return PackageFile(descriptor: descriptor, fallbackPath: path, byDescriptor: byDescriptor, namedCopy: byDescriptor ? nil : path)
    }

    private init(descriptor: Int32, fallbackPath: String, byDescriptor: Bool, namedCopy: String?) {
        self.descriptor = descriptor
        self.namedCopy = namedCopy
        url = URL(fileURLWithPath: byDescriptor ? "/proc/self/fd/\(descriptor)" : fallbackPath)
        target = byDescriptor ? Self.target(of: descriptor) ?? fallbackPath : fallbackPath
    }

    /// Lets go of the file once the archive has opened it (the archive keeps its own descriptors).
    func release() {
        close(descriptor)
        if let namedCopy { unlink(namedCopy) }
    }

    /// What `/proc/self/fd` shows for `descriptor`, without " (deleted)".
    static func target(of descriptor: Int32) -> String? {
        guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(descriptor)") else { return nil }
        return target.hasSuffix(" (deleted)") ? String(target.dropLast(" (deleted)".count)) : target
    }

    /// A descriptor of the regular file at `path` when it holds exactly `bytes`; nil otherwise.
    private static func openIfHolding(_ bytes: [UInt8], path: String) -> Int32? {
        // Not blocking: a FIFO opened for reading would wait for a writer.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) == bytes.count,
              holds(bytes, descriptor) else {
            close(descriptor)
            return nil
        }
        return descriptor
    }

    /// Whether reading `descriptor` from its start gives `bytes` and then its end.
    private static func holds(_ bytes: [UInt8], _ descriptor: Int32) -> Bool {
        var buffer = [UInt8](repeating: 0, count: min(bytes.count + 1, 256 * 1024))
        var offset = 0
        return bytes.withUnsafeBytes { expected in
            buffer.withUnsafeMutableBytes { buffer in
                while true {
                    let got = pread(descriptor, buffer.baseAddress!, buffer.count, off_t(offset))
                    if got < 0, errno == EINTR { continue }
                    guard got >= 0 else { return false }
                    if got == 0 { return offset == expected.count }
                    guard offset + got <= expected.count,
                          memcmp(buffer.baseAddress!, expected.baseAddress! + offset, got) == 0 else { return false }
                    offset += got
                }
            }
        }
    }

    private static func write(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        bytes.withUnsafeBytes { bytes in
            var written = 0
            while written < bytes.count {
                let count = Glibc.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                written += count
            }
            return true
        }
    }

    /// The private copy could not be written.
    struct CopyFailed: Error {}
}
