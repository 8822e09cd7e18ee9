import DraftModel
import UTF8Text

extension LanguageCues {
    /// The language a draft is written in, from its most frequent function words.
    public static func language<S: Sequence>(of texts: S) -> Language? where S.Element == String {
        var tally = FunctionWordTally()
        for text in texts {
            tally.add(text)
            if tally.seen > 5000 { break }
        }
        return tally.best
    }
}

/// Counts the function words of each language ("le", "the", "los", "pelo") in texts. A word is a
/// run of letters (`Character.isLetter`) in the lower-cased text.
struct FunctionWordTally {
    static let cues: [(Language, Set<String>)] = [
        (.french, ["le", "les", "des", "du", "et", "à", "au", "aux", "sur"]),
        (.english, ["the", "of", "and", "to", "in", "on", "for"]),
        (.spanish, ["el", "los", "las", "del", "y", "en", "con", "por"]),
        (.portuguese, ["o", "os", "as", "dos", "das", "do", "da", "e", "em", "com", "pelo"]),
    ]

    /// The cue words' `ScalarWord.key`s, sorted, each with the languages it belongs to (bit `i` for
    /// `cues[i]`).
    /// (A sorted list rather than a dictionary: a dictionary's first use costs every run of the command a
    /// scan of the executable's protocol conformances.)
    static let cueKeys: [(key: UInt32, languages: UInt8)] = {
        var keys: [(key: UInt32, languages: UInt8)] = []
        for (index, (_, words)) in cues.enumerated() {
            for word in words {
                var key = ScalarWord()
                for scalar in word.unicodeScalars { key.append(cueByte(scalar)) }
                keys.append((key.key!, 1 << index))
            }
        }
        keys.sort { $0.key < $1.key }
        var merged: [(key: UInt32, languages: UInt8)] = []
        for entry in keys {
            if merged.last?.key == entry.key { merged[merged.count - 1].languages |= entry.languages } else { merged.append(entry) }
        }
        return merged
    }()

    /// Hits per language, in the order of `cues`.
    private var hits = [Int](repeating: 0, count: cues.count)
    /// Words read so far.
    private(set) var seen = 0

    /// Hits per language, for the languages with any.
    var scores: [Language: Int] {
        var scores: [Language: Int] = [:]
        for (index, (language, _)) in Self.cues.enumerated() where hits[index] > 0 { scores[language] = hits[index] }
        return scores
    }

    /// The language with the most hits (at least 3); ties go to the first in `Language`'s raw values.
    var best: Language? {
        guard let best = scores.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key.rawValue > $1.key.rawValue) }),
              best.value >= 3 else { return nil }
        return best.key
    }

    /// Counts the words of `text`.
    mutating func add(_ text: String) {
        let found = Self.scanScalars(text) ?? Self.scanCharacters(text)
        for key in found.cueKeys {
            guard let languages = Self.languages(of: key) else { continue }
            for index in hits.indices where languages & (1 << index) != 0 { hits[index] += 1 }
        }
        seen += found.words
    }

    /// The languages a word's key is a cue word of, as bits; nil for a word that is no cue.
    private static func languages(of key: UInt32) -> UInt8? {
        var low = 0, high = cueKeys.count
        while low < high {
            let middle = (low + high) / 2
            if cueKeys[middle].key < key { low = middle + 1 } else { high = middle }
        }
        return low < cueKeys.count && cueKeys[low].key == key ? cueKeys[low].languages : nil
    }

    /// The words of `text` read scalar by scalar (decoded from its UTF-8 bytes), which gives the
    /// same words as splitting it into `Character`s when every scalar has a `ScalarClass`: a mark
    /// extends the character before it, unless it follows a control or starts the text. Nil for text
    /// with other scalars. Returns how many words there are and the keys of those that may be cue words.
    static func scanScalars(_ text: String) -> (words: Int, cueKeys: [UInt32])? {
        text.withUTF8Bytes { bytes -> (words: Int, cueKeys: [UInt32])? in
            var words = WordRun()
            var last = LastCharacter.none
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    let letter = lead | 0x20
                    if letter >= 0x61 && letter <= 0x7A {
                        words.next(.letter(letter))
                        last = .letter(marks: 0, plainA: letter == 0x61)
                    } else {
                        words.next(.other)
                        last = lead < 0x20 || lead == 0x7F ? .none : .other
                    }
                    index += 1
                    continue
                }
                let (scalar, length) = UTF8Bytes.scalar(at: index, in: bytes)
                index += length
                switch ScalarClass(scalar) {
                case .unknown:
                    return nil
                case .control:
                    words.next(.other)
                    last = .none
                case .starter(let alphabetic):
                    words.next(alphabetic ? .letter(Self.cueByte(scalar)) : .other)
                    last = alphabetic ? .letter(marks: 0, plainA: false) : .other
                case .mark(let alphabetic):
                    switch last {
                    case .none:
                        // A character of its own, which only marks may follow: no cue letter.
                        words.next(alphabetic ? .letter(nil) : .other)
                        last = alphabetic ? .letter(marks: 1, plainA: false) : .other
                    case .other:
                        break
                    case .letter(let marks, let plainA):
                        // "a" + U+0300 is "à"; any other letter with marks is no cue letter.
                        words.amendLetter(marks == 0 && plainA && scalar == "\u{300}" ? 0xE0 : nil)
                        last = .letter(marks: marks + 1, plainA: plainA)
                    }
                }
            }
            return words.finished()
        }
    }

    /// The character before, as far as a mark that follows it cares.
    private enum LastCharacter {
        /// None (the start of the text) or a control: a mark starts a character of its own.
        case none
        /// Not a letter: a mark leaves it so.
        case other
        /// A letter, with how many marks extend it so far, and whether it is a plain "a" or "A".
        case letter(marks: Int, plainA: Bool)
    }

    /// The words of any text, `Character` by `Character`. A character is a letter when its first
    /// scalar is alphabetic (`Character.isLetter`), before lower-casing as after: every cased
    /// scalar is alphabetic, and so is its lower case. Only the cue letters are lower-cased, and a
    /// letter compares as a cue letter in any canonically equivalent spelling ("a" + U+0300 is "à").
    private static func scanCharacters(_ text: String) -> (words: Int, cueKeys: [UInt32]) {
        var words = WordRun()
        for character in text {
            guard character.isLetter else { words.next(.other); continue }
            var byte: UInt8?
            if character.unicodeScalars.count == 1 {
                byte = Self.cueByte(character.unicodeScalars.first!)
            } else if character == "à" || character == "À" {
                byte = 0xE0
            }
            words.next(.letter(byte))
        }
        return words.finished()
    }

    /// The lower-case byte of a letter that may spell a cue word ("a"…"z" and "à", in either case).
    private static func cueByte(_ scalar: Unicode.Scalar) -> UInt8? {
        switch scalar {
        case "a"..."z": return UInt8(scalar.value)
        case "A"..."Z": return UInt8(scalar.value) + 0x20
        case "à", "À": return 0xE0
        default: return nil
        }
    }
}

/// Words counted as they are read, one character at a time, with the keys of those that may be
/// cue words.
private struct WordRun {
    /// One character: a letter, with its cue byte when it has one, or anything else.
    enum CharacterKind { case letter(UInt8?), other }

    private var words = 0
    private var cueKeys: [UInt32] = []
    private var word: ScalarWord?

    /// Changes the cue byte of the letter just read, which a mark turned into another character.
    mutating func amendLetter(_ byte: UInt8?) {
        word?.amendLast(byte)
    }

    mutating func next(_ character: CharacterKind) {
        switch character {
        case .letter(let byte):
            if word == nil { word = ScalarWord() }
            word!.append(byte)
        case .other:
            finishWord()
        }
    }

    mutating func finished() -> (words: Int, cueKeys: [UInt32]) {
        finishWord()
        return (words, cueKeys)
    }

    private mutating func finishWord() {
        guard let finished = word else { return }
        words += 1
        if let key = finished.key { cueKeys.append(key) }
        word = nil
    }
}

/// A word being read, as much of it as can match a cue word: up to four letters that lower-case
/// to "a"…"z" or "à", packed one byte each.
private struct ScalarWord {
    private var packed: UInt32 = 0
    private var length = 0
    private var matchable = true

    /// The packed lower-case letters, or nil when the word cannot be a cue word.
    var key: UInt32? { matchable ? packed : nil }

    /// Replaces the cue byte of the last letter added.
    mutating func amendLast(_ byte: UInt8?) {
        guard matchable, length <= 4 else { return }
        guard let byte else { matchable = false; return }
        packed = packed & ~0xFF | UInt32(byte)
    }

    /// Adds a letter: its cue byte, or nil for a letter no cue word has.
    mutating func append(_ byte: UInt8?) {
        length += 1
        guard matchable, length <= 4, let byte else { matchable = false; return }
        packed = packed << 8 | UInt32(byte)
    }
}
