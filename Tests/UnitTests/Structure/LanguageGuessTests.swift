import Testing
import DraftDiff

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
        // Arabic with harakat (combining marks) goes through the Character path; its words are no cue.
        let arabic = "تَقْرِيرُ الأَمِينِ العَامِّ عَنْ أَعْمَالِ المُنَظَّمَةِ"
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
