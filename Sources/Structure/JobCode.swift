/// Secretariat job codes ("CICTE01498F06", "AG08381F01"): letters, digits, a language letter, a
/// revision number. Word documents carry them in small print after the last sentence, and the
/// text export glues them to it ("…de la réunion.CICTE01498F06").
enum JobCode {
    /// Splits a job code off the end of `text`: the text without it, and the code.
    static func split(_ text: String) -> (text: String, code: String)? {
        let scalars = Array(text.unicodeScalars)
        var end = scalars.count
        while end > 0, scalars[end - 1].properties.isWhitespace { end -= 1 }
        var start = end
        while start > 0, isCodeScalar(scalars[start - 1]) { start -= 1 }
        let code = String(String.UnicodeScalarView(scalars[start..<end]))
        guard isJobCode(code) else { return nil }
        var keep = start
        while keep > 0, scalars[keep - 1].properties.isWhitespace { keep -= 1 }
        return (String(String.UnicodeScalarView(scalars[0..<keep])), code)
    }

    private static func isCodeScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    /// Letters (2–8), digits (4–6), one or two letters, two digits.
    static func isJobCode(_ code: String) -> Bool {
        var groups: [(isDigit: Bool, count: Int)] = []
        for scalar in code.unicodeScalars {
            let isDigit = ("0"..."9").contains(scalar)
            if let last = groups.last, last.isDigit == isDigit {
                groups[groups.count - 1].count += 1
            } else {
                groups.append((isDigit, 1))
            }
        }
        guard groups.count == 4 else { return false }
        return !groups[0].isDigit && (2...8).contains(groups[0].count)
            && (4...6).contains(groups[1].count) && (1...2).contains(groups[2].count) && groups[3].count == 2
    }
}
