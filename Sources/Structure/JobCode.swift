/// Secretariat job codes ("CICTE01498F06", "AG08381F01"): letters, digits, a language letter, a
/// revision number. Word documents carry them in small print after the last sentence, and the
/// text export glues them to it ("…de la réunion.CICTE01498F06").
enum JobCode {
    /// Splits a job code off the end of `text`: the text without it, and the code.
    static func split(_ text: String) -> (text: String, code: String)? {
        // Walked back from the end: a note or a paragraph may be long, and only its end matters.
        let scalars = text.unicodeScalars
        func back(from index: String.Index, while test: (Unicode.Scalar) -> Bool) -> String.Index {
            var index = index
            while index > scalars.startIndex, test(scalars[scalars.index(before: index)]) { index = scalars.index(before: index) }
            return index
        }
        let end = back(from: scalars.endIndex) { $0.properties.isWhitespace }
        let start = back(from: end, while: isCodeScalar)
        let code = String(scalars[start..<end])
        guard isJobCode(code) else { return nil }
        return (String(scalars[..<back(from: start) { $0.properties.isWhitespace }]), code)
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
