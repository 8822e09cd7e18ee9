import Testing
@testable import DraftWriting

/// The Markdown and HTML escapers, run-based, against scalar-by-scalar references on generated texts
/// full of the characters they act on.
@Suite("Escaping")
struct EscapingTests {
    static let pieces = ["a", "é", "’", "😀", " ", "\n", "\r", "\t", "\u{01}", "\u{7F}", "\u{85}", "\u{A0}", "«", "#", "-", "+", "=", ">",
                         "<", "&", "\"", "'", "\\", "`", "*", "_", "[", "]", "{", "}", "~", "|", "!", "e\u{301}"]

    static func texts() -> [String] {
        var state: UInt64 = 11
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<3_000).map { _ in (0..<next(30)).map { _ in next(3) == 0 ? pieces[next(pieces.count)] : pieces[next(3)] }.joined() }
    }

    /// Markdown escaping as it was written first, one scalar at a time.
    static func markdownReference(_ value: String) -> String {
        let always: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "{", "}", "~", "|", "&", "!"]
        let lineStart: Set<Unicode.Scalar> = ["#", "-", "+", "=", ">"]
        var out = String.UnicodeScalarView()
        var atLineStart = false
        for scalar in value.unicodeScalars {
            if scalar == "\n" { out.append(contentsOf: "\\\n".unicodeScalars); atLineStart = true; continue }
            if Escaping.isStrayControl(scalar) || scalar == "\r" { continue }
            if always.contains(scalar) || atLineStart && lineStart.contains(scalar) { out.append("\\") }
            out.append(scalar)
            atLineStart = false
        }
        return String(out)
    }

    /// HTML escaping, one scalar at a time.
    static func htmlReference(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\r": break
            default: if !Escaping.isStrayControl(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    @Test func markdownAsScalarByScalar() {
        for text in Self.texts() {
            #expect(Array(MarkdownText.escaped(text).utf8) == Array(Self.markdownReference(text).utf8), "\(text.debugDescription)")
        }
    }

    @Test func htmlAsScalarByScalar() {
        for text in Self.texts() {
            #expect(Array(HTMLText.escaped(text).utf8) == Array(Self.htmlReference(text).utf8), "\(text.debugDescription)")
        }
    }
}
