/// `w:sym`: a character given as a code in a symbol font. Word writes codes of 8-bit fonts in
/// the private range F020–F0FF. For the Symbol font the code is mapped to Unicode (Adobe's
/// Symbol encoding: "Ú" in Symbol is ∨); for other fonts (Wingdings…) the private-use
/// character is kept, since it names a picture, not a letter.
enum SymbolFont {
    /// Unicode for Symbol codes 0x20–0x7F and 0xA0–0xFF, 32 to a row.
    private static let rows: [UInt32: [Unicode.Scalar]] = [
        0x20: Array(" !∀#∃%&∋()∗+,−./0123456789:;<=>?".unicodeScalars),
        0x40: Array("≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_".unicodeScalars),
        0x60: Array("\u{F8E5}αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼\u{7F}".unicodeScalars),
        0xA0: Array("€ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…⏐⎯↵".unicodeScalars),
        0xC0: Array("ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓".unicodeScalars),
        0xE0: Array("◊〈®©™∑⎛⎜⎝⎡⎢⎣⎧⎨⎩⎪\u{F8FF}〉∫⌠⎮⌡⎞⎟⎠⎤⎥⎦⎫⎬⎭\u{F8FF}".unicodeScalars),
    ]

    /// The character `w:sym` stands for, from its `w:font` and hexadecimal `w:char`.
    static func character(font: String?, code hex: String?) -> String? {
        guard let hex, let code = UInt32(hex, radix: 16) else { return nil }
        let byte = (0xF000...0xF0FF).contains(code) ? code - 0xF000 : code
        if font?.lowercased() == "symbol", byte <= 0xFF, let row = rows[byte & 0xE0] {
            return String(row[Int(byte & 0x1F)])
        }
        return Unicode.Scalar(code).map { String($0) }
    }
}
