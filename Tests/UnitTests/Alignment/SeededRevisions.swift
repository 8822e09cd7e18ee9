import DraftDiff

/// Revisions of a draft with random edits of every kind the aligner knows, from a seed: word edits,
/// typographic variants (’ and ', NBSP), deleted, new, moved, split and merged paragraphs, renumbering.
enum SeededRevisions {
    static let newWords = "hydrologique glaciaire tsunami sargasses ouragans mangroves estuaire télédétection balises lagunes".split(separator: " ").map(String.init)

    static func revise(_ draft: Draft, seed: UInt64) -> Draft {
        var rng = SeededGenerator(seed: seed)
        var draft = draft
        for _ in 0..<(8 + Int(rng.next() % 16)) {
            let paragraphs = draft.blocks.indices.filter { draft.blocks[$0].kind == .paragraph }
            guard paragraphs.count > 4 else { break }
            let index = paragraphs[rng.below(paragraphs.count)]
            switch rng.next() % 8 {
            case 0, 1: draft.blocks[index].text = editWords(draft.blocks[index].text, &rng)
            case 2: draft.blocks[index].text = typographic(draft.blocks[index].text)
            case 3: draft.blocks.remove(at: index)
            case 4:
                let words = (0..<12).map { _ in newWords[rng.below(newWords.count)] }
                draft.blocks.insert(Block(kind: .paragraph, label: "0", text: "De " + words.joined(separator: " ") + ".", level: 2), at: index)
            case 5:
                let moved = draft.blocks.remove(at: index)
                let target = paragraphs[rng.below(paragraphs.count - 1)]
                draft.blocks.insert(moved, at: min(target, draft.blocks.count))
            case 6: split(&draft, at: index)
            default:
                if let next = paragraphs.first(where: { $0 > index }), next == index + 1, draft.blocks[next].subparagraphs.isEmpty,
                   draft.blocks[index].subparagraphs.isEmpty {
                    draft.blocks[index].text += " " + draft.blocks[next].text
                    draft.blocks.remove(at: next)
                }
            }
        }
        draft.renumberParagraphs()
        draft.source.path = "revision-\(seed)"
        return draft
    }

    private static func editWords(_ text: String, _ rng: inout SeededGenerator) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard words.count > 3 else { return text + " " + newWords[0] }
        for _ in 0..<(1 + Int(rng.next() % 4)) {
            let position = 1 + rng.below(words.count - 1)
            switch rng.next() % 3 {
            case 0: words[position] = newWords[rng.below(newWords.count)]
            case 1: words.insert(newWords[rng.below(newWords.count)], at: position)
            default: if words.count > 4 { words.remove(at: position) }
            }
        }
        return words.joined(separator: " ")
    }

    private static func typographic(_ text: String) -> String {
        text.contains("’") ? text.replacingOccurrences(of: "’", with: "'") : text.replacingOccurrences(of: " de ", with: " de\u{00A0}")
    }

    private static func split(_ draft: inout Draft, at index: Int) {
        let text = draft.blocks[index].text
        guard draft.blocks[index].subparagraphs.isEmpty, let comma = text.firstIndex(of: ","),
              text.distance(from: text.startIndex, to: comma) > 20 else { return }
        draft.blocks[index].text = String(text[..<comma]) + "."
        let rest = text[text.index(after: comma)...].drop { $0 == " " }
        draft.blocks.insert(Block(kind: .paragraph, label: "0", text: "De " + rest, level: 2), at: index + 1)
    }
}
