extension String {
    /// The text on one line, for a label or a message: each line break, with the spaces and tabs around it,
    /// made one space (a heading with a manual line break, "… CONTINENTALE⏎ET DES ÉTATS MEMBRES", reads
    /// "… CONTINENTALE ET DES ÉTATS MEMBRES"). The text itself is never changed: this is for display.
    public var onOneLine: String {
        guard contains(where: \.isNewline) else { return self }
        let isBlank = { (character: Character) in character == " " || character == "\t" }
        return split(whereSeparator: \.isNewline).map { line in
            line.drop(while: isBlank).reversed().drop(while: isBlank).reversed()
        }.map { String($0) }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
