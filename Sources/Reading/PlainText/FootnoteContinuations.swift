import DraftModel
import DraftStructure

/// The footnote list Word's text export prints at the end ("NOTES DE BAS DE PAGE"), where the
/// parts of footnotes cut at "…" in the text continue, numbered as printed.
struct FootnoteContinuations: Sendable {
    /// Continuation texts by printed note number; paragraphs of one note joined by "\n".
    var notes: [Int: (text: String, location: SourceLines)] = [:]

    /// Reads the lines after the notes heading.
    init(lines: ArraySlice<SourceLine>) {
        var current: Int?
        for line in lines where !line.isBlank {
            let trimmed = line.text.drop { Characters.isHorizontalSpace($0.unicodeScalars.first!) }
            if let label = TypedLabel.parse(trimmed), label.style == .arabic, let number = Int(label.label) {
                let text = String(trimmed.unicodeScalars.dropFirst(label.length))
                notes[number] = (text, SourceLines(line: line.number))
                current = number
            } else if let number = current, let note = notes[number] {
                notes[number] = (note.text + "\n" + String(trimmed), note.location.union(SourceLines(line: line.number)))
            }
        }
    }

    /// The footnotes with every text cut at "…" joined to its continuation: note k continues
    /// the k-th footnote; failing that, the footnote whose id is k. Matches by order are made first,
    /// then by id, each in note order, so that the result never depends on hashing.
    func completing(_ footnotes: [Footnote]) -> [Footnote] {
        var result = footnotes
        let continued = notes.keys.sorted().filter { notes[$0]!.text.hasPrefix("…") || notes[$0]!.text.hasPrefix("...") }
        var used = Set<Int>()
        for byOrder in [true, false] {
            for number in continued where !used.contains(number) {
                let match = result.firstIndex { $0.isCut && (byOrder ? $0.number == number : $0.id == String(number)) }
                guard let index = match, let note = notes[number] else { continue }
                result[index].text = FootnoteContinuations.join(result[index].text, note.text)
                result[index].location = result[index].location.union(note.location)
                used.insert(number)
            }
        }
        return result
    }

    /// "… CIFTA,…" + "…virtuelle, le 17" → "… CIFTA, virtuelle, le 17".
    static func join(_ head: String, _ tail: String) -> String {
        var first = Substring(head)
        while let last = first.last, last.isWhitespace || last == "…" || last == "." && first.hasSuffix("...") { first = first.dropLast() }
        var second = Substring(tail)
        if second.hasPrefix("...") { second = second.dropFirst(3) }
        while let character = second.first, character.isWhitespace || character == "…" { second = second.dropFirst() }
        return first + " " + second
    }
}

extension Footnote {
    /// Whether the text stops at "…", the mark of a footnote continued in the notes list.
    var isCut: Bool {
        let trimmed = text.trimmingSuffix { $0.isWhitespace }
        return trimmed.hasSuffix("…") || trimmed.hasSuffix("...")
    }
}
