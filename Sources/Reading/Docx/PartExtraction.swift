import Foundation
import ZIPFoundation

/// Inflates one part of a package under a watchdog, handing its bytes over as they come.
///
/// ZIPFoundation 0.9.20's inflate loop on Linux never ends when a part's compressed data runs out before
/// its deflate stream does: it reads past the entry and then reads nothing, forever, without calling the
/// consumer again (found by FuzzDocxPackage). The extraction therefore runs on its own thread, and the
/// part is refused when no inflated bytes have arrived for `stallLimit`. A real part delivers a chunk every
/// few milliseconds, so only a stuck stream stalls. The stuck thread is then stopped: the archive's file
/// descriptor is replaced (`dup2`) by one whose reads fail, ZIPFoundation sees the error and throws. (The
/// package's second reader has a descriptor of the same file, which is replaced too: parts read beside
/// the main part fail as well, and the main part's error, reported first, stays the one of its own.)
///
/// The calling thread takes the chunks as they are inflated (and parses them, for the main part), so
/// that inflating and parsing run at the same time, and the part is never held whole unless asked for.
/// When `run` returns, the extraction thread has ended, or its reads have been made to fail.
final class PartExtraction: @unchecked Sendable {
    /// The part stopped producing bytes: its deflate stream does not end.
    struct Stalled: Error {}
    /// The caller refused a chunk; the extraction was stopped.
    private struct Refused: Error {}

    private let archive: Archive
    /// What `/proc/self/fd` shows for the archive's descriptors.
    private let archivePath: String
    private let entry: Entry
    private let limit: Int
    private let stallLimit: UInt64
    private let condition = NSCondition()
    /// Chunks inflated and not yet taken (guarded by `condition`), and their size: inflating waits
    /// while it is over `aheadLimit`, so that a part is never held whole unless asked for. (Chunks are
    /// made on the extraction's thread, in its own malloc arena, which the calling thread cannot reuse.)
    private var pending: [Data] = []
    private var pendingBytes = 0
    private var aheadLimit: Int
    private var inflated = 0
    private var finished = false
    private var refused = false
    private var failure: Error?
    private var lastChunk = DispatchTime.now().uptimeNanoseconds

    /// `aheadLimit`: how many inflated bytes may wait to be taken (`Int.max`: inflating never waits, and
    /// the whole part may be held).
    init(archive: Archive, archivePath: String, entry: Entry, limit: Int, aheadLimit: Int = 1 << 20,
         stallLimit: Duration = .seconds(3)) {
        self.archive = archive
        self.aheadLimit = aheadLimit
        self.archivePath = archivePath
        self.entry = entry
        self.limit = limit
        self.stallLimit = UInt64(stallLimit.components.seconds) * 1_000_000_000
    }

    /// The part's bytes, or why there are none.
    func run() -> Result<[UInt8], Error> {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(min(entry.uncompressedSize, 64 * 1024 * 1024)))
        return run { chunk in bytes.append(contentsOf: chunk) }.map { bytes }
    }

    /// Hands the part's bytes to `take`, chunk by chunk, on this thread; stops at the first error,
    /// `take`'s included (returned as it was thrown).
    func run(_ take: (UnsafeRawBufferPointer) throws -> Void) -> Result<Void, Error> {
        run(batches: { batch in for chunk in batch.chunks { try chunk.withUnsafeBytes { try take($0) } } })
    }

    /// Chunks inflated since the last hand-over, in order.
    struct Batch {
        var chunks: [Data]
        /// Whether these are the part's last chunks: inflating has ended, without an error.
        var isLast: Bool
        fileprivate let extraction: PartExtraction

        /// Lets inflating run at most `bytes` ahead of the taker from now on.
        func limitAhead(to bytes: Int) { extraction.limitAhead(to: bytes) }

        /// The chunks inflated since this batch was handed over, when they are the last ones (inflating has
        /// ended, without an error); they are then not handed over again. Nil while inflating goes on.
        func rest() -> [Data]? {
            if isLast { return [] }
            return extraction.condition.withLock {
                guard extraction.finished, extraction.failure == nil else { return nil }
                defer {
                    extraction.pending = []
                    extraction.pendingBytes = 0
                }
                return extraction.pending
            }
        }
    }

    /// Lets inflating run at most `bytes` ahead of the taker from now on (a taker that asked for the whole
    /// part and no longer needs it).
    fileprivate func limitAhead(to bytes: Int) {
        condition.withLock {
            aheadLimit = bytes
            condition.broadcast()
        }
    }

    /// Hands the part's bytes to `take` on this thread, as many chunks at a time as have been inflated
    /// meanwhile; stops at the first error, `take`'s included (returned as it was thrown).
    func run(batches take: (Batch) throws -> Void) -> Result<Void, Error> {
        // A queue of its own: a thread even when every worker of the global queues is busy, and one of the
        // threads dispatch keeps from an extraction before, rather than a new thread for every part.
        DispatchQueue(label: "draftdiff.part-extraction").async { self.extract() }
        while true {
            condition.lock()
            while pending.isEmpty, !finished {
                if !condition.wait(until: Date(timeIntervalSinceNow: 0.2)) { break }
            }
            let chunks = pending
            pending = []
            pendingBytes = 0
            condition.broadcast()
            let done = finished
            let complete = finished && failure == nil
            let idle = DispatchTime.now().uptimeNanoseconds - lastChunk
            condition.unlock()
            do {
                if !chunks.isEmpty || complete { try take(Batch(chunks: chunks, isLast: complete, extraction: self)) }
            } catch {
                stop()
                return .failure(error)
            }
            if done { return condition.withLock { failure.map { .failure($0) } ?? .success(()) } }
            if chunks.isEmpty, idle > stallLimit {
                Self.failReads(ofFileAt: archivePath)
                // The stuck loop reads again within microseconds; wait for it to end, but not forever.
                waitUntilFinished(seconds: 1)
                return .failure(Stalled())
            }
        }
    }

    /// Stops the extraction at its next chunk and waits for it to end; one that is stuck is stopped
    /// as a stalled one is.
    private func stop() {
        condition.withLock {
            refused = true
            condition.broadcast()
        }
        guard !waitUntilFinished(seconds: 1) else { return }
        Self.failReads(ofFileAt: archivePath)
        waitUntilFinished(seconds: 1)
    }

    /// Whether the extraction thread ended within `seconds`.
    @discardableResult
    private func waitUntilFinished(seconds: Double) -> Bool {
        let deadline = Date(timeIntervalSinceNow: seconds)
        condition.lock()
        defer { condition.unlock() }
        while !finished, condition.wait(until: deadline) {}
        return finished
    }

    /// Makes every later read of the open file at `path` fail (EISDIR): each of its descriptors is
    /// replaced, in one atomic `dup2`, by a descriptor of a directory. The number stays taken, so no
    /// other file can slip in under it; the archive's `fclose` closes it in due course. `path` is as
    /// `/proc/self/fd` shows it (`PackageFile.target`); the file may have been deleted since.
    static func failReads(ofFileAt path: String) {
        let directory = open("/", O_RDONLY | O_DIRECTORY)
        guard directory >= 0 else { return }
        defer { close(directory) }
        let descriptors = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for name in descriptors {
            guard let descriptor = Int32(name), descriptor != directory,
                  PackageFile.target(of: descriptor) == path else { continue }
            _ = dup2(directory, descriptor)
        }
    }

    private func extract() {
        do {
            // ZIPFoundation 0.9.20's `extract` only returns the CRC-32 it computes (byte by byte in Swift on
            // Linux, about a twentieth of reading a large part), it never compares it: not computing it
            // changes nothing but the time. Chunks of 64 KB rather than its 16 KB: a quarter of the hand-overs
            // between the threads, and of the zeroed buffers (RP051-Arabic.docx 0.96 of the time, the 100× .docx
            // 0.90); from 256 KB the parse starts too late on a small part.
            _ = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: true) { chunk in
                try self.condition.withLock {
                    while self.pendingBytes > self.aheadLimit, !self.refused { self.condition.wait() }
                    guard !self.refused else { throw Refused() }
                    guard self.inflated + chunk.count <= self.limit else { throw PartTooLarge() }
                    self.inflated += chunk.count
                    self.pending.append(chunk)
                    self.pendingBytes += chunk.count
                    self.lastChunk = DispatchTime.now().uptimeNanoseconds
                    self.condition.signal()
                }
            }
        } catch {
            condition.withLock { failure = error }
        }
        condition.withLock {
            finished = true
            condition.broadcast()
        }
    }
}
