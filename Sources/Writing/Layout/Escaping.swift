/// The loop behind every writer's escaping: each Unicode scalar kept, replaced, or left out.
enum Escaping {
    /// `value` with each scalar replaced by what `replacement` gives for it: nil keeps the scalar,
    /// an empty string leaves it out.
    static func map(_ value: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        var out = String.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            if let replaced = replacement(scalar) {
                out.append(contentsOf: replaced.unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether a scalar is a control character no output should carry (C0 other than tab, line feed
    /// and carriage return; DEL and C1).
    static func isStrayControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 && value != 0x9 && value != 0xA && value != 0xD || (0x7F...0x9F).contains(value)
    }
}
