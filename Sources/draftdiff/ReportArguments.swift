import ArgumentParser
import Foundation
import DraftDiff

/// Options shared by every command that writes a redline: who the tracked changes are by, when,
/// and how the HTML report is laid out.
struct ReportArguments: ParsableArguments {
    // No option has a default value: swift-argument-parser checks a default's type against two protocols at
    // run time, at a scan of every conformance of the executable each (NamedOptionValue); the defaults are
    // said in the help and applied here.
    @Option(help: "Author of the tracked changes in a .docx redline (default: draftdiff).")
    var author: String?

    @Option(help: ArgumentHelp("Date of the tracked changes (ISO 8601, e.g. 2026-11-23 or 2026-11-23T10:00:00Z); a fixed date gives byte-identical output. Default: now.", valueName: "date"))
    var date: String?

    @Option(help: "HTML layout: inline (default) or side-by-side.")
    var layout: ReportOptions.Layout?

    /// Trouble when an option is given that the report's format does not use.
    func check(for format: OutputFormat) {
        if let layout, layout != .inline, format != .html { Trouble.fail("--layout applies to HTML reports only (this one is \(format.rawValue))") }
    }

    /// The report options, with colour on or off.
    func options(color: Bool) -> ReportOptions {
        ReportOptions(author: author ?? "draftdiff", date: parsedDate(), layout: layout ?? .inline, color: color)
    }

    private func parsedDate() -> Date {
        guard let date else { return Date() }
        guard Self.exists(date) else {
            Trouble.fail("--date \(date): expected an ISO 8601 date such as 2026-11-23 or 2026-11-23T10:00:00Z")
        }
        let full = ISO8601DateFormatter()
        if let value = full.date(from: date) { return value }
        let day = ISO8601DateFormatter()
        day.formatOptions = [.withFullDate]
        if let value = day.date(from: date) { return value }
        Trouble.fail("--date \(date): expected an ISO 8601 date such as 2026-11-23 or 2026-11-23T10:00:00Z")
    }
}

extension ReportArguments {
    /// Whether the day (and time) of an ISO 8601 date exist: Foundation's parser rolls "2026-02-30" over to
    /// March and "25:00" to the next day, and reads "2026-11-23 10:00" as a day alone.
    static func exists(_ text: String) -> Bool {
        let parts = text.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        let day = parts[0].split(separator: "-", omittingEmptySubsequences: false)
        guard day.count == 3, day.map(\.count) == [4, 2, 2], let year = Int(day[0]), let month = Int(day[1]), let date = Int(day[2]),
              (1...12).contains(month), date >= 1 else { return false }
        let days = [31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard date <= days[month - 1] else { return false }
        guard parts.count == 2 else { return true }
        let clock = parts[1].prefix { $0.isNumber || $0 == ":" }.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(clock.count), clock.allSatisfy({ $0.count == 2 }), let hour = Int(clock[0]), let minute = Int(clock[1]) else { return false }
        return hour < 24 && minute < 60 && (clock.count == 2 || (Int(clock[2]) ?? 60) < 60)
    }
}

extension ReportOptions.Layout: NamedOptionValue {}

/// The output format a path's extension names, or trouble naming the path and what is accepted.
func formatNamed(by path: String, accepting accepted: [OutputFormat], what: String) -> OutputFormat {
    // Standard output, a device or a pipe has no extension: text, unless --format says otherwise.
    if path == StandardOutput.name || AtomicFile.isStream(path) { return .text }
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let formats = accepted.map { $0 == .text ? ".txt" : "." + $0.rawValue }.joined(separator: ", ")
    guard let dot = name.lastIndex(of: "."), let format = OutputFormat(pathExtension: String(name[name.index(after: dot)...])),
          accepted.contains(format) else {
        Trouble.fail("\(path): \(what) can be written as \(formats)")
    }
    return format
}
