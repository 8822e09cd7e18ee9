import Foundation

/// Choices shared by every redline writer.
public struct ReportOptions: Sendable, Hashable {
    /// How the HTML report lays out the two versions.
    public enum Layout: String, Sendable, Hashable, CaseIterable {
        /// One column, with insertions and deletions inline.
        case inline
        /// Two columns, old and new, aligned paragraph by paragraph.
        case sideBySide = "side-by-side"
    }

    /// The author recorded on tracked changes.
    public var author: String
    /// The date recorded on tracked changes; a fixed date gives byte-identical output.
    public var date: Date
    /// The HTML layout.
    public var layout: Layout
    /// Terminal colours in text output.
    public var color: Bool
    /// The heading of an HTML or Markdown report; nil for "Comparison of OLD and NEW".
    public var title: String?
    /// Lines listed under the heading (a merge report's placements and references).
    public var notes: [String] = []

    public init(author: String = "draftdiff", date: Date = Date(), layout: Layout = .inline, color: Bool = false) {
        self.author = author
        self.date = date
        self.layout = layout
        self.color = color
    }
}
