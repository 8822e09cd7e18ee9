/// Builds XML text element by element, escaping every text and attribute value.
///
/// Characters XML 1.0 cannot hold (C0 controls other than tab, line feed and carriage return,
/// U+FFFE, U+FFFF) are left out; a carriage return is written as a character reference so that
/// parsers keep it.
struct XMLBuffer {
    private(set) var text: String

    /// A buffer starting with the XML declaration.
    init(declaration: Bool = true) {
        text = declaration ? "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" : ""
    }

    /// `<name a="v">`
    mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        open(name, attributes: attributes.map { ($0.key, $0.value) })
    }

    /// `<name a="v">` with attributes computed at run time.
    mutating func open(_ name: String, attributes: [(String, String)]) {
        start(name, attributes)
        text += ">"
    }

    /// `</name>`
    mutating func close(_ name: String) {
        text += "</" + name + ">"
    }

    /// `<name a="v"/>`
    mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        empty(name, attributes: attributes.map { ($0.key, $0.value) })
    }

    /// `<name a="v"/>` with attributes computed at run time.
    mutating func empty(_ name: String, attributes: [(String, String)]) {
        start(name, attributes)
        text += "/>"
    }

    /// `<name>text</name>`, with `xml:space="preserve"` when the text has leading, trailing or doubled spaces.
    mutating func element(_ name: String, text content: String, preserveSpace: Bool = false) {
        text += "<" + name
        if preserveSpace, Self.needsPreserve(content) { text += " xml:space=\"preserve\"" }
        text += ">"
        text += Self.escaped(content, attribute: false)
        text += "</" + name + ">"
    }

    /// Appends markup written elsewhere (already escaped).
    mutating func append(raw markup: String) {
        text += markup
    }

    var bytes: [UInt8] { Array(text.utf8) }

    private mutating func start(_ name: String, _ attributes: [(String, String)]) {
        text += "<" + name
        for (key, value) in attributes { appendAttribute(key, value) }
    }

    private mutating func appendAttribute(_ key: String, _ value: String) {
        text += " " + key + "=\"" + Self.escaped(value, attribute: true) + "\""
    }

    /// Whether whitespace at the edges (or a run of it) would be lost without `xml:space="preserve"`.
    static func needsPreserve(_ content: String) -> Bool {
        guard let first = content.unicodeScalars.first, let last = content.unicodeScalars.last else { return false }
        return first.properties.isWhitespace || last.properties.isWhitespace || content.contains("  ")
    }

    /// `value` with markup characters escaped and characters XML cannot hold left out.
    static func escaped(_ value: String, attribute: Bool) -> String {
        Escaping.map(value) { scalar in
            switch scalar {
            case "&": return "&amp;"
            case "<": return "&lt;"
            case ">": return "&gt;"
            case "\"" where attribute: return "&quot;"
            case "\r": return "&#xD;"
            case "\t" where attribute: return "&#x9;"
            case "\n" where attribute: return "&#xA;"
            default: return isAllowed(scalar) ? nil : ""
            }
        }
    }

    /// Whether XML 1.0 can hold the character.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value == 0x9 || value == 0xA || value == 0xD }
        return value != 0xFFFE && value != 0xFFFF
    }
}
