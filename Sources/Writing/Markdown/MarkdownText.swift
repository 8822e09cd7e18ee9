import WordDiff

/// Markdown escaping, and redline segments as CriticMarkup: `{++ ++}`, `{-- --}`, `{~~ old ~> new ~~}`.
enum MarkdownText {
    /// `value` escaped for Markdown; a line break becomes a hard break ("\\" then a new line); control
    /// characters other than tab are left out. Escaped with a backslash: the characters that would start
    /// markup or CriticMarkup wherever they stand (backslash, backtick, * _ [ ] < > { } ~ | & !), and at
    /// the start of a line those that would start a heading, list or quote (# - + = >).
    static func escaped(_ value: String) -> String {
        var atLineStart = false
        return Escaping.map(value) { scalar in
            switch scalar {
            case "\n":
                atLineStart = true
                return "\\\n"
            case "\r":
                return ""
            case "\\", "`", "*", "_", "[", "]", "<", ">", "{", "}", "~", "|", "&", "!":
                atLineStart = false
                return "\\" + String(scalar)
            case "#", "-", "+", "=":
                defer { atLineStart = false }
                return atLineStart ? "\\" + String(scalar) : nil
            default:
                if Escaping.isStrayControl(scalar) { return "" }
                atLineStart = false
                return nil
            }
        }
    }

    /// Removes the escapes `escaped` adds: the text a reader of the Markdown source sees.
    static func unescaped(_ markdown: String) -> String {
        var out = String.UnicodeScalarView()
        var escaping = false
        for scalar in markdown.unicodeScalars {
            if escaping {
                out.append(scalar)
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}

/// Renders segments as CriticMarkup, numbering footnote marks in reading order (`[^1]`).
struct MarkdownSegmentRenderer {
    private(set) var footnotes: [(number: Int, reference: FootnoteReference, operation: WordChange.Operation)] = []
    /// Whether to show changes (a redline) or only the new text (a plain draft).
    var showsChanges = true

    mutating func render(_ segments: [RedlineSegment]) -> String {
        var pieces: [(WordChange.Operation, String)] = []
        for segment in segments {
            let operation = segment.operation
            if !showsChanges && operation == .delete { continue }
            let text: String
            switch segment {
            case .text(_, let value): text = MarkdownText.escaped(value)
            case .footnote(_, let reference):
                footnotes.append((footnotes.count + 1, reference, operation))
                text = "[^\(footnotes.count)]"
            }
            if let last = pieces.last, last.0 == operation {
                pieces[pieces.count - 1].1 += text
            } else {
                pieces.append((operation, text))
            }
        }
        guard showsChanges else { return pieces.map(\.1).joined() }
        var out = ""
        var index = 0
        while index < pieces.count {
            let (operation, text) = pieces[index]
            if operation == .delete, index + 1 < pieces.count, pieces[index + 1].0 == .insert {
                out += "{~~" + text + "~>" + pieces[index + 1].1 + "~~}"
                index += 2
                continue
            }
            switch operation {
            case .equal: out += text
            case .insert: out += "{++" + text + "++}"
            case .delete: out += "{--" + text + "--}"
            }
            index += 1
        }
        return out
    }
}
