import Foundation
import DraftModel

/// The fixed wording of resolutions in French, English, Spanish and Portuguese that tells
/// the parts of a draft apart: the operative marker, the "General Assembly" line, the notes
/// heading of a text export, and how operative paragraphs open.
public enum LanguageCues {
    /// "DÉCIDE :", "RESOLVES:", "RESUELVE:", "RESOLVE:" and their variants.
    @inlinable
    public static func isOperativeMarker<S: StringProtocol>(_ text: S) -> Bool {
        guard text.utf8.count <= 40 else { return false }
        let key = comparable(text).trimmingSuffix { $0 == ":" || $0 == " " }
        return ["DÉCIDE", "DECIDE", "DECIDES", "RESOLVES", "RESOLVE", "RESUELVE", "DÉCIDE DE", "DECIDES TO"].contains(key)
    }

    /// "L’ASSEMBLÉE GÉNÉRALE,", "THE GENERAL ASSEMBLY,", "LA ASAMBLEA GENERAL,", "A ASSEMBLEIA GERAL,".
    @inlinable
    public static func isAssemblyLine<S: StringProtocol>(_ text: S) -> Bool {
        guard text.utf8.count <= 60 else { return false }
        let key = comparable(text).trimmingSuffix { $0 == "," || $0 == ":" || $0 == " " }
        return ["L'ASSEMBLÉE GÉNÉRALE", "THE GENERAL ASSEMBLY", "LA ASAMBLEA GENERAL", "A ASSEMBLEIA GERAL",
                "LE CONSEIL PERMANENT", "THE PERMANENT COUNCIL", "EL CONSEJO PERMANENTE", "O CONSELHO PERMANENTE"].contains(key)
    }

    /// The heading above the footnote texts at the end of a text export.
    @inlinable
    public static func isNotesHeading<S: StringProtocol>(_ text: S) -> Bool {
        guard text.utf8.count <= 40 else { return false }
        return ["NOTES DE BAS DE PAGE", "FOOTNOTES", "NOTAS DE PIE DE PÁGINA", "NOTAS DE PIE DE PAGINA", "NOTAS DE RODAPÉ",
         "NOTAS", "NOTES", "ENDNOTES"].contains(comparable(text).trimmingSuffix { $0 == ":" || $0 == " " })
    }

    /// Whether a paragraph opens the way operative paragraphs do: FR "De …", "D’…"; EN "To …";
    /// ES and PT an infinitive ("Solicitar", "Reafirmar", "Encarregar").
    /// With no language given, any of these forms counts.
    public static func opensLikeOperativeParagraph<S: StringProtocol>(_ text: S, language: Language? = nil) -> Bool {
        let words = firstWords(text, count: 2)
        guard let first = words.first else { return false }
        if language == nil || language == .french {
            if first.hasPrefix("D’") || first.hasPrefix("D'") { return true }
            if first == "De" { return words.count > 1 }
        }
        if language == nil || language == .english, first == "To" { return words.count > 1 }
        guard language == nil || language == .spanish || language == .portuguese else { return false }
        let lower = first.lowercased()
        guard first.first?.isUppercase == true, lower.count >= 4, lower.allSatisfy(\.isLetter) else { return false }
        for clitic in ["", "se", "le", "les", "lo", "los", "la", "las"] where lower.hasSuffix(clitic) {
            let stem = lower.dropLast(clitic.count)
            if ["ar", "er", "ir", "or"].contains(where: { stem.hasSuffix($0) }) { return true }
        }
        return false
    }

    /// Whether a paragraph opens like a preambular paragraph: an upper-case participle or phrase
    /// ("AYANT VU", "RECALLING", "RECORDANDO") or a participle in title case ("Recalling").
    public static func opensLikePreamble<S: StringProtocol>(_ text: S) -> Bool {
        let words = firstWords(text, count: 8)
        guard let first = words.first, first.count >= 2, first.allSatisfy(\.isLetter) else { return false }
        if first.allSatisfy(\.isUppercase), words.count > 2, words.dropFirst().contains(where: { $0.contains(where: \.isLowercase) }) {
            return true
        }
        let lower = first.lowercased()
        return first.first?.isUppercase == true && ["ing", "ant", "ando", "endo", "indo"].contains { lower.hasSuffix($0) }
    }

    /// The first `count` words of a text, split at spaces, NBSP and tabs, without reading the rest.
    static func firstWords<S: StringProtocol>(_ text: S, count: Int) -> [Substring] {
        let text = Substring(text)
        if let words = firstWordsByScalars(text, count: count) { return words }
        var words: [Substring] = []
        var rest = text
        while words.count < count {
            rest = rest.drop { $0 == " " || $0 == "\u{00A0}" || $0 == "\t" }
            guard !rest.isEmpty else { break }
            let word = rest.prefix { $0 != " " && $0 != "\u{00A0}" && $0 != "\t" }
            words.append(word)
            rest = rest[word.endIndex...]
        }
        return words
    }

    /// The same words found scalar by scalar, without the cost of `Character`s: nil unless every
    /// scalar read, and the one after the last delimiter read, is a character of its own.
    private static func firstWordsByScalars(_ text: Substring, count: Int) -> [Substring]? {
        let scalars = text.unicodeScalars
        func isDelimiter(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\u{00A0}" || scalar == "\t" }
        var words: [Substring] = []
        var index = scalars.startIndex
        while words.count < count {
            while index < scalars.endIndex, isDelimiter(scalars[index]) { index = scalars.index(after: index) }
            guard index < scalars.endIndex else { break }
            let start = index
            while index < scalars.endIndex, !isDelimiter(scalars[index]) {
                guard SingleScalarCharacters.standsAlone(scalars[index]) else { return nil }
                index = scalars.index(after: index)
            }
            words.append(text[start..<index])
        }
        // A delimiter followed by a combining mark would not be a delimiter character.
        if index < scalars.endIndex {
            let next = scalars.index(after: index)
            if next < scalars.endIndex, !SingleScalarCharacters.standsAlone(scalars[next]) { return nil }
        }
        return words
    }

    /// Upper case, NBSP as space, curly apostrophe as straight, trimmed: for matching fixed wording only.
    /// (Trimmed here rather than by Foundation's `trimmingCharacters(in:)`, and the callers inlinable: a
    /// generic call from another module, or Foundation's trimming, cost every run of the command scans of
    /// the executable's protocol conformances, about a quarter of a million instructions each.)
    @inlinable
    static func comparable<S: StringProtocol>(_ text: S) -> String {
        // What `CharacterSet.whitespaces` holds: tab and the space separators.
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
        var result = String.UnicodeScalarView()
        var spaces: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            let kept: Unicode.Scalar
            switch scalar {
            case "\u{00A0}", "\u{202F}", "\t": kept = " "
            case "’", "‘": kept = "'"
            default: kept = scalar
            }
            // Spaces wait until a word follows them: none are kept at either end.
            if isSpace(kept) {
                if !result.isEmpty { spaces.append(kept) }
                continue
            }
            for space in spaces { result.append(space) }
            spaces.removeAll(keepingCapacity: true)
            result.append(kept)
        }
        return String(result).uppercased()
    }
}

extension String {
    /// The string without the characters at its end that satisfy `predicate`.
    public func trimmingSuffix(while predicate: (Character) -> Bool) -> String {
        var text = Substring(self)
        while let last = text.last, predicate(last) { text = text.dropLast() }
        return String(text)
    }
}
