import Foundation

/// Stamps tracked changes: every revision gets the report's author and date and an id unique in the
/// package (Word requires unique `w:id` across insertions, deletions, moves and move ranges).
struct DocxRevisions {
    let author: String
    /// The date in the form WordprocessingML expects, to the second, in UTC ("2026-11-23T09:42:00Z").
    let date: String
    private(set) var nextID = 1
    private(set) var nextMove = 1

    init(options: ReportOptions) {
        author = options.author
        date = Self.format(options.date)
    }

    /// A fresh revision id.
    mutating func id() -> String {
        defer { nextID += 1 }
        return String(nextID)
    }

    /// A fresh move name, shared by the two ends of one move.
    mutating func moveName() -> String {
        defer { nextMove += 1 }
        return "move\(nextMove)"
    }

    /// `w:id`, `w:author` and `w:date` for a new revision.
    mutating func attributes() -> [(String, String)] {
        [("w:id", id()), ("w:author", author), ("w:date", date)]
    }

    static func format(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String { value.map { $0 < 10 ? "0\($0)" : String($0) } ?? "00" }
        return "\(parts.year ?? 2000)-\(two(parts.month))-\(two(parts.day))T\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second))Z"
    }
}
