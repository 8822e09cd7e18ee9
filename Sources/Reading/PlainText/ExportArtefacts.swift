import DraftModel
import DraftStructure

/// One line of Word's text export with its artefacts taken out: `[bookmark: …]` removed,
/// `[footnoteRef:N]/` turned into an anchor, and the inline footnote text `[N: …]` set aside.
struct CleanedLine: Sendable {
    /// The line's text without artefacts.
    var text: String
    /// Footnote reference marks, offsets in Unicode scalars into `text`.
    var anchors: [FootnoteAnchor]
    /// Inline footnote texts found on the line, by footnote id.
    var definitions: [(id: String, text: String)]

    /// Cleans one line of the export.
    init(_ line: Substring) {
        // Most lines carry no artefact at all.
        if !line.containsASCII(UInt8(ascii: "[")) {
            self.text = String(line)
            self.anchors = []
            self.definitions = []
            return
        }
        var output = String.UnicodeScalarView()
        var anchors: [FootnoteAnchor] = []
        var definitions: [(id: String, text: String)] = []
        var count = 0
        let scalars = Array(line.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "[", let artefact = CleanedLine.artefact(in: scalars, at: index) {
                switch artefact.kind {
                case .bookmark:
                    break
                case .reference(let id):
                    anchors.append(FootnoteAnchor(footnoteID: id, offset: count))
                case .definition(let id, let body):
                    // The export writes each footnote's text as " [N: text] " at the end of its paragraph.
                    if output.last == " " { output.removeLast(); count -= 1 }
                    definitions.append((id, body))
                }
                index = artefact.end
                if case .definition = artefact.kind, index < scalars.count, scalars[index] == " " { index += 1 }
                continue
            }
            output.append(scalar)
            count += 1
            index += 1
        }
        self.text = String(output)
        self.anchors = anchors.map { FootnoteAnchor(footnoteID: $0.footnoteID, offset: min($0.offset, count)) }
        self.definitions = definitions
    }

    private enum ArtefactKind {
        case bookmark
        case reference(String)
        case definition(String, String)
    }

    /// The artefact starting at `start` (a "["), and the index just past it.
    private static func artefact(in scalars: [Unicode.Scalar], at start: Int) -> (kind: ArtefactKind, end: Int)? {
        if has(prefix: "[bookmark:", in: scalars, at: start) {
            guard let close = scalars[start...].firstIndex(of: "]") else { return nil }
            return (.bookmark, close + 1)
        }
        if has(prefix: "[footnoteRef:", in: scalars, at: start) || has(prefix: "[endnoteRef:", in: scalars, at: start) {
            var index = scalars[start...].firstIndex(of: ":")! + 1
            let digitsStart = index
            while index < scalars.count, scalars[index].properties.numericType != nil { index += 1 }
            guard index > digitsStart, index < scalars.count, scalars[index] == "]" else { return nil }
            let id = String(String.UnicodeScalarView(scalars[digitsStart..<index]))
            index += 1
            if index < scalars.count, scalars[index] == "/" { index += 1 }
            return (.reference(id), index)
        }
        // "[N: text]", with brackets inside the text balanced.
        var index = start + 1
        while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
        guard index > start + 1, index < scalars.count, scalars[index] == ":" else { return nil }
        let id = String(String.UnicodeScalarView(scalars[(start + 1)..<index]))
        var depth = 1
        var cursor = index + 1
        while cursor < scalars.count {
            if scalars[cursor] == "[" { depth += 1 }
            if scalars[cursor] == "]" { depth -= 1; if depth == 0 { break } }
            cursor += 1
        }
        guard cursor < scalars.count else { return nil }
        return (.definition(id, footnoteBody(scalars[(index + 1)..<cursor])), cursor + 1)
    }

    /// The footnote's text without the export's leading " .\t" (the mark's own punctuation).
    private static func footnoteBody(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var body = scalars.drop { $0 == " " }
        if body.first == ".", let next = body.dropFirst().first, next == "\t" || next == " " {
            body = body.dropFirst().drop { $0 == "\t" || $0 == " " }
        }
        return String(String.UnicodeScalarView(body))
    }

    private static func has(prefix: String, in scalars: [Unicode.Scalar], at start: Int) -> Bool {
        var index = start
        for scalar in prefix.unicodeScalars {
            guard index < scalars.count, scalars[index] == scalar else { return false }
            index += 1
        }
        return true
    }
}
