import DraftModel

/// Numbers operative paragraphs 1…N in document order, letters sub-paragraphs a, b, c… within each
/// paragraph, and gives footnotes ids and numbers 1…K in order of their reference marks.
enum Renumbering {
    /// Renumbers `blocks` in place and returns the footnotes they reference, with their new ids.
    /// Footnote ids must be unique across the sources before this (see `Consolidator`).
    static func apply(blocks: inout [Block], footnotes: [(id: String, footnote: Footnote)]) -> [Footnote] {
        var number = 0
        for index in blocks.indices where blocks[index].kind == .paragraph && blocks[index].label != nil {
            number += 1
            blocks[index].label = String(number)
            blocks[index].printedLabel = nil
            for sub in blocks[index].subparagraphs.indices {
                guard let label = blocks[index].subparagraphs[sub].label, label.count == 1 else { continue }
                blocks[index].subparagraphs[sub].label = letter(sub)
                blocks[index].subparagraphs[sub].printedLabel = nil
            }
        }
        // Footnotes: new ids in order of reference.
        let byOldID = Dictionary(footnotes.map { ($0.id, $0.footnote) }, uniquingKeysWith: { first, _ in first })
        var newIDs: [String: String] = [:]
        var result: [Footnote] = []
        func renumber(_ block: inout Block) {
            block.footnoteAnchors = block.footnoteAnchors.map { anchor in
                if let id = newIDs[anchor.footnoteID] { return FootnoteAnchor(footnoteID: id, offset: anchor.offset) }
                let id = String(result.count + 1)
                newIDs[anchor.footnoteID] = id
                var footnote = byOldID[anchor.footnoteID] ?? Footnote(id: id, number: 0, text: "")
                footnote.id = id
                footnote.number = result.count + 1
                result.append(footnote)
                return FootnoteAnchor(footnoteID: id, offset: anchor.offset)
            }
        }
        for index in blocks.indices {
            renumber(&blocks[index])
            for sub in blocks[index].subparagraphs.indices { renumber(&blocks[index].subparagraphs[sub]) }
        }
        return result
    }

    /// "a" … "z", then "aa", "bb" … as Word letters lists.
    static func letter(_ index: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        return String(repeating: String(letters[index % 26]), count: index / 26 + 1)
    }
}
