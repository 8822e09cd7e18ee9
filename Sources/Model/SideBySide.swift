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
