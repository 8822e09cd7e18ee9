import Foundation

/// Two pieces of work run at once: one on a second thread, so that a package's main part is
/// walked while the parts it refers to are read.
enum Concurrently {
    /// The results of `first` and `second`, run side by side; returns when both are done.
    /// Neither may touch what the other uses (the package's archive is read by `second` only).
    static func both<First, Second>(_ first: @escaping () -> First, _ second: @escaping () -> Second) -> (First, Second) {
        let work = Work(first: first, second: second)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 { work.runFirst() } else { work.runSecond() }
        }
        return work.results
    }

    /// The two closures and their results, each result written once by its own thread and read after both.
    private final class Work<First, Second>: @unchecked Sendable {
        private let first: () -> First
        private let second: () -> Second
        private var firstResult: First?
        private var secondResult: Second?

        init(first: @escaping () -> First, second: @escaping () -> Second) {
            self.first = first
            self.second = second
        }

        func runFirst() { firstResult = first() }
        func runSecond() { secondResult = second() }
        var results: (First, Second) { (firstResult!, secondResult!) }
    }
}
