import DraftModel

/// A reference inside a resolution to one of its own operative paragraphs:
/// "paragraphe 62 de la présente résolution", "operative paragraph 5", "párrafos 3 y 5 de la presente resolución".
/// References to other documents ("paragraphe 206 de la résolution AG/RES. 2950 (L-O/20)") are not internal.
public struct CrossReference: Sendable, Hashable {
    /// The paragraph numbers as written, with where each stands in the text (Unicode scalar offsets).
    public var numbers: [(label: String, range: Range<Int>)]
    /// The whole reference's span in the text.
    public var range: Range<Int>
    /// The indices in `numbers` that start a range with the next one ("2 à 5", "3 to 6").
    public var rangeStarts: Set<Int> = []

    public static func == (lhs: CrossReference, rhs: CrossReference) -> Bool {
        lhs.range == rhs.range && lhs.numbers.map(\.label) == rhs.numbers.map(\.label) && lhs.rangeStarts == rhs.rangeStarts
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(range.lowerBound)
        hasher.combine(numbers.map(\.label))
    }

    /// Every internal reference in `text`, in order.
    public static func find(in text: String) -> [CrossReference] {
        // Every reference has a number: most paragraphs have no digit at all.
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return [] }
        let tokens = ReferenceToken.tokenize(text)
        var found: [CrossReference] = []
        var index = 0
        while index < tokens.count {
            guard tokens[index].isWord, ReferenceWording.paragraphWords.contains(tokens[index].lowered) else { index += 1; continue }
            let operative = index > 0 && ReferenceWording.operativeWords.contains(tokens[index - 1].lowered)
                || index + 1 < tokens.count && ReferenceWording.operativeWords.contains(tokens[index + 1].lowered)
            var cursor = index + 1
            if cursor < tokens.count, ReferenceWording.operativeWords.contains(tokens[cursor].lowered) { cursor += 1 }
            var numbers: [(String, Range<Int>)] = []
            var rangeStarts: Set<Int> = []
            while cursor < tokens.count, tokens[cursor].isNumber {
                numbers.append((tokens[cursor].text, tokens[cursor].range))
                cursor += 1
                cursor += ReferenceWording.subparagraphMark(at: cursor, in: tokens)
                guard cursor + 1 < tokens.count, ReferenceWording.listSeparators.contains(tokens[cursor].lowered),
                      tokens[cursor + 1].isNumber else { break }
                if ReferenceWording.rangeSeparators.contains(tokens[cursor].lowered) { rangeStarts.insert(numbers.count - 1) }
                cursor += 1
            }
            guard !numbers.isEmpty else { index += 1; continue }
            let following = tokens[cursor...].prefix(8).map(\.lowered)
            let internalQualified = ReferenceWording.internalQualifiers.contains { following.starts(with: $0) }
            // "operative paragraph 4" alone is this resolution's; followed by "of …", "de …" (another resolution, a
            // declaration, "that resolution") it is another document's.
            let external = following.first.map(ReferenceWording.prepositions.contains) ?? false
            if internalQualified || (operative && !external) {
                let start = tokens[index - (operative && index > 0 && ReferenceWording.operativeWords.contains(tokens[index - 1].lowered) ? 1 : 0)].range.lowerBound
                found.append(CrossReference(numbers: numbers, range: start..<numbers.last!.1.upperBound, rangeStarts: rangeStarts))
            }
            index = cursor
        }
        return found
    }
}

/// The fixed wording of paragraph references in French, English, Spanish and Portuguese.
enum ReferenceWording {
    static let paragraphWords: Set<String> = [
        "paragraphe", "paragraphes", "paragraph", "paragraphs", "párrafo", "párrafos", "parágrafo", "parágrafos",
    ]
    static let operativeWords: Set<String> = [
        "operative", "dispositif", "resolutivo", "resolutivos", "operativo", "operativos", "dispositivo", "dispositivos",
    ]
    /// Words between numbers of a list or range: "3 et 5", "3 à 5", "3, 4 and 5", "3 to 5", "3 y 5", "3 a 5", "3 e 5".
    static let listSeparators: Set<String> = [",", "et", "à", "au", "and", "to", "through", "y", "a", "al", "e", "-", "–", "ou", "or", "o"]
    /// The words between two numbers that make a range of them.
    static let rangeSeparators: Set<String> = ["à", "au", "to", "through", "a", "al", "-", "–"]
    /// Words that start a qualifier naming a document: what follows a number with one of them, unless it
    /// names this resolution, is another document's paragraph.
    static let prepositions: Set<String> = ["of", "in", "from", "under", "de", "du", "des", "d", "dans", "en", "da", "do", "dos", "das", "del", "no", "na"]
    /// How many tokens a sub-paragraph's letter after a paragraph number takes: "3 a)", "3(a)", "3 (a)".
    static func subparagraphMark(at index: Int, in tokens: [ReferenceToken]) -> Int {
        func letter(_ i: Int) -> Bool { i < tokens.count && tokens[i].isWord && tokens[i].text.count <= 3 && tokens[i].text == tokens[i].lowered }
        func mark(_ i: Int, _ text: String) -> Bool { i < tokens.count && tokens[i].text == text }
        if letter(index), mark(index + 1, ")") { return 2 }
        if mark(index, "("), letter(index + 1), mark(index + 2, ")") { return 3 }
        return 0
    }
    static let internalQualifiers: [[String]] = [
        ["de", "la", "présente", "résolution"], ["de", "cette", "résolution"], ["ci", "-", "dessus"], ["ci", "-", "dessous"],
        ["du", "dispositif", "de", "la", "présente", "résolution"], ["du", "dispositif", "ci", "-", "dessus"],
        ["of", "this", "resolution"], ["of", "the", "present", "resolution"], ["in", "this", "resolution"], ["above"], ["below"],
        ["de", "la", "presente", "resolución"], ["de", "esta", "resolución"], ["supra"], ["anterior"],
        ["da", "presente", "resolução"], ["desta", "resolução"], ["acima"],
    ]
}

/// A word, number or punctuation mark of a paragraph, with its place in Unicode scalars.
struct ReferenceToken {
    enum Kind { case word, number, mark }
    var kind: Kind
    var text: String
    var lowered: String
    var range: Range<Int>

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }

    /// The words, numbers (ASCII digits) and marks of `text`, white space left out. A word or number is
    /// cut out of the text whole (not built a scalar at a time).
    static func tokenize(_ text: String) -> [ReferenceToken] {
        var tokens: [ReferenceToken] = []
        let scalars = text.unicodeScalars
        var kind: Kind = .word
        /// Where the word or number being read starts (in scalars, and as an index); nil between them.
        var run: (start: Int, index: String.UnicodeScalarView.Index)?
        func flush(at end: Int, _ endIndex: String.UnicodeScalarView.Index) {
            guard let started = run else { return }
            let piece = String(scalars[started.index..<endIndex])
            tokens.append(ReferenceToken(kind: kind, text: piece, lowered: lowered(piece), range: started.start..<end))
            run = nil
        }
        var offset = 0
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let scalarKind: Kind? = ScalarLookup.isAlphabetic(scalar) ? .word : (("0"..."9").contains(scalar) ? .number : nil)
            if let scalarKind {
                if run == nil || scalarKind != kind {
                    flush(at: offset, index)
                    kind = scalarKind
                    run = (offset, index)
                }
            } else {
                flush(at: offset, index)
                if !ScalarLookup.isWhitespace(scalar) {
                    tokens.append(ReferenceToken(kind: .mark, text: String(scalar), lowered: String(scalar), range: offset..<(offset + 1)))
                }
            }
            offset += 1
            index = scalars.index(after: index)
        }
        flush(at: offset, scalars.endIndex)
        return tokens
    }

    /// `piece.lowercased()`; a piece of ASCII without capitals is its own lower case (most words and numbers).
    private static func lowered(_ piece: String) -> String {
        for byte in piece.utf8 where byte >= 0x80 || byte &- 0x41 < 26 { return piece.lowercased() }
        return piece
    }
}
