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
