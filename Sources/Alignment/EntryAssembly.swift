import DraftModel
import WordDiff

/// The last step: turns the pairs and groups of an `AlignmentProblem` into `AlignmentEntry` values
/// in reading order of the new draft, each deletion where its old block stood, with similarity,
/// renumbering and word-level edit scripts.
enum EntryAssembly {
    /// One entry to be, in reading order.
    private enum Plan {
        case deleted(old: Int), inserted(new: Int), pair(old: Int, new: Int), group(Int)
    }

    static func entries(_ problem: AlignmentProblem) -> [AlignmentEntry] {
        let plans = plans(problem)
        // The word diffs are most of the work: each half of the entries on a thread of its own.
        // Both halves are written in place into one array: joining two would copy every entry.
        let middle = plans.count / 2
        return [AlignmentEntry](unsafeUninitializedCapacity: plans.count) { buffer, count in
            let entries = buffer
            func fill(_ range: Range<Int>) {
                for index in range { (entries.baseAddress! + index).initialize(to: entry(plans[index], problem)) }
            }
            _ = sideBySide({ fill(0..<middle) }, { fill(middle..<plans.count) })
            count = plans.count
        }
    }

    private static func entry(_ plan: Plan, _ problem: AlignmentProblem) -> AlignmentEntry {
        switch plan {
        case .deleted(let old): AlignmentEntry(kind: .deleted, old: [problem[old: old].path], new: [], similarity: 0)
        case .inserted(let new): AlignmentEntry(kind: .inserted, old: [], new: [problem[new: new].path], similarity: 0)
        case .pair(let old, let new): pairEntry(problem, old: old, new: new)
        case .group(let group): groupEntry(problem, problem.groups[group])
        }
    }

    private static func plans(_ problem: AlignmentProblem) -> [Plan] {
        var plans: [Plan] = []
        plans.reserveCapacity(problem.newScope.count + problem.oldScope.count / 8)
        var nextOld = 0
        func flushDeletions(upTo end: Int) {
            guard end > nextOld else { return }
            for old in nextOld..<end where problem.oldFree(old) { plans.append(.deleted(old: old)) }
            nextOld = end
        }
        for new in problem.newScope.indices {
            let group = problem.newGroup[new]
            if group >= 0 {
                let members = problem.groups[group]
                guard members.new[0] == new else { continue }
                flushDeletions(upTo: members.old.min()!)
                plans.append(.group(group))
                nextOld = max(nextOld, members.old.max()! + 1)
            } else if problem.newPartner[new] >= 0 {
                let old = problem.newPartner[new]
                if problem.origin[new] == .inPlace {
                    flushDeletions(upTo: old)
                    nextOld = max(nextOld, old + 1)
                }
                plans.append(.pair(old: old, new: new))
            } else {
                plans.append(.inserted(new: new))
            }
        }
        flushDeletions(upTo: problem.oldScope.count)
        return plans
    }

    private static func pairEntry(_ problem: AlignmentProblem, old: Int, new: Int) -> AlignmentEntry {
        problem.units(old, new) { a, b in pairEntry(problem, old: old, new: new, a, b) }
    }

    private static func pairEntry(
        _ problem: AlignmentProblem, old: Int, new: Int, _ a: borrowing AlignmentUnit, _ b: borrowing AlignmentUnit
    ) -> AlignmentEntry {
        var renumbering: Renumbering?
        if let oldLabel = a.label, let newLabel = b.label, oldLabel != newLabel {
            renumbering = Renumbering(oldLabel: oldLabel, newLabel: newLabel)
        }
        let same = a.key == b.key
        let kind: AlignmentKind = problem.origin[new] == .moved ? .moved : (same ? .unchanged : .modified)
        let changes = same && a.text.hasSameBytes(as: b.text) ? [] : EditScript.changes(from: a.text, to: b.text)
        var rows: [TableRowAlignment] = []
        if let oldTable = problem.corpus.table(old: a.path), let newTable = problem.corpus.table(new: b.path), !changes.isEmpty {
            rows = TableRowPairing.rows(old: oldTable, new: newTable, aligner: DraftAligner(options: problem.options))
        }
        return AlignmentEntry(
            kind: kind, old: [a.path], new: [b.path], similarity: same ? 1 : problem.score(old, new),
            renumbered: renumbering, changes: changes, tableRows: rows)
    }

    private static func groupEntry(_ problem: AlignmentProblem, _ group: AlignmentProblem.Group) -> AlignmentEntry {
        let olds = group.old.map { problem[old: $0] }, news = group.new.map { problem[new: $0] }
        let separator = problem.corpus.lineBreak
        let oldText = TokenizedText.joined(olds.map(\.text), separator: separator)
        let newText = TokenizedText.joined(news.map(\.text), separator: separator)
        return AlignmentEntry(
            kind: olds.count == 1 ? .split : .merged, old: olds.map(\.path), new: news.map(\.path),
            similarity: group.similarity, changes: EditScript.changes(from: oldText, to: newText))
    }
}
