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
        // Each draft is tokenized on its own thread into its own vocabulary; the new draft's
        // vocabulary is then absorbed into the old one, which numbers ids as one sequential pass would.
        let (oldSide, newSide) = sideBySide(
            { Self.tokenizedUnits(of: old, vocabulary: TokenVocabulary(ignoreCase: ignoreCase)) },
            { Self.tokenizedUnits(of: new, vocabulary: TokenVocabulary(ignoreCase: ignoreCase)) })
        var vocabulary = oldSide.vocabulary
        let mapping = vocabulary.absorb(newSide.vocabulary)
        var oldUnits = oldSide.units, newUnits = newSide.units
        let absorbed = vocabulary
        sideBySide(
            { Self.finish(&oldUnits, vocabulary: absorbed, mapping: nil) },
            { Self.finish(&newUnits, vocabulary: absorbed, mapping: mapping) })
        var keys = UnitKeys()
        for index in oldUnits.indices { oldUnits[index].key = keys.key(oldUnits[index].text) }
        for index in newUnits.indices { newUnits[index].key = keys.key(newUnits[index].text) }
        self.old = oldUnits
        self.new = newUnits
        lineBreak = vocabulary.tokenize("\n")
        self.vocabulary = vocabulary
        var frequency = [Int32](repeating: 0, count: vocabulary.count)
        for units in [oldUnits, newUnits] {
            for unit in units {
                var previous: Int32 = -1
                for id in unit.content where id != previous { frequency[Int(id)] += 1; previous = id }
            }
        }
        let total = Double(oldUnits.count + newUnits.count + 1)
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

    /// The units of one draft, tokenized into `vocabulary`; their keys and contents come in `finish`.
    private static func tokenizedUnits(
        of draft: Draft, vocabulary: TokenVocabulary
    ) -> (units: [AlignmentUnit], vocabulary: TokenVocabulary) {
        var vocabulary = vocabulary
        var units: [AlignmentUnit] = []
        units.reserveCapacity(draft.blocks.count * 2)
        func add(_ block: Block, _ path: BlockPath, label: String?) {
            units.append(AlignmentUnit(
                path: path, role: UnitRole(block.kind), label: label, text: vocabulary.tokenize(Self.comparableText(block)),
                key: -1, content: [], footnoteIDs: block.footnoteAnchors.map(\.footnoteID)))
        }
        for index in draft.blocks.indices {
            let block = draft.blocks[index]
            add(block, BlockPath(index: index), label: block.label)
            for (subIndex, sub) in block.subparagraphs.enumerated() {
                add(sub, BlockPath(index: index, subparagraph: subIndex), label: "\(block.label ?? "?").\(sub.label ?? String(subIndex + 1))")
            }
        }
        return (units, vocabulary)
    }

    /// Renumbers the units' ids through `mapping` when given, and fills in their contents.
    private static func finish(_ units: inout [AlignmentUnit], vocabulary: TokenVocabulary, mapping: [Int32]?) {
        for index in units.indices {
            if let mapping { units[index].text = units[index].text.remapped(mapping) }
            units[index].content = units[index].text.ids.filter { vocabulary.isContent($0) }.sorted()
        }
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
}

/// Numbers the distinct texts (token ids without leading and trailing white space) in the order they come.
private struct UnitKeys {
    private struct Trimmed: Hashable {
        let ids: ArraySlice<Int32>
        let hash: UInt64

        init(_ text: TokenizedText) {
            var start = 0, end = text.tokens.count
            while start < end, text.tokens[start].kind == .space { start += 1 }
            while end > start, text.tokens[end - 1].kind == .space { end -= 1 }
            ids = text.ids[start..<end]
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for id in ids { hash = (hash ^ UInt64(UInt32(bitPattern: id))) &* 0x100_0000_01b3 }
            self.hash = hash
        }

        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
        static func == (a: Trimmed, b: Trimmed) -> Bool { a.hash == b.hash && a.ids.elementsEqual(b.ids) }
    }

    private var keys: [Trimmed: Int] = [:]

    /// The key of `text`: the number of its first equal text.
    mutating func key(_ text: TokenizedText) -> Int {
        let trimmed = Trimmed(text)
        if let key = keys[trimmed] { return key }
        keys[trimmed] = keys.count
        return keys.count - 1
    }
}

import Foundation
