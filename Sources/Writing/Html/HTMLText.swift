import DraftModel
import WordDiff

/// HTML escaping and the rendering of redline segments as `<ins>`/`<del>` with footnote marks.
enum HTMLText {
    /// `value` with `& < > " '` escaped and control characters other than tab and line feed left out.
    static func escaped(_ value: String) -> String {
        Escaping.map(value) { scalar in
            switch scalar {
            case "&": return "&amp;"
            case "<": return "&lt;"
            case ">": return "&gt;"
            case "\"": return "&quot;"
            case "'": return "&#39;"
            case "\r": return ""
            default: return Escaping.isStrayControl(scalar) ? "" : nil
            }
        }
    }

    /// The escaped text with every occurrence of the quotations wrapped in `<mark>`.
    static func escaped(_ value: String, marking quotes: [String]) -> String {
        var html = escaped(value)
        for quote in quotes where !quote.isEmpty {
            let escapedQuote = escaped(quote)
            html = html.replacingOccurrences(of: escapedQuote, with: "<mark class=\"flag\">" + escapedQuote + "</mark>")
        }
        return html
    }
}

/// Renders segments, numbering footnote marks in reading order.
struct HTMLSegmentRenderer {
    /// Footnote marks met so far, with the number shown.
    private(set) var footnotes: [(number: Int, reference: FootnoteReference, operation: WordChange.Operation)] = []
    /// Quotations to highlight in the paragraph being rendered.
    var quotes: [String] = []
    /// The paragraph being rendered: a mark shown in both columns of it keeps one number.
    var scope = ""
    private var numbers: [String: Int] = [:]

    /// The segments as HTML. `side` keeps only one version (side-by-side layout); nil shows both.
    /// `moved` marks the changes as part of a move.
    mutating func render(_ segments: [RedlineSegment], side: WordChange.Operation? = nil, moved: Bool = false) -> String {
        var html = ""
        let movedClass = moved ? " class=\"moved\"" : ""
        for segment in segments {
            let operation = segment.operation
            if let side, operation != .equal, operation != side { continue }
            let inner: String
            switch segment {
            case .text(_, let text):
                inner = HTMLText.escaped(text, marking: quotes)
            case .footnote(_, let reference):
                let key = [scope, reference.oldID ?? "", reference.newID ?? "", operation.rawValue].joined(separator: "|")
                let isFirst = numbers[key] == nil
                let number = numbers[key] ?? footnotes.count + 1
                if isFirst {
                    numbers[key] = number
                    footnotes.append((number, reference, operation))
                }
                let id = isFirst ? " id=\"fnref\(number)\"" : ""
                inner = "<sup class=\"fn\"><a href=\"#fn\(number)\"\(id)>\(number)</a></sup>"
            }
            switch operation {
            case .equal: html += inner
            case .insert: html += "<ins\(movedClass)>" + inner + "</ins>"
            case .delete: html += "<del\(movedClass)>" + inner + "</del>"
            }
        }
        return html
    }
}
