import Testing
import DraftDiff
@testable import DraftStructure

/// The draft's language, from its most frequent function words, in texts read scalar by scalar
/// (Latin) and in texts that need `Character`s (other scripts, combining marks).
@Suite("Language guess")
struct LanguageGuessTests {
    @Test func latinTextsByTheirFunctionWords() {
        #expect(LanguageCues.language(of: ["De réaffirmer les engagements des États et du Conseil sur la sécurité."]) == .french)
        #expect(LanguageCues.language(of: ["To request the General Secretariat to report on the matter and to act."]) == .english)
        #expect(LanguageCues.language(of: ["Solicitar a la Secretaría General que informe sobre el tema y los Estados."]) == .spanish)
        #expect(LanguageCues.language(of: ["Solicitar à Secretaria-Geral que informe sobre o assunto dos Estados e das partes."]) == .portuguese)
    }

    @Test func wordsOfOtherScriptsAreCountedButNeverCues() {
        // Arabic with harakat (combining marks) is read scalar by scalar; its words are no cue.
        let arabic = "تَقْرِيرُ الأَمِينِ العَامِّ عَنْ أَعْمَالِ المُنَظَّمَةِ"
        #expect(FunctionWordTally.scanScalars(arabic)?.words == 6)
        // Devanagari (conjuncts) and emoji are read Character by Character.
        #expect(FunctionWordTally.scanScalars("रिपोर्ट") == nil && FunctionWordTally.scanScalars("le \u{1F600}") == nil)
        #expect(LanguageCues.language(of: [arabic, arabic]) == nil)
        // French words among it still count, "à" written as "a" + U+0300 too.
        #expect(LanguageCues.language(of: [arabic + " le rapport des États et du Conseil, a\u{300} la session"]) == .french)
    }

    @Test func onlyTheFirstFiveThousandWordsAreRead() {
        let arabic = Array(repeating: "تَقْرِيرُ الأَمِينِ العَامِّ", count: 2_000)
        // 6,000 words of Arabic first: the French that follows is never reached.
        #expect(LanguageCues.language(of: arabic + ["le rapport des États et du Conseil sur la sécurité"]) == nil)
    }
}

/// The tally's fast paths (bytes, then `Character`s without lower-casing) against its definition: the
/// words are the runs of letters of the lower-cased text, split into `Character`s.
@Suite("Language guess against its definition")
struct LanguageGuessDefinitionTests {
    /// Words and cue hits as the definition has them.
    private func reference(_ text: String) -> (words: Int, scores: [Language: Int]) {
        var words = 0
        var scores: [Language: Int] = [:]
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
            words += 1
            for (language, cues) in FunctionWordTally.cues where cues.contains(String(word)) { scores[language, default: 0] += 1 }
        }
        return (words, scores)
    }

    @Test func generatedTextsCountAsTheDefinitionSays() {
        // Cue letters in both cases, "à" composed and decomposed, and characters whose lower case or
        // grapheme clusters differ: "İ", the Kelvin sign, "ß", a ligature, sigmas, a titlecase digraph,
        // Arabic with harakat, combining marks, joiners, a prepended mark, circled letters, CR LF, and
        // for the scalar path: Hebrew with points, Greek, Cyrillic with a titlo, controls and format
        // characters before marks (ALM, LRM, soft hyphen, line separator), Arabic-Indic digits.
        let pool = ["l", "e", "s", "a", "u", "x", "d", "t", "h", "o", "f", "n", "i", "y", "c", "p", "r", "m", "L", "E",
                    "À", "à", "a\u{300}", "A\u{300}", " ", "\t", ",", ".", "-", "’", "é", "e\u{301}", "İ", "\u{212A}", "ß",
                    "ﬁ", "Σ", "ς", "ا", "َ", "ّ", "\u{300}", "\u{200D}", "\u{600}", "1", "Ⅳ", "ⓐ", "Ⓐ", "ǅ", "\u{345}",
                    "ŉ", "\u{1F600}", "\r\n", "\u{A0}", "\u{5D0}", "\u{5B8}", "\u{3AC}", "\u{3C3}", "\u{430}", "\u{483}",
                    "\u{61C}", "\u{200E}", "\u{AD}", "\u{2028}", "\n", "\u{660}", "\u{670}", "\u{6DD}", "\u{644}", "\u{64E}"]
        var random = SeededGenerator(seed: 5)
        var cueHits = 0
        for _ in 0..<30_000 {
            let text = (0..<random.below(12)).map { _ in pool[random.below(pool.count)] }.joined()
            var tally = FunctionWordTally()
            tally.add(text)
            let expected = reference(text)
            #expect(tally.seen == expected.words && tally.scores == expected.scores, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            cueHits += expected.scores.values.reduce(0, +)
        }
        #expect(cueHits > 1_000, "cue words occur: \(cueHits)")
    }

    /// Each scalar given a class splits into characters as its class says, by the standard library.
    @Test func scalarClassesSplitAsTheStandardLibrarySplits() {
        func characters(_ scalars: [Unicode.Scalar]) -> Int {
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            return text.count
        }
        let letter: Unicode.Scalar = "a", mark: Unicode.Scalar = "\u{301}", newline: Unicode.Scalar = "\n"
        var counts: [String: Int] = [:]
        for value in Array(0x80..<0x700) + Array(0x2000..<0x20D0) {
            let scalar = Unicode.Scalar(UInt32(value))!
            let kind = ScalarClass(scalar)
            switch kind {
            case .unknown: counts["unknown", default: 0] += 1; continue
            case .starter: #expect(characters([letter, scalar, mark]) == 2 && characters([scalar, letter]) == 2, "\(value)")
            case .control: #expect(characters([letter, scalar, mark]) == 3 && characters([scalar, letter]) == 2, "\(value)")
            case .mark:
                #expect(characters([letter, scalar]) == 1 && characters([" ", scalar]) == 1 && characters([newline, scalar, mark]) == 2
                        && characters([scalar, mark]) == 1 && characters([scalar, letter]) == 2, "\(value)")
            }
            if case .starter(let alphabetic) = kind { #expect(alphabetic == scalar.properties.isAlphabetic) }
            if case .mark(let alphabetic) = kind { #expect(alphabetic == scalar.properties.isAlphabetic) }
            counts["\(kind)".components(separatedBy: "(")[0], default: 0] += 1
        }
        #expect(counts["mark", default: 0] > 200 && counts["control", default: 0] > 50 && counts["starter", default: 0] > 1_000, "\(counts)")
    }
}
