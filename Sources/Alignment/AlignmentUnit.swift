import DraftModel
import WordDiff

/// One comparable unit of a draft: a heading, a title line, a preambular or operative paragraph,
/// a sub-paragraph or a table, with its tokens and its comparison key.
struct AlignmentUnit: Sendable {
    /// Where the block stands.
    var path: BlockPath
    /// What may be paired with what.
    var role: UnitRole
    /// The label a reader sees, with the parent's label for a sub-paragraph ("25.a").
    var label: String?
    /// The block's text, tokenized in the shared vocabulary.
    var text: TokenizedText
    /// Equal keys mean equal texts after comparison normalisation (labels are not part of the text).
    var key: Int
    /// The ids of its words and numbers, sorted, repeated as often as they occur.
    var content: [Int32]
    /// The sum of the rarity weights of `content`.
    var weight: Double = 0
    /// The ids of the footnotes it annotates, in order.
    var footnoteIDs: [String]
}

/// Which units may be paired: a heading only with a heading, a paragraph with a paragraph or sub-paragraph…
enum UnitRole: Sendable, Hashable {
    case title, marker, heading, text, table

    init(_ kind: BlockKind) {
        switch kind {
        case .title: self = .title
        case .operativeMarker: self = .marker
        case .heading: self = .heading
        case .preamble, .paragraph: self = .text
        case .table: self = .table
        }
    }
}

/// The units of two drafts in a shared vocabulary, with word rarity weights over both documents.
struct UnitCorpus: Sendable {
    var old: [AlignmentUnit]
    var new: [AlignmentUnit]
    var vocabulary: TokenVocabulary
    /// Inverse document frequency of each token id, over the units of both drafts.
    var rarity: [Double]
    /// How many units of both drafts hold each token id.
    var documentFrequency: [Int32]
    /// The line break that joins the texts of split and merged paragraphs in their edit scripts.
    var lineBreak: TokenizedText

    init(old: Draft, new: Draft, ignoreCase: Bool) {
        var vocabulary = TokenVocabulary(ignoreCase: ignoreCase)
        var keys: [[Int32]: Int] = [:]
        self.old = Self.units(of: old, vocabulary: &vocabulary, keys: &keys)
        self.new = Self.units(of: new, vocabulary: &vocabulary, keys: &keys)
        lineBreak = vocabulary.tokenize("\n")
        self.vocabulary = vocabulary
        var frequency = [Int32](repeating: 0, count: vocabulary.count)
        for unit in self.old + self.new {
            var previous: Int32 = -1
            for id in unit.content where id != previous { frequency[Int(id)] += 1; previous = id }
        }
        let total = Double(self.old.count + self.new.count + 1)
        // Squared so that words every paragraph shares (the formulas) weigh far less than real content.
        rarity = frequency.map { $0 == 0 ? 0 : pow(log(total / Double($0)) + 0.1, 2) }
        documentFrequency = frequency
        oldTables = Self.tables(of: old)
        newTables = Self.tables(of: new)
        for index in self.old.indices { self.old[index].weight = weight(of: self.old[index].content) }
        for index in self.new.indices { self.new[index].weight = weight(of: self.new[index].content) }
    }

    /// The tables of both drafts by block index, for row-level comparison.
    var oldTables: [Int: Table] = [:]
    var newTables: [Int: Table] = [:]

    func table(old path: BlockPath) -> Table? { path.subparagraph == nil ? oldTables[path.index] : nil }
    func table(new path: BlockPath) -> Table? { path.subparagraph == nil ? newTables[path.index] : nil }

    func weight(of content: [Int32]) -> Double {
        content.reduce(0) { $0 + rarity[Int($1)] }
    }

    static func units(of draft: Draft, vocabulary: inout TokenVocabulary, keys: inout [[Int32]: Int]) -> [AlignmentUnit] {
        var units: [AlignmentUnit] = []
        units.reserveCapacity(draft.blocks.count * 2)
        for (path, block) in draft.flattened {
            let text = vocabulary.tokenize(Self.comparableText(block))
            let trimmed = Self.trimmedIDs(text)
            let key = keys[trimmed] ?? keys.count
            keys[trimmed] = key
            units.append(AlignmentUnit(
                path: path, role: UnitRole(block.kind), label: draft.displayLabel(at: path), text: text, key: key,
                content: text.ids.filter { vocabulary.isContent($0) }.sorted(),
                footnoteIDs: block.footnoteAnchors.map(\.footnoteID)))
        }
        return units
    }

    private static func tables(of draft: Draft) -> [Int: Table] {
        var tables: [Int: Table] = [:]
        for (index, block) in draft.blocks.enumerated() where block.kind == .table { tables[index] = block.table }
        return tables
    }

    /// The text compared for a block: its text, or a table's cells (tab between cells, line break between rows).
    static func comparableText(_ block: Block) -> String {
        guard let table = block.table, block.text.isEmpty else { return block.text }
        return table.rows.map { $0.joined(separator: "\t") }.joined(separator: "\n")
    }

    /// The token ids without leading and trailing white space.
    private static func trimmedIDs(_ text: TokenizedText) -> [Int32] {
        var start = 0, end = text.tokens.count
        while start < end, text.tokens[start].kind == .space { start += 1 }
        while end > start, text.tokens[end - 1].kind == .space { end -= 1 }
        return Array(text.ids[start..<end])
    }
}

import Foundation
