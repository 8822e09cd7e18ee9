import Testing
@testable import WordDiff

@Suite("Tokenizer")
struct TokenizerTests {
    private func words(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return Tokenizer.tokenize(bytes).filter { $0.kind != .space }.map { String(decoding: bytes[$0.range], as: UTF8.self) }
    }

    @Test func frenchElisionKeepsTheApostropheWithTheArticle() {
        #expect(words("l’OEA d'adopter jusqu’à aujourd’hui") == ["l’", "OEA", "d'", "adopter", "jusqu’", "à", "aujourd’", "hui"])
    }

    @Test func spanishPortugueseAndEnglishWordsStayWhole() {
        #expect(words("¿Resolución? Señalar") == ["¿", "Resolución", "?", "Señalar"])
        #expect(words("ações e informações") == ["ações", "e", "informações"])
        #expect(words("the States' rights") == ["the", "States", "'", "rights"])
    }

    @Test func numbersAndPunctuationAreTokensOfTheirOwn() {
        #expect(words("AG/RES. 2945 (XLIX-O/19), 2020-2021") ==
                ["AG", "/", "RES", ".", "2945", "(", "XLIX", "-", "O", "/", "19", ")", ",", "2020", "-", "2021"])
    }

    @Test func combiningMarksStayInTheirWord() {
        #expect(words("Re\u{301}solution") == ["Re\u{301}solution"])
    }

    @Test func tokensJoinBackToTheTextByteForByte() {
        let text = "De  réaffirmer\u{00A0}: « la Convention »\t— 3\u{202F}% ; l’OEA.\n"
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokenize(bytes)
        #expect(tokens.flatMap { bytes[$0.range] } == bytes)
        #expect(zip(tokens, tokens.dropFirst()).allSatisfy { $0.range.upperBound == $1.range.lowerBound })
    }

    @Test func comparisonNormalisationTreatsTypographicVariantsAlike() {
        var vocabulary = TokenVocabulary()
        let a = vocabulary.tokenize("l’OEA « x »\u{00A0}:")
        let b = vocabulary.tokenize("l'OEA \" x \" :")
        #expect(a.ids == b.ids)
        let nfd = vocabulary.tokenize("Re\u{301}solution")
        let nfc = vocabulary.tokenize("R\u{E9}solution")
        #expect(nfd.ids == nfc.ids)
        #expect(vocabulary.tokenize("OEA").ids != vocabulary.tokenize("oea").ids)
        var folding = TokenVocabulary(ignoreCase: true)
        #expect(folding.tokenize("OEA").ids == folding.tokenize("oea").ids)
    }

    /// A token is eight bytes; a run longer than a token can say is cut where a scalar starts, and the pieces
    /// still give the text back byte for byte.
    @Test func aRunLongerThanATokenIsCutWhereAScalarStarts() {
        #expect(MemoryLayout<Token>.stride == 8)
        for (text, pieces) in [("aaaaaaaaaaaa", ["aaaaa", "aaaaa", "aa"]), ("éééé", ["éé", "éé"]), ("  \t\t  ", ["  \t\t ", " "]),
                               ("123456 x", ["12345", "6", " ", "x"]), ("aé😀b", ["aé", "😀", "b"]), ("aaaaé", ["aaaa", "é"])] {
            let bytes = Array(text.utf8)
            let tokens = bytes.withUnsafeBufferPointer { Tokenizer.tokenize($0, maximumLength: 5) }
            let texts = tokens.map { String(validating: bytes[$0.range], as: UTF8.self) }
            #expect(texts == pieces.map(Optional.some), "\(text)")
            #expect(tokens.allSatisfy { $0.range.count <= 5 })
            #expect(tokens.flatMap { bytes[$0.range] } == bytes)
        }
        var token = Token(range: 3..<10, kind: .number)
        #expect(token.range == 3..<10 && token.kind == .number)
        token.kind = .space
        #expect(token.range == 3..<10 && token.kind == .space)
    }
}
