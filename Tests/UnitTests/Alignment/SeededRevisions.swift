import DraftDiff

/// A small deterministic generator (SplitMix64): the same seed gives the same revisions on every machine.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

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
            let index = paragraphs[Int(rng.next() % UInt64(paragraphs.count))]
            switch rng.next() % 8 {
            case 0, 1: draft.blocks[index].text = editWords(draft.blocks[index].text, &rng)
            case 2: draft.blocks[index].text = typographic(draft.blocks[index].text)
            case 3: draft.blocks.remove(at: index)
            case 4:
                let words = (0..<12).map { _ in newWords[Int(rng.next() % UInt64(newWords.count))] }
                draft.blocks.insert(Block(kind: .paragraph, label: "0", text: "De " + words.joined(separator: " ") + ".", level: 2), at: index)
            case 5:
                let moved = draft.blocks.remove(at: index)
                let target = paragraphs[Int(rng.next() % UInt64(paragraphs.count - 1))]
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
        var number = 0
        for index in draft.blocks.indices where draft.blocks[index].kind == .paragraph {
            number += 1
            draft.blocks[index].label = String(number)
        }
        draft.source.path = "revision-\(seed)"
        return draft
    }

    private static func editWords(_ text: String, _ rng: inout SeededGenerator) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard words.count > 3 else { return text + " " + newWords[0] }
        for _ in 0..<(1 + Int(rng.next() % 4)) {
            let position = 1 + Int(rng.next() % UInt64(words.count - 1))
            switch rng.next() % 3 {
            case 0: words[position] = newWords[Int(rng.next() % UInt64(newWords.count))]
            case 1: words.insert(newWords[Int(rng.next() % UInt64(newWords.count))], at: position)
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
