import Foundation
import XMLStreaming

/// Reads the rest of a main part in two halves at once: this thread reads on to a cut near the
/// middle, another reads from the cut to the end, after the part's head (its first bytes up to the
/// end of the body's first child, where the open elements are those at the cut: the document and its
/// body). libxml2 checks each half, so the whole is checked.
///
/// The cut is found by looking for a paragraph's end tag followed by a start tag. Only libxml2 says whether it
/// really ends a child of the body: the first half must end exactly there, the same body open and no
/// complex field. When it does not, the second half's reading is stopped and this thread reads the rest
/// alone, as if it had never been cut.
struct BodyHalves {
    /// The part's first bytes, to the end of the body's first child.
    let head: [UInt8]
    let view: TrackedChangesView
    /// Work on the first half's blocks, done on this thread once they are read, while the second half may
    /// still be (when the halves meet).
    var whileSecondHalfIsRead: ([RawBlock]) -> Void = { _ in }

    /// Reads `rest`, the part's last chunks, the first half into `body`; returns the blocks of the second
    /// half (their paragraph ordinals following on from `body`'s), or nil when `body` has read it all.
    func readRest(_ rest: [Data], into body: inout BodyReading) throws(XMLError) -> [RawBlock]? {
        let offset = body.pushed
        let total = rest.reduce(0) { $0 + $1.count }
        // Worth it only when the second half is well over the head it reads again (twice as long); and each
        // half's parser must accept the whole part's length, as one pass would.
        guard total / 2 > 2 * head.count, offset + total < Int(Int32.max), let cut = Self.cut(in: rest) else {
            try push(rest[...], into: &body)
            return nil
        }
        let second = SecondHalf(head: head, rest: rest, cut: cut, view: view)
        second.start()
        do {
            try push(rest[..<cut.chunk], into: &body)
            try rest[cut.chunk].withBytes { bytes throws(XMLError) in
                try body.push(UnsafeRawBufferPointer(rebasing: bytes[..<cut.index]))
            }
        } catch {
            second.stop()
            throw error
        }
        guard body.walk.meets(at: offset + cut.bytesBefore, endOfLastChild: body.endOfLastChild) else {
            second.stop()
            try rest[cut.chunk].withBytes { bytes throws(XMLError) in
                try body.push(UnsafeRawBufferPointer(rebasing: bytes[cut.index...]))
            }
            try push(rest[(cut.chunk + 1)...], into: &body)
            return nil
        }
        body.handedOver = offset + cut.bytesBefore
        whileSecondHalfIsRead(body.walk.blocks)
        var result = second.wait()
        switch result.blocks {
        case .success(var blocks):
            result.blocks = .success([])  // the blocks held once, so that their ordinals are moved in place
            for index in blocks.indices { blocks[index].follow(body.walk.walker.ordinal) }
            return blocks
        case .failure(let error):
            // The second half's parser read the head, a line break, then the rest from the cut on: its lines
            // after the head's are the part's from the cut's line on.
            throw error.movedDown(by: body.line - (result.headLine + 1), after: result.headLine)
        }
    }

    private func push(_ chunks: ArraySlice<Data>, into body: inout BodyReading) throws(XMLError) {
        for chunk in chunks {
            try chunk.withBytes { bytes throws(XMLError) in try body.push(bytes) }
        }
    }

    /// Where the rest is cut: in which chunk, at which index of it, and how many bytes of the rest come before.
    struct Cut {
        var chunk: Int
        var index: Int
        var bytesBefore: Int
    }

    /// The first place at or after the middle of `rest` where a paragraph's end tag (`</w:p>`, whatever
    /// the prefix) is followed by a start tag, white space between; nil when there is none (in one chunk).
    /// The "middle" is a little before it (48.5%): the first half's thread also works out the list counters
    /// its half leaves (`whileSecondHalfIsRead`), about 3% more work.
    static func cut(in rest: [Data]) -> Cut? {
        let total = rest.reduce(0) { $0 + $1.count }
        var middle = total / 200 * 97
        var before = 0
        for (chunk, data) in rest.enumerated() {
            defer { before += data.count }
            guard middle < data.count else {
                middle -= data.count
                continue
            }
            let found = data.withUnsafeBytes { bytes in paragraphEnd(in: bytes, from: middle) }
            if let found { return Cut(chunk: chunk, index: found, bytesBefore: before + found) }
            middle = 0
        }
        return nil
    }

    /// The index just after the first `</p>` or `</prefix:p>` at or after `start` that a start tag follows
    /// (after white space, if any): not an end tag, as after the last paragraph of a table cell.
    static func paragraphEnd(in bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
        let close = UInt8(ascii: ">"), open = UInt8(ascii: "<"), slash = UInt8(ascii: "/")
        func tagFollows(_ index: Int) -> Bool {
            var next = index + 1
            while next < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[next]) { next += 1 }
            return next + 1 < bytes.count && bytes[next] == open && bytes[next + 1] != slash
        }
        var index = max(start, 3)
        while index + 1 < bytes.count {
            defer { index += 1 }
            guard bytes[index] == close, bytes[index - 1] == UInt8(ascii: "p"), tagFollows(index) else { continue }
            if bytes[index - 2] == slash, bytes[index - 3] == open { return index + 1 }
            guard bytes[index - 2] == UInt8(ascii: ":") else { continue }
            // The prefix, back to "</".
            var back = index - 3
            while back > 0, index - back < 40, bytes[back] != slash, bytes[back] != open, bytes[back] != close { back -= 1 }
            if back > 0, bytes[back] == slash, bytes[back - 1] == open, back < index - 3 { return index + 1 }
        }
        return nil
    }
}

/// The reading of the second half, on a thread of its own: the head, a line break, the rest from the cut.
private final class SecondHalf: @unchecked Sendable {
    struct Result {
        var blocks: Swift.Result<[RawBlock], XMLError>
        /// The line the head ends on, as the second half's parser counts.
        var headLine: Int
    }

    private let head: [UInt8]
    private let rest: [Data]
    private let cut: BodyHalves.Cut
    private let view: TrackedChangesView
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var stopped = false
    private var result: Result?

    init(head: [UInt8], rest: [Data], cut: BodyHalves.Cut, view: TrackedChangesView) {
        self.head = head
        self.rest = rest
        self.cut = cut
        self.view = view
    }

    /// Starts the reading, on a thread with the main thread's stack: the walk recurses as deep as the
    /// elements nest.
    func start() {
        let thread = Thread { [self] in
            let result = read()
            lock.withLock { self.result = result }
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Stops the reading at its next chunk, and waits for it to end.
    func stop() {
        lock.withLock { stopped = true }
        done.wait()
    }

    func wait() -> Result {
        done.wait()
        // Taken out: the reader holds the only copy of the blocks.
        return lock.withLock {
            defer { result = nil }
            return result!
        }
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    private func read() -> Result {
        var body = BodyReading(view: view, passingOver: head.count)
        var headLine = 0
        do throws(XMLError) {
            try head.withUnsafeBufferPointer { buffer throws(XMLError) in try body.push(UnsafeRawBufferPointer(buffer)) }
            headLine = body.line
            // White space in the body, ignored like any between its children: the rest starts on a line of its
            // own, so that every line the parser names is either the head's or the rest's.
            try [UInt8(ascii: "\n")].withUnsafeBufferPointer { buffer throws(XMLError) in try body.push(UnsafeRawBufferPointer(buffer)) }
            try rest[cut.chunk].withBytes { bytes throws(XMLError) in
                try body.push(UnsafeRawBufferPointer(rebasing: bytes[cut.index...]))
            }
            for chunk in rest[(cut.chunk + 1)...] {
                if isStopped { break }
                try chunk.withBytes { bytes throws(XMLError) in try body.push(bytes) }
            }
            if !isStopped { try body.finish() }
            return Result(blocks: .success(body.walk.takeBlocks()), headLine: headLine)
        } catch {
            return Result(blocks: .failure(error), headLine: headLine)
        }
    }
}

extension Data {
    /// `withUnsafeBytes` for work that throws one type of error.
    func withBytes<Failure: Error>(_ body: (UnsafeRawBufferPointer) throws(Failure) -> Void) throws(Failure) {
        var failure: Failure?
        withUnsafeBytes { bytes in
            do throws(Failure) { try body(bytes) } catch { failure = error }
        }
        if let failure { throw failure }
    }
}
