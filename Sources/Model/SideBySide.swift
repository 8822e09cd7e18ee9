import Dispatch

/// Runs two pieces of work at the same time, one thread each: the two drafts of a comparison, or the
/// two halves of a long output. Each closure must only touch what the other does not.
///
/// ```swift
/// let (oldUnits, newUnits) = sideBySide({ units(of: old) }, { units(of: new) })
/// ```
public func sideBySide<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
    let results = SideResults<A, B>()
    withoutActuallyEscaping(first) { first in
        withoutActuallyEscaping(second) { second in
            let work = UncheckedWork(first: first, second: second)
            DispatchQueue.concurrentPerform(iterations: 2) { index in
                if index == 0 { results.first = work.first() } else { results.second = work.second() }
            }
        }
    }
    return (results.first!, results.second!)
}

/// The two closures, handed to the worker threads; each runs on one thread only.
private struct UncheckedWork<A, B>: @unchecked Sendable {
    let first: () -> A
    let second: () -> B
}

/// Where the two threads leave their results; each slot is written by one thread, read after both end.
private final class SideResults<A, B>: @unchecked Sendable {
    var first: A?
    var second: B?
}

/// Runs `count` pieces of work on the cores there are, each piece once, a thread taking the next piece
/// as it finishes one, and returns their results in order: for work whose halves would take unequal
/// times (the candidates of some paragraphs cost far more than others').
///
/// ```swift
/// let scored = inPieces(8) { piece in score(news[bounds(of: piece)]) }.flatMap { $0 }
/// ```
public func inPieces<T>(_ count: Int, _ body: (Int) -> T) -> [T] {
    let results = PieceResults<T>(count: count)
    withoutActuallyEscaping(body) { body in
        let work = UncheckedPiece(body: body)
        DispatchQueue.concurrentPerform(iterations: count) { index in results.slots[index] = work.body(index) }
    }
    return results.slots.map { $0! }
}

/// The work of each piece, handed to the worker threads.
private struct UncheckedPiece<T>: @unchecked Sendable {
    let body: (Int) -> T
}

/// Where the threads leave the pieces' results; each slot is written by one thread, read after all end.
private final class PieceResults<T>: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }
}

/// Runs `count` pieces of work as `inPieces` does, and hands each result to `deliver` in order, as soon as
/// it and every piece before it are done: one delivery at a time, on whichever thread finished the piece
/// the next delivery waited for. A result is dropped once delivered, so that a long output written as it
/// is made holds only the pieces not yet written.
///
/// ```swift
/// inPieces(32, { piece in render(entries[bounds(of: piece)]) }, inOrder: { bytes in write(bytes) })
/// ```
public func inPieces<T>(_ count: Int, _ body: (Int) -> T, inOrder deliver: (consuming T) -> Void) {
    let delivery = OrderedDelivery<T>(count: count)
    withoutActuallyEscaping(body) { body in
        withoutActuallyEscaping(deliver) { deliver in
            let work = UncheckedPiece(body: body)
            let sink = UncheckedDelivery(deliver: deliver)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                delivery.finished(index, work.body(index), deliver: sink.deliver)
            }
        }
    }
}

/// Where a piece is delivered, handed to the worker threads; called by one thread at a time.
private struct UncheckedDelivery<T>: @unchecked Sendable {
    let deliver: (consuming T) -> Void
}

/// The pieces done but not yet delivered, and which is delivered next.
private final class OrderedDelivery<T>: @unchecked Sendable {
    private let lock = DispatchSemaphore(value: 1)
    private var slots: [T?]
    private var next = 0
    /// Whether a thread is delivering: it goes on with every piece that becomes ready meanwhile.
    private var delivering = false

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// Keeps piece `index`, then delivers every piece now ready in order, unless another thread is at it.
    func finished(_ index: Int, _ result: consuming T, deliver: (consuming T) -> Void) {
        lock.wait()
        slots[index] = consume result
        guard !delivering else { lock.signal(); return }
        delivering = true
        while next < slots.count, let ready = slots[next].take() {
            next += 1
            lock.signal()
            deliver(ready)
            lock.wait()
        }
        delivering = false
        lock.signal()
    }
}

/// Lets go of `value` on another thread, for a large tree of values (every paragraph of a draft) that
/// takes milliseconds to free: the caller goes on meanwhile, on a core that the stage after it mostly
/// leaves idle. The value must not be shared with anything still in use that is not thread-safe (values
/// and arrays are: their reference counts are atomic).
///
/// ```swift
/// let units = assembler.units(blocks)
/// releaseInBackground(blocks)
/// ```
public func releaseInBackground<T>(_ value: consuming T) {
    let box = UncheckedBox(value: value)
    DispatchQueue.global(qos: .utility).async { withExtendedLifetime(box) {} }
}

/// A value handed to another thread only to be freed there.
private final class UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(value: consuming T) { self.value = value }
}

/// Work started at once on another thread, whose result is waited for where it is needed: the parts a
/// reader resolves the main part against, read while the main part is.
///
/// ```swift
/// let styles = BackgroundWork { readStyles() }
/// let body = readBody()
/// resolve(body, styles.wait())
/// ```
public final class BackgroundWork<T>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written once, by the work's thread, before `done` is signalled.
    private var result: T?

    public init(_ work: @escaping () -> T) {
        let unchecked = UncheckedPiece(body: { _ in work() })
        // A queue of its own, which gets a thread even when every worker of the global queues is busy (two drafts
        // read side by side, each waiting for its own background work): the global queues would start it only
        // once a worker is free.
        DispatchQueue(label: "draftdiff.background-work").async { [self] in
            result = unchecked.body(0)
            done.signal()
        }
    }

    /// The result, once the work is done; may be asked for again, from any thread.
    public func wait() -> T {
        done.wait()
        defer { done.signal() }
        return result!
    }
}
