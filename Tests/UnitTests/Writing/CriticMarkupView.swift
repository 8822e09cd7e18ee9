@testable import DraftWriting

/// Rebuilds the old or the new version from a Markdown redline, following the rules the writer
/// documents: insertions dropped (old) or deletions dropped (new), pieces ending in `{++¶++}` (old) or
/// `{--¶--}` (new) joined to the next, move destinations left out of the old version.
struct CriticMarkupView {
    var markdown: String

    /// Paragraph texts of the document part (tables left out), and footnote texts in reference order.
    func version(old: Bool) -> (paragraphs: [String], footnotes: [String]) {
        let document = markdown.components(separatedBy: "\n## Document\n\n").last ?? ""
        var lines = document.components(separatedBy: "\n")
        var definitions: [String: String] = [:]
        var start = lines.count
        while start > 0, lines[start - 1].isEmpty || lines[start - 1].hasPrefix("[^") || lines[start - 1].hasPrefix("    ") {
            start -= 1
        }
        var notes = lines[start...].joined(separator: "\n").replacingOccurrences(of: "\n    ", with: "\n")
        while notes.hasSuffix("\n") { notes.removeLast() }
        lines.removeSubrange(start...)
        for definition in notes.components(separatedBy: "\n[^") where !definition.isEmpty {
            let body = definition.hasPrefix("[^") ? String(definition.dropFirst(2)) : definition
            guard let close = body.range(of: "]: ") else { continue }
            definitions[String(body[..<close.lowerBound])] = MarkdownText.unescaped(resolve(String(body[close.upperBound...]), old: old).text)
        }
        var paragraphs: [String] = []
        var footnotes: [String] = []
        var pending = ""
        for raw in lines.joined(separator: "\n").components(separatedBy: "\n\n") {
            var text = raw
            while text.hasPrefix("#") { text.removeFirst() }
            text = text.trimmingPrefix(" ")
            if let end = text.range(of: "</a>"), text.hasPrefix("<a id=") { text = String(text[end.upperBound...]) }
            if text.hasPrefix("**"), let end = text.range(of: "** ", range: text.index(text.startIndex, offsetBy: 2)..<text.endIndex) {
                text = String(text[end.upperBound...])
            }
            let isDestination = text.contains("{>>moved from")
            while text.hasPrefix("{>>"), let end = text.range(of: "<<} ") { text = String(text[end.upperBound...]) }
            if text.isEmpty || text.hasPrefix("|") || old && isDestination { continue }
            let joinsNext = text.hasSuffix(old ? "{++¶++}" : "{--¶--}")
            let resolved = resolve(text, old: old)
            footnotes += resolved.notes.compactMap { definitions[$0] }
            pending += MarkdownText.unescaped(resolved.text.replacingOccurrences(of: "¶", with: ""))
            if !joinsNext {
                if !pending.isEmpty { paragraphs.append(pending) }
                pending = ""
            }
        }
        return (paragraphs, footnotes)
    }

    /// The text of one side, footnote marks removed (and listed), escapes kept.
    func resolve(_ text: String, old: Bool) -> (text: String, notes: [String]) {
        var out = ""
        var notes: [String] = []
        var rest = Substring(text)
        func keep(_ part: Substring) {
            var part = part
            while let open = part.range(of: "[^"), let close = part[open.upperBound...].firstIndex(of: "]") {
                out += part[..<open.lowerBound]
                notes.append(String(part[open.upperBound..<close]))
                part = part[part.index(after: close)...]
            }
            out += part
        }
        while let open = rest.firstIndex(of: "{") {
            if open > rest.startIndex, rest[rest.index(before: open)] == "\\" {
                keep(rest[...open])
                rest = rest[rest.index(after: open)...]
                continue
            }
            let tag = String(rest[open...].prefix(3))
            guard let closer = ["{++": "++}", "{--": "--}", "{~~": "~~}", "{>>": "<<}"][tag],
                  let end = rest.range(of: closer, range: rest.index(open, offsetBy: 3)..<rest.endIndex) else {
                keep(rest[...open])
                rest = rest[rest.index(after: open)...]
                continue
            }
            keep(rest[..<open])
            let inner = rest[rest.index(open, offsetBy: 3)..<end.lowerBound]
            switch tag {
            case "{++": if !old { keep(inner) }
            case "{--": if old { keep(inner) }
            case "{~~":
                let parts = inner.components(separatedBy: "~>")
                keep(Substring(old ? parts[0] : parts.dropFirst().joined(separator: "~>")))
            default: break
            }
            rest = rest[end.upperBound...]
        }
        keep(rest)
        return (out, notes)
    }
}

extension String {
    func trimmingPrefix(_ prefix: String) -> String { hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self }
}
