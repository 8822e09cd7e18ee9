import Foundation

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
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokenize(bytes)
        var ids: [Int32] = []
        ids.reserveCapacity(tokens.count)
        for token in tokens {
            ids.append(intern(bytes, token))
        }
        return TokenizedText(text: text, bytes: bytes, tokens: tokens, ids: ids)
    }

    /// Whether tokens of this id carry content (words and numbers), as opposed to punctuation and space.
    public func isContent(_ id: Int32) -> Bool {
        let kind = kinds[Int(id)]
        return kind == .word || kind == .number
    }

    private mutating func intern(_ bytes: [UInt8], _ token: Token) -> Int32 {
        let slice = bytes[token.range]
        if let id = spellings.find(slice) { return id }
        let key = Self.comparisonKey(String(decoding: slice, as: UTF8.self), kind: token.kind, ignoreCase: ignoreCase)
        let id: Int32
        if let known = idsByKey[key] {
            id = known
        } else {
            id = Int32(keys.count)
            idsByKey[key] = id
            keys.append(key)
            kinds.append(token.kind)
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
            let raw = String(decoding: bytes[token.range], as: UTF8.self)
            form += token.kind == .space ? " " : comparisonKey(raw, kind: token.kind, ignoreCase: ignoreCase)
        }
        return form.trimmingCharacters(in: .whitespaces)
    }

    /// The comparison form of one token's text.
    static func comparisonKey(_ raw: String, kind: TokenKind, ignoreCase: Bool) -> String {
        if kind == .space { return raw.contains(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) ? "\n" : " " }
        var key = ""
        for scalar in raw.precomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar {
            case "\u{2019}", "\u{2018}", "\u{02BC}", "\u{201B}": key.unicodeScalars.append("'")
            case "\u{00AB}", "\u{00BB}", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}": key.unicodeScalars.append("\"")
            default: key.unicodeScalars.append(scalar)
            }
        }
        return ignoreCase ? key.lowercased() : key
    }
}

/// A text with its tokens and their ids in a `TokenVocabulary`.
public struct TokenizedText: Sendable, Hashable {
    /// The text, exactly as given.
    public var text: String
    /// Its UTF-8 bytes.
    public var bytes: [UInt8]
    /// Its tokens.
    public var tokens: [Token]
    /// The id of each token.
    public var ids: [Int32]

    /// The exact text of tokens `range`.
    public func text(of range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return String(decoding: bytes[tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound], as: UTF8.self)
    }

    /// Whether token `index` here has exactly the bytes of token `otherIndex` of `other`.
    func sameBytes(_ index: Int, as other: TokenizedText, _ otherIndex: Int) -> Bool {
        bytes[tokens[index].range].elementsEqual(other.bytes[other.tokens[otherIndex].range])
    }

    /// The byte length of tokens `range`.
    func byteCount(_ range: Range<Int>) -> Int {
        guard !range.isEmpty else { return 0 }
        return tokens[range.upperBound - 1].range.upperBound - tokens[range.lowerBound].range.lowerBound
    }
}

/// An open-addressing table from a token's exact bytes to its id: no allocation per lookup.
struct SpellingTable: Sendable {
    private var slots = [Int32](repeating: -1, count: 1024)
    private var hashes: [UInt64] = []
    private var starts: [Int] = []
    private var ids: [Int32] = []
    private var storage: [UInt8] = []

    func find(_ slice: ArraySlice<UInt8>) -> Int32? {
        let hash = Self.hash(slice)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] >= 0 {
            let entry = Int(slots[slot])
            if hashes[entry] == hash, storage[starts[entry]..<starts[entry + 1]].elementsEqual(slice) { return ids[entry] }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    mutating func insert(_ slice: ArraySlice<UInt8>, id: Int32) {
        if starts.isEmpty { starts.append(0) }
        if (ids.count + 1) * 2 > slots.count { grow() }
        let hash = Self.hash(slice)
        place(entry: ids.count, hash: hash)
        hashes.append(hash)
        ids.append(id)
        storage.append(contentsOf: slice)
        starts.append(storage.count)
    }

    private mutating func place(entry: Int, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
        slots[slot] = Int32(entry)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for entry in 0..<ids.count { place(entry: entry, hash: hashes[entry]) }
    }

    /// FNV-1a, then a final mix so the low bits spread.
    static func hash(_ slice: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in slice { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        hash ^= hash >> 29
        hash = hash &* 0xbf58_476d_1ce4_e5b9
        return hash ^ (hash >> 32)
    }
}

extension TokenizedText {
    /// Several tokenized texts as one, `separator` between them (all from one vocabulary).
    public static func joined(_ parts: [TokenizedText], separator: TokenizedText) -> TokenizedText {
        guard parts.count != 1 else { return parts[0] }
        var result = TokenizedText(text: "", bytes: [], tokens: [], ids: [])
        for (index, part) in parts.enumerated() {
            if index > 0 { result.append(separator) }
            result.append(part)
        }
        result.text = String(decoding: result.bytes, as: UTF8.self)
        return result
    }

    private mutating func append(_ other: TokenizedText) {
        let offset = bytes.count
        bytes.append(contentsOf: other.bytes)
        tokens.append(contentsOf: other.tokens.map { Token(range: $0.range.lowerBound + offset..<$0.range.upperBound + offset, kind: $0.kind) })
        ids.append(contentsOf: other.ids)
    }
}
