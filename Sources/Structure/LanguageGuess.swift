import DraftModel

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

    /// The cue words by `ScalarWord.key`, with the languages they belong to.
    static let cueKeys: [UInt32: [Language]] = {
        var keys: [UInt32: [Language]] = [:]
        for (language, words) in cues {
            for word in words {
                var key = ScalarWord()
                for scalar in word.unicodeScalars { key.append(letter: scalar) }
                keys[key.key!, default: []].append(language)
            }
        }
        return keys
    }()

    /// Hits per language.
    private(set) var scores: [Language: Int] = [:]
    /// Words read so far.
    private(set) var seen = 0

    /// The language with the most hits (at least 3); ties go to the first in `Language`'s raw values.
    var best: Language? {
        guard let best = scores.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key.rawValue > $1.key.rawValue) }),
              best.value >= 3 else { return nil }
        return best.key
    }

    /// Counts the words of `text`.
    mutating func add(_ text: String) {
        if let found = Self.scanScalars(text) {
            for key in found.cueKeys {
                for language in Self.cueKeys[key] ?? [] { scores[language, default: 0] += 1 }
            }
            seen += found.words
            return
        }
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
            seen += 1
            // Every cue word, in any canonically equivalent spelling, starts with "a"…"z" or "à":
            // a word in another script is only counted.
            guard let first = word.unicodeScalars.first, ("a"..."z").contains(first) || first == "à" else { continue }
            for (language, words) in Self.cues where words.contains(String(word)) { scores[language, default: 0] += 1 }
        }
    }

    /// The words of `text` read scalar by scalar, which gives the same words as splitting the
    /// lower-cased text into `Character`s when every scalar is a character of its own and
    /// lower-cases to one scalar, as in Latin text without combining marks: nil for other text.
    /// Returns how many words there are and the keys of those that may be cue words.
    private static func scanScalars(_ text: String) -> (words: Int, cueKeys: [UInt32])? {
        var words = 0
        var cueKeys: [UInt32] = []
        var word: ScalarWord?
        for scalar in text.unicodeScalars {
            guard SingleScalarCharacters.standsAlone(scalar) else { return nil }
            // A letter lower-cases to a letter, anything else to itself.
            let isLetter = scalar.isASCII ? ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) : scalar.properties.isAlphabetic
            if isLetter {
                if word == nil { word = ScalarWord() }
                word!.append(letter: scalar)
            } else if let finished = word {
                words += 1
                if let key = finished.key { cueKeys.append(key) }
                word = nil
            }
        }
        if let finished = word {
            words += 1
            if let key = finished.key { cueKeys.append(key) }
        }
        return (words, cueKeys)
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

    mutating func append(letter scalar: Unicode.Scalar) {
        length += 1
        guard matchable, length <= 4 else { matchable = false; return }
        let byte: UInt8
        switch scalar {
        case "a"..."z": byte = UInt8(scalar.value)
        case "A"..."Z": byte = UInt8(scalar.value) + 0x20
        case "à", "À": byte = 0xE0
        default: matchable = false; return
        }
        packed = packed << 8 | UInt32(byte)
    }
}
