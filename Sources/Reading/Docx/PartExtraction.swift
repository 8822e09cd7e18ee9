import Foundation
import ZIPFoundation

/// Inflates one part of a package under a watchdog.
///
/// ZIPFoundation 0.9.20's inflate loop on Linux never ends when a part's compressed data runs out before
/// its deflate stream does: it reads past the entry and then reads nothing, forever, without calling the
/// consumer again (found by FuzzDocxPackage). The extraction therefore runs on its own thread, and the
/// part is refused when no inflated bytes have arrived for `stallLimit`. A real part delivers a chunk every
/// few milliseconds, so only a stuck stream stalls. The stuck thread is then stopped: the archive's file
/// descriptor is replaced (`dup2`) by one whose reads fail, ZIPFoundation sees the error and throws.
final class PartExtraction: @unchecked Sendable {
    /// The part stopped producing bytes: its deflate stream does not end.
    struct Stalled: Error {}

    private let archive: Archive
    private let archivePath: String
    private let entry: Entry
    private let limit: Int
    private let stallLimit: UInt64
    private let lock = NSLock()
    private let finished = DispatchSemaphore(value: 0)
    private var bytes: [UInt8] = []
    private var failure: Error?
    private var lastChunk = DispatchTime.now().uptimeNanoseconds

    init(archive: Archive, archivePath: String, entry: Entry, limit: Int, stallLimit: Duration = .seconds(3)) {
        self.archive = archive
        self.archivePath = archivePath
        self.entry = entry
        self.limit = limit
        self.stallLimit = UInt64(stallLimit.components.seconds) * 1_000_000_000
        bytes.reserveCapacity(Int(min(entry.uncompressedSize, 64 * 1024 * 1024)))
    }

    /// The part's bytes, or why there are none.
    func run() -> Result<[UInt8], Error> {
        Thread.detachNewThread { self.extract() }
        while finished.wait(timeout: .now() + .milliseconds(200)) == .timedOut {
            let idle = lock.withLock { DispatchTime.now().uptimeNanoseconds - lastChunk }
            if idle > stallLimit {
                Self.failReads(ofFileAt: archivePath)
                // The stuck loop reads again within microseconds; wait for it to end, but not forever.
                _ = finished.wait(timeout: .now() + .seconds(1))
                return .failure(Stalled())
            }
        }
        return lock.withLock { failure.map { .failure($0) } ?? .success(bytes) }
    }

    /// Makes every later read of the open file that was at `path` fail (EISDIR): its descriptor is
    /// replaced, in one atomic `dup2`, by a descriptor of a directory. The number stays taken, so no
    /// other file can slip in under it; the archive's `fclose` closes it in due course.
    static func failReads(ofFileAt path: String) {
        let directory = open("/", O_RDONLY | O_DIRECTORY)
        guard directory >= 0 else { return }
        defer { close(directory) }
        let descriptors = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for name in descriptors {
            guard let descriptor = Int32(name), descriptor != directory,
                  let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(name)"),
                  target == path || target == path + " (deleted)" else { continue }
            _ = dup2(directory, descriptor)
        }
    }

    private func extract() {
        do {
            // ZIPFoundation 0.9.20's `extract` only returns the CRC-32 it computes (byte by byte in Swift on
            // Linux, about a twentieth of reading a large part), it never compares it: not computing it
            // changes nothing but the time.
            _ = try archive.extract(entry, skipCRC32: true) { chunk in
                try self.lock.withLock {
                    guard self.bytes.count + chunk.count <= self.limit else { throw PartTooLarge() }
                    self.bytes.append(contentsOf: chunk)
                    self.lastChunk = DispatchTime.now().uptimeNanoseconds
                }
            }
        } catch {
            lock.withLock { failure = error }
        }
        finished.signal()
    }
}
