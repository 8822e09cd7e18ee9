/// The loop behind every writer's escaping: each Unicode scalar kept, replaced, or left out.
enum Escaping {
    /// `value` with each scalar replaced by what `replacement` gives for it: nil keeps the scalar,
    /// an empty string leaves it out.
    static func map(_ value: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        // The runs of scalars kept are copied whole; a text with nothing to replace is returned as it is.
        let scalars = value.unicodeScalars
        var out: String?
        var runStart = scalars.startIndex
        var index = runStart
        while index != scalars.endIndex {
            let next = scalars.index(after: index)
            if let replaced = replacement(scalars[index]) {
                if out == nil {
                    out = ""
                    out!.reserveCapacity(value.utf8.count + 16)
                }
                out! += Substring(scalars[runStart..<index])
                out! += replaced
                runStart = next
            }
            index = next
        }
        guard var result = out else { return value }
        result += Substring(scalars[runStart...])
        return result
    }

    /// Whether a scalar is a control character no output should carry (C0 other than tab, line feed
    /// and carriage return; DEL and C1).
    static func isStrayControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 && value != 0x9 && value != 0xA && value != 0xD || (0x7F...0x9F).contains(value)
    }
}
