import Foundation
import UTF8Text

/// Interns tokens as integer ids under comparison normalisation, so two tokens that read the same
/// (after NFC, with ’ ‘ ' alike, « » “ ” " alike, any white-space run as one space, and optionally
/// without case) get the same id.
///
/// Each distinct spelling is normalised once; every further occurrence is a hash lookup on its bytes.
///
/// ```swift
/// var vocabulary = TokenVocabulary()
/// let a = vocabulary.tokenize("l’OEA")
/// let b = vocabulary.tokenize("l'OEA")
/// // a.ids == b.ids
/// ```
public struct TokenVocabulary: Sendable {
    /// Whether case is ignored.
    public let ignoreCase: Bool
    private var spellings = SpellingTable()
    private var idsByKey: [String: Int32] = [:]
    /// The kind of each id's tokens.
    public private(set) var kinds: [TokenKind] = []
    /// The normalised text of each id.
    public private(set) var keys: [String] = []

    public init(ignoreCase: Bool = false) {
        self.ignoreCase = ignoreCase
    }

    /// How many distinct ids there are.
    public var count: Int { keys.count }

    /// Tokenizes `text` and interns its tokens.
    public mutating func tokenize(_ text: String) -> TokenizedText {
        var text = text
        // Tokens are ranges of the text's own UTF-8 bytes, read in place (`withUTF8` makes them contiguous).
        let (tokens, ids) = text.withUTF8 { tokensAndIDs(of: $0) }
        return TokenizedText(text: text, tokens: tokens, ids: ids)
    }

    /// The tokens of the UTF-8 text in `buffer`, and their ids.
    private mutating func tokensAndIDs(of buffer: UnsafeBufferPointer<UInt8>) -> ([Token], [Int32]) {
        let tokens = Tokenizer.tokenize(buffer)
        var missing = false
        // Known spellings first, all in one borrow of the table; the few new ones after, one at a time.
        var ids = spellings.withLookup { lookup in
            [Int32](unsafeUninitializedCapacity: tokens.count) { ids, count in
                for (index, token) in tokens.enumerated() {
                    let id = lookup.find(UnsafeBufferPointer(rebasing: buffer[token.range]))
                    ids.initializeElement(at: index, to: id ?? -1)
                    if id == nil { missing = true }
                }
                count = tokens.count
            }
        }
        if missing {
            for index in ids.indices where ids[index] < 0 {
                ids[index] = intern(UnsafeBufferPointer(rebasing: buffer[tokens[index].range]), tokens[index].kind)
            }
        }
        return (tokens, ids)
    }

    /// Adds the ids of `other` (another vocabulary with the same options, filled on another thread)
    /// and returns, for each id of `other`, its id here. Ids new to this vocabulary are numbered in
    /// `other`'s order, so absorbing B into A numbers ids as tokenizing A's texts, then B's, would.
    public mutating func absorb(_ other: TokenVocabulary) -> [Int32] {
        var mapping: [Int32] = []
        mapping.reserveCapacity(other.count)
        for (id, key) in other.keys.enumerated() {
            if let known = idsByKey[key] {
                mapping.append(known)
            } else {
                let fresh = Int32(keys.count)
                idsByKey[key] = fresh
                keys.append(key)
                kinds.append(other.kinds[id])
                mapping.append(fresh)
            }
        }
        other.spellings.forEach { spelling, id in
            if spellings.find(spelling) == nil { spellings.insert(spelling, id: mapping[Int(id)]) }
        }
        return mapping
    }

    /// Whether tokens of this id carry content (words and numbers), as opposed to punctuation and space.
    public func isContent(_ id: Int32) -> Bool {
        kinds[Int(id)].carriesContent
    }

    private mutating func intern(_ slice: UnsafeBufferPointer<UInt8>, _ kind: TokenKind) -> Int32 {
        if let id = spellings.find(slice) { return id }
        let key = kind != .space && slice.allSatisfy({ $0 < 0x80 })
            ? Self.asciiComparisonKey(slice, ignoreCase: ignoreCase)
            : Self.comparisonKey(String(repairingUTF8: slice), kind: kind, ignoreCase: ignoreCase)
        let id: Int32
        if let known = idsByKey[key] {
            id = known
        } else {
            id = Int32(keys.count)
            idsByKey[key] = id
            keys.append(key)
            kinds.append(kind)
        }
        spellings.insert(slice, id: id)
        return id
    }

    /// The comparison form of a short text (a heading, a name the user typed): each token folded as the
    /// compare engine folds it (NFC; ’ ‘ ' alike; « » “ ” " alike; optional case), runs of white space as one space,
    /// no space at either end.
    public static func comparisonForm(_ text: String, ignoreCase: Bool) -> String {
        let bytes = Array(text.utf8)
        var form = ""
        for token in Tokenizer.tokenize(bytes) {
            let raw = String(repairingUTF8: bytes[token.range])
            form += token.kind == .space ? " " : comparisonKey(raw, kind: token.kind, ignoreCase: ignoreCase)
        }
        return form.trimmingCharacters(in: .whitespaces)
    }

    /// The comparison form of one token's text.
    static func comparisonKey(_ raw: String, kind: TokenKind, ignoreCase: Bool) -> String {
        if kind == .space { return raw.contains(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) ? "\n" : " " }
        // Below U+0300 (before the combining marks) every scalar is already in NFC and nothing composes,
        // and so are the quotation marks folded here: most words skip Foundation's normalisation.
        let isNFC = raw.unicodeScalars.allSatisfy { $0.value < 0x300 || folded($0) != nil }
        var key = ""
        for scalar in (isNFC ? raw : raw.precomposedStringWithCanonicalMapping).unicodeScalars {
            key.unicodeScalars.append(folded(scalar) ?? scalar)
        }
        return ignoreCase ? key.lowercased() : key
    }

    /// `comparisonKey` of an ASCII word, number or mark: ASCII is in NFC and folds to itself,
    /// so the key is the spelling, in lower case when case is ignored.
    private static func asciiComparisonKey(_ ascii: UnsafeBufferPointer<UInt8>, ignoreCase: Bool) -> String {
        guard ignoreCase else { return String(repairingUTF8: ascii) }
        return String(repairingUTF8: ascii.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 })
    }

    /// The ASCII mark a typographic apostrophe or quotation mark is compared as.
    private static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "\u{2019}", "\u{2018}", "\u{02BC}", "\u{201B}": "'"
        case "\u{00AB}", "\u{00BB}", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}": "\""
        default: nil
        }
    }
}

/// A text with its tokens and their ids in a `TokenVocabulary`.
public struct TokenizedText: Sendable, Hashable {
    /// The text, exactly as given (its UTF-8 bytes are what the token ranges point into).
    public var text: String
    /// Its tokens.
    public var tokens: [Token]
    /// The id of each token.
    public var ids: [Int32]

    init(text: String, tokens: [Token], ids: [Int32]) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
        self.tokens = tokens
        self.ids = ids
    }

    /// No text.
    public static let empty = TokenizedText(text: "", tokens: [], ids: [])

    /// Its UTF-8 bytes.
    public var bytes: [UInt8] { Array(text.utf8) }

    /// `body` with the text's UTF-8 bytes, in place.
    func withBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        text.utf8.withContiguousStorageIfAvailable(body) ?? Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// The exact text of tokens `range`.
    public func text(of range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let bytes = tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
        return withBytes { String(repairingUTF8: UnsafeBufferPointer(rebasing: $0[bytes])) }
    }

    /// Whether the two texts have the same bytes (not merely equal under Unicode equivalence, as `String ==`).
    public func hasSameBytes(as other: TokenizedText) -> Bool {
        withBytes { mine in
            other.withBytes { theirs in
                mine.count == theirs.count && (mine.isEmpty || memcmp(mine.baseAddress!, theirs.baseAddress!, mine.count) == 0)
            }
        }
    }

    /// The byte length of tokens `range`.
    func byteCount(_ range: Range<Int>) -> Int {
        guard !range.isEmpty else { return 0 }
        return tokens[range.upperBound - 1].range.upperBound - tokens[range.lowerBound].range.lowerBound
    }

    public static func == (a: TokenizedText, b: TokenizedText) -> Bool {
        a.hasSameBytes(as: b) && a.tokens == b.tokens && a.ids == b.ids
    }

    public func hash(into hasher: inout Hasher) {
        withBytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(ids)
    }
}

/// An open-addressing table from a token's exact bytes to its id: no allocation per lookup.
struct SpellingTable: Sendable {
    fileprivate struct Entry {
        var hash: UInt64
        var start: Int
        var count: Int
        var id: Int32
    }

    private var slots = [Int32](repeating: -1, count: 1024)
    private var entries: [Entry] = []
    private var storage: [UInt8] = []
    /// The id of each one-byte ASCII spelling, or -1: a space or a comma, half of all tokens, then costs
    /// one load instead of a hash and a comparison.
    private var asciiBytes = [Int32](repeating: -1, count: 128)

    /// Calls `body` with each spelling and its id, in the order they were inserted.
    func forEach(_ body: (UnsafeBufferPointer<UInt8>, Int32) -> Void) {
        storage.withUnsafeBufferPointer { storage in
            for entry in entries { body(UnsafeBufferPointer(rebasing: storage[entry.start..<entry.start + entry.count]), entry.id) }
        }
    }

    func find(_ spelling: UnsafeBufferPointer<UInt8>) -> Int32? {
        withLookup { $0.find(spelling) }
    }

    /// Calls `body` with a lookup into the table as it stands (for many lookups in a row).
    func withLookup<T>(_ body: (Lookup) -> T) -> T {
        slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                storage.withUnsafeBufferPointer { storage in
                    asciiBytes.withUnsafeBufferPointer { asciiBytes in
                        body(Lookup(slots: slots, entries: entries, storage: storage, asciiBytes: asciiBytes))
                    }
                }
            }
        }
    }

    /// The table's arrays, borrowed.
    struct Lookup {
        fileprivate let slots: UnsafeBufferPointer<Int32>
        fileprivate let entries: UnsafeBufferPointer<Entry>
        fileprivate let storage: UnsafeBufferPointer<UInt8>
        fileprivate let asciiBytes: UnsafeBufferPointer<Int32>

        func find(_ spelling: UnsafeBufferPointer<UInt8>) -> Int32? {
            if spelling.count == 1, spelling[0] < 0x80 {
                let id = asciiBytes[Int(spelling[0])]
                return id >= 0 ? id : nil
            }
            let hash = SpellingTable.hash(spelling)
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 {
                let entry = entries[Int(slots[slot])]
                if entry.hash == hash, entry.count == spelling.count,
                   spelling.isEmpty || memcmp(storage.baseAddress! + entry.start, spelling.baseAddress!, spelling.count) == 0 {
                    return entry.id
                }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    mutating func insert(_ spelling: UnsafeBufferPointer<UInt8>, id: Int32) {
        if (entries.count + 1) * 2 > slots.count { grow() }
        let hash = Self.hash(spelling)
        place(entry: entries.count, hash: hash)
        entries.append(Entry(hash: hash, start: storage.count, count: spelling.count, id: id))
        storage.append(contentsOf: spelling)
        if spelling.count == 1, spelling[0] < 0x80 { asciiBytes[Int(spelling[0])] = id }
    }

    private mutating func place(entry: Int, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
        slots[slot] = Int32(entry)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for entry in entries.indices { place(entry: entry, hash: entries[entry].hash) }
    }

    /// FNV-1a, then a final mix so the low bits spread.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        hash ^= hash >> 29
        hash = hash &* 0xbf58_476d_1ce4_e5b9
        return hash ^ (hash >> 32)
    }
}

extension TokenizedText {
    /// Several tokenized texts as one, `separator` between them (all from one vocabulary).
    public static func joined(_ parts: [TokenizedText], separator: TokenizedText) -> TokenizedText {
        guard parts.count != 1 else { return parts[0] }
        var result = TokenizedText(text: "", tokens: [], ids: [])
        for (index, part) in parts.enumerated() {
            if index > 0 { result.append(separator) }
            result.append(part)
        }
        return result
    }

    private mutating func append(_ other: TokenizedText) {
        let offset = text.utf8.count
        text += other.text
        tokens.append(contentsOf: other.tokens.map { Token(range: $0.range.lowerBound + offset..<$0.range.upperBound + offset, kind: $0.kind) })
        ids.append(contentsOf: other.ids)
    }
}
