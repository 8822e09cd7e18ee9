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
    /// Its words and numbers, as repeated as they occur, by their rank in the corpus (`UnitCorpus.rarity`):
    /// sorted, so the rarest come first.
    var content: [Int32]
    /// The sum of the rarity weights of `content`, in its order.
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
    /// The rarity weight of each word, by rank: words are ranked from the rarest (held by the fewest
    /// units of both drafts) to the most common, ties in the order of their ids; a unit's `content`
    /// holds ranks. Sorted contents then start with their heaviest words, and a comparison that cannot
    /// reach a threshold is given up early (`Similarity.sharedWeight(_:_:_:reaching:)`).
    var rarity: [Double]
    /// The line break that joins the texts of split and merged paragraphs in their edit scripts.
    var lineBreak: TokenizedText

    init(old: Draft, new: Draft, ignoreCase: Bool) {
        // Each draft's units, and its distinct texts, on a thread of its own.
        var ((oldUnits, oldTexts), (newUnits, newTexts)) = sideBySide(
            { Self.units(of: old) }, { Self.units(of: new) })
        // A revision repeats most paragraphs of the draft before it: each distinct text is tokenized
        // once. The distinct texts, in reading order (old, then new), are cut in two halves tokenized
        // on two threads into two vocabularies; the second is then absorbed into the first, which
        // numbers ids as one sequential pass over every unit would.
        let distinct = DistinctTexts(consume oldTexts, then: consume newTexts)
        let cut = distinct.halfway
        var (first, second) = sideBySide(
            { Self.tokenized(distinct.texts[..<cut], vocabulary: TokenVocabulary(ignoreCase: ignoreCase)) },
            { Self.tokenized(distinct.texts[cut...], vocabulary: TokenVocabulary(ignoreCase: ignoreCase)) })
        var vocabulary = first.vocabulary
        let mapping = vocabulary.absorb(second.vocabulary)
        let absorbed = vocabulary
        // Each half's texts are moved out, so that the second's ids are renumbered in place.
        var ((firstTexts, firstTrimmed), (secondTexts, secondTrimmed)) = sideBySide(
            { Self.finished(Self.taken(&first.texts), vocabulary: absorbed, mapping: nil) },
            { Self.finished(Self.taken(&second.texts), vocabulary: absorbed, mapping: mapping) })
        // Keys are numbered in the order of the texts, as one pass over both halves would number them.
        let keys = UnitKeys.numbered(firstTrimmed, then: secondTrimmed)
        /// Distinct text `index`, read in place from the half that holds it.
        func text<T>(_ index: Int, _ field: (borrowing (text: TokenizedText, content: [Int32])) -> T) -> T {
            index < cut ? field(firstTexts[index]) : field(secondTexts[index - cut])
        }
        lineBreak = vocabulary.tokenize("\n")
        self.vocabulary = vocabulary
        // How many units hold each word: each distinct text counted as often as units hold it.
        var holders = [Int32](repeating: 0, count: distinct.texts.count)
        for position in distinct.index { holders[position] += 1 }
        let frequencyOfID = Self.documentFrequency(
            firstTexts, secondTexts, holders: holders, words: vocabulary.count)
        let rank = Self.ranks(frequencyOfID)
        var frequency = [Int32](repeating: 0, count: rank.count)
        for id in rank.indices { frequency[Int(rank[id])] = frequencyOfID[id] }
        let rarity = Self.rarity(frequency, units: oldUnits.count + newUnits.count)
        self.rarity = rarity
        oldTables = Self.tables(of: old)
        newTables = Self.tables(of: new)
        /// Each text's content as sorted ranks, and its weight.
        func ranked(_ texts: inout [(text: TokenizedText, content: [Int32])]) -> [Double] {
            rank.withUnsafeBufferPointer { rank in
                rarity.withUnsafeBufferPointer { rarity in
                    texts.withUnsafeMutableBufferPointer { texts in
                        texts.indices.map { index in
                            texts[index].content.withUnsafeMutableBufferPointer { content in
                                for position in content.indices { content[position] = rank[Int(content[position])] }
                                content.sort()
                                return content.reduce(0.0) { $0 + rarity[Int($1)] }
                            }
                        }
                    }
                }
            }
        }
        let (firstWeights, secondWeights) = sideBySide({ ranked(&firstTexts) }, { ranked(&secondTexts) })
        let weights = firstWeights + secondWeights
        // Each draft's units take their texts, keys and weights on a thread of their own, in place.
        let oldCount = oldUnits.count
        func fill(_ units: UnsafeMutableBufferPointer<AlignmentUnit>, from start: Int) {
            for index in units.indices {
                let position = distinct.index[start + index]
                text(position) { (units[index].text, units[index].content) = ($0.text, $0.content) }
                (units[index].key, units[index].weight) = (keys[position], weights[position])
            }
        }
        oldUnits.withUnsafeMutableBufferPointer { oldUnits in
            newUnits.withUnsafeMutableBufferPointer { newUnits in
                _ = sideBySide({ fill(oldUnits, from: 0) }, { fill(newUnits, from: oldCount) })
            }
        }
        // Moved in last: while a local array shares its storage, each write above would copy it whole.
        self.old = oldUnits
        self.new = newUnits
    }

    /// How many units hold each word (by id), from the two halves of the distinct texts (counted on two
    /// threads, then added) and how many units hold each text.
    private static func documentFrequency(
        _ first: [(text: TokenizedText, content: [Int32])], _ second: [(text: TokenizedText, content: [Int32])],
        holders: [Int32], words: Int
    ) -> [Int32] {
        func frequency(of texts: [(text: TokenizedText, content: [Int32])], from start: Int) -> [Int32] {
            var frequency = [Int32](repeating: 0, count: words)
            // The text that last counted each word: a word repeated in a text is counted once.
            var countedBy = [Int32](repeating: -1, count: words)
            for index in texts.indices {
                let times = holders[start + index]
                for id in texts[index].content where countedBy[Int(id)] != Int32(index) {
                    countedBy[Int(id)] = Int32(index)
                    frequency[Int(id)] += times
                }
            }
            return frequency
        }
        var (frequency, secondFrequency) = sideBySide(
            { frequency(of: first, from: 0) }, { frequency(of: second, from: first.count) })
        for id in frequency.indices { frequency[id] += secondFrequency[id] }
        secondFrequency = []
        return frequency
    }

    /// The rank of each word id: ids by how many units hold them, fewest first (ties by id), and the
    /// ids no unit holds (punctuation, space) last. A counting sort: the frequencies are small numbers.
    private static func ranks(_ frequency: [Int32]) -> [Int32] {
        let highest = Int(frequency.max() ?? 0)
        // Bucket n holds the words n units hold; the last bucket those none holds.
        func bucket(_ count: Int32) -> Int { count > 0 ? Int(count) : highest + 1 }
        var next = [Int](repeating: 0, count: highest + 2)
        for count in frequency { next[bucket(count)] += 1 }
        var start = 0
        for index in next.indices {
            let size = next[index]
            next[index] = start
            start += size
        }
        var rank = [Int32](repeating: 0, count: frequency.count)
        for id in frequency.indices {
            let index = bucket(frequency[id])
            rank[id] = Int32(next[index])
            next[index] += 1
        }
        return rank
    }

    /// The rarity weight of each word, from how many of the `units` hold it.
    private static func rarity(_ frequency: [Int32], units: Int) -> [Double] {
        let total = Double(units + 1)
        // Squared so that words every paragraph shares (the formulas) weigh far less than real content.
        // Worked out once per frequency: most words share a handful of them.
        var rarityOfFrequency = [Double](repeating: -1, count: (frequency.max().map(Int.init) ?? 0) + 1)
        return frequency.map { count -> Double in
            if count == 0 { return 0 }
            if rarityOfFrequency[Int(count)] < 0 { rarityOfFrequency[Int(count)] = pow(log(total / Double(count)) + 0.1, 2) }
            return rarityOfFrequency[Int(count)]
        }
    }

    /// The tables of both drafts by block index, for row-level comparison.
    var oldTables: [Int: Table] = [:]
    var newTables: [Int: Table] = [:]

    func table(old path: BlockPath) -> Table? { path.subparagraph == nil ? oldTables[path.index] : nil }
    func table(new path: BlockPath) -> Table? { path.subparagraph == nil ? newTables[path.index] : nil }

    /// The units of one draft, and the distinct texts they are compared by; their tokens come later.
    private static func units(of draft: Draft) -> (units: [AlignmentUnit], texts: DistinctTexts) {
        var units: [AlignmentUnit] = [], texts = DistinctTexts()
        units.reserveCapacity(draft.blocks.count * 2)
        texts.reserveCapacity(draft.blocks.count * 2)
        func add(_ block: borrowing Block, _ path: BlockPath, label: String?) {
            units.append(AlignmentUnit(
                path: path, role: UnitRole(block.kind), label: label, text: .empty,
                key: -1, content: [], footnoteIDs: block.footnoteAnchors.map(\.footnoteID)))
            texts.append(DistinctTexts.Key(Self.comparableText(block)))
        }
        // Blocks read in place: a copy of each would retain every one of its texts and lists.
        for index in draft.blocks.indices {
            add(draft.blocks[index], BlockPath(index: index), label: draft.blocks[index].label)
            for subIndex in draft.blocks[index].subparagraphs.indices {
                let label = "\(draft.blocks[index].label ?? "?").\(draft.blocks[index].subparagraphs[subIndex].label ?? String(subIndex + 1))"
                add(draft.blocks[index].subparagraphs[subIndex], BlockPath(index: index, subparagraph: subIndex), label: label)
            }
        }
        return (units, texts)
    }

    /// `texts` tokenized into `vocabulary`, in order.
    private static func tokenized(
        _ texts: ArraySlice<String>, vocabulary: TokenVocabulary
    ) -> (texts: [TokenizedText], vocabulary: TokenVocabulary) {
        var vocabulary = vocabulary
        return (texts.map { vocabulary.tokenize($0) }, vocabulary)
    }

    /// The texts of `texts`, which is left empty: the texts are then the caller's alone.
    private static func taken(_ texts: inout [TokenizedText]) -> [TokenizedText] {
        var taken: [TokenizedText] = []
        swap(&taken, &texts)
        return taken
    }

    /// Each text with its ids renumbered through `mapping` when given (in place: the texts are this
    /// call's own), and its content: the ids of its words and numbers, in order (ranked and sorted once
    /// the words' frequencies are known).
    private static func finished(
        _ texts: consuming [TokenizedText], vocabulary: TokenVocabulary, mapping: [Int32]?
    ) -> (texts: [(text: TokenizedText, content: [Int32])], trimmed: [UnitKeys.Trimmed]) {
        var texts = texts
        var trimmed: [UnitKeys.Trimmed] = []
        trimmed.reserveCapacity(texts.count)
        var finished: [(text: TokenizedText, content: [Int32])] = []
        finished.reserveCapacity(texts.count)
        vocabulary.kinds.withUnsafeBufferPointer { kinds in
            for index in texts.indices {
                if let mapping {
                    mapping.withUnsafeBufferPointer { mapping in
                        texts[index].ids.withUnsafeMutableBufferPointer { ids in
                            for position in ids.indices { ids[position] = mapping[Int(ids[position])] }
                        }
                    }
                }
                let content = texts[index].ids.withUnsafeBufferPointer { ids in
                    [Int32](unsafeUninitializedCapacity: ids.count) { content, count in
                        for id in ids where kinds[Int(id)].carriesContent {
                            content.initializeElement(at: count, to: id)
                            count += 1
                        }
                    }
                }
                trimmed.append(UnitKeys.Trimmed(texts[index]))
                finished.append((text: texts[index], content: content))
            }
        }
        return (finished, trimmed)
    }

    private static func tables(of draft: Draft) -> [Int: Table] {
        var tables: [Int: Table] = [:]
        // Blocks read in place: a copy of each would retain every one of its texts and lists.
        for index in draft.blocks.indices where draft.blocks[index].kind == .table { tables[index] = draft.blocks[index].table }
        return tables
    }

    /// The text compared for a block: its text, or a table's cells (tab between cells, line break between rows).
    static func comparableText(_ block: Block) -> String {
        guard let table = block.table, block.text.isEmpty else { return block.text }
        return table.rows.map { $0.joined(separator: "\t") }.joined(separator: "\n")
    }
}

/// The distinct texts of a list, byte for byte (not under Unicode equivalence, as `String ==` is:
/// two spellings of one word must keep their own bytes), in the order they first come.
struct DistinctTexts {
    /// Each distinct text once.
    private(set) var texts: [String] = []
    /// For each text of the list, the index of its distinct text.
    private(set) var index: [Int] = []
    /// Where the distinct texts are cut in two halves of about the same size.
    private(set) var halfway = 0
    /// The index of each distinct text, and its hash, while the list is built.
    private var first: [Key: Int] = [:]
    private var hashes: [UInt64] = []

    /// A text with its hash over its bytes.
    struct Key: Hashable {
        let text: String
        let hash: UInt64

        init(_ text: String) {
            var text = text
            text.makeContiguousUTF8()
            self.text = text
            hash = text.utf8.withContiguousStorageIfAvailable { Self.hash(UnsafeRawBufferPointer($0)) } ?? 0
        }

        fileprivate init(text: String, hash: UInt64) {
            self.text = text
            self.hash = hash
        }

        func hash(into hasher: inout Hasher) { hasher.combine(hash) }

        static func == (a: Key, b: Key) -> Bool {
            guard a.hash == b.hash, a.text.utf8.count == b.text.utf8.count else { return false }
            return a.text.utf8.withContiguousStorageIfAvailable { a in
                b.text.utf8.withContiguousStorageIfAvailable { b in a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 }
            } == true
        }

        /// Eight bytes at a time; the tail byte by byte.
        private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
            var hash: UInt64 = 0x9e37_79b9_7f4a_7c15 ^ UInt64(bytes.count)
            var offset = 0
            while offset + 8 <= bytes.count {
                hash = (hash ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xbf58_476d_1ce4_e5b9
                hash ^= hash >> 31
                offset += 8
            }
            while offset < bytes.count {
                hash = (hash ^ UInt64(bytes[offset])) &* 0x100_0000_01b3
                offset += 1
            }
            return hash
        }
    }

    init() {}

    mutating func reserveCapacity(_ count: Int) {
        first.reserveCapacity(count)
        index.reserveCapacity(count)
    }

    /// Adds a text at the end of the list.
    mutating func append(_ key: Key) {
        index.append(add(key))
    }

    /// The distinct texts of `head`'s list followed by `tail`'s, each found on its own first (on a
    /// thread of its own): the same texts in the same order as those of the two lists joined.
    init(_ head: consuming DistinctTexts, then tail: consuming DistinctTexts) {
        self = head
        // The tail's texts are looked up in the head's in two halves on two threads; those not found
        // are then added in order.
        let tailKeys = tail.texts.indices.map { Key(text: tail.texts[$0], hash: tail.hashes[$0]) }
        let found = Self.lookUp(tailKeys, in: first)
        let tailIndex = tailKeys.indices.map { found[$0] ?? add(tailKeys[$0]) }
        index.append(contentsOf: tail.index.lazy.map { tailIndex[$0] })
        first = [:]
        hashes = []
        var bytes = 0
        for text in texts { bytes += text.utf8.count }
        var half = 0
        while halfway < texts.count, half * 2 < bytes {
            half += texts[halfway].utf8.count
            halfway += 1
        }
    }

    /// The index of each key in `known`, in two halves on two threads (`known` is only read).
    private static func lookUp(_ keys: [Key], in known: [Key: Int]) -> [Int?] {
        let middle = keys.count / 2
        let (before, after) = sideBySide({ keys[..<middle].map { known[$0] } }, { keys[middle...].map { known[$0] } })
        return before + after
    }

    /// The index of `key`'s text, added when new.
    private mutating func add(_ key: Key) -> Int {
        if let known = first[key] { return known }
        first[key] = texts.count
        texts.append(key.text)
        hashes.append(key.hash)
        return texts.count - 1
    }
}

/// Numbers the distinct texts (token ids without leading and trailing white space) in the order they come.
struct UnitKeys {
    /// A text's ids without leading and trailing white space, with their hash.
    struct Trimmed: Hashable {
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
        static func == (a: Trimmed, b: Trimmed) -> Bool {
            guard a.hash == b.hash, a.ids.count == b.ids.count else { return false }
            return a.ids.withUnsafeBytes { a in b.ids.withUnsafeBytes { b in a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 } }
        }
    }

    private var keys: [Trimmed: Int] = [:]

    /// The key of a text: the number of its first equal text.
    mutating func key(_ trimmed: Trimmed) -> Int {
        if let key = keys[trimmed] { return key }
        keys[trimmed] = keys.count
        return keys.count - 1
    }

    /// The keys of `head` followed by `tail`, as one pass over both would number them; each list is
    /// numbered on a thread of its own first, then the distinct texts of `tail` are renumbered.
    static func numbered(_ head: [Trimmed], then tail: [Trimmed]) -> [Int] {
        func numbered(_ list: [Trimmed]) -> (keys: [Int], numbering: UnitKeys, distinct: [Trimmed]) {
            var numbering = UnitKeys()
            numbering.keys.reserveCapacity(list.count)
            var distinct: [Trimmed] = []
            let keys = list.map { trimmed in
                let key = numbering.key(trimmed)
                if key == distinct.count { distinct.append(trimmed) }
                return key
            }
            return (keys, numbering, distinct)
        }
        var ((headKeys, numbering, _), (tailKeys, _, tailDistinct)) = sideBySide({ numbered(head) }, { numbered(tail) })
        let renumbered = tailDistinct.map { numbering.key($0) }
        headKeys.append(contentsOf: tailKeys.lazy.map { renumbered[$0] })
        return headKeys
    }
}

import Foundation
