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
        start(name, attributes)
        text += ">"
    }

    /// `<name a="v">` with attributes computed at run time.
    mutating func open(_ name: String, attributes: [(String, String)]) {
        text += "<" + name
        for (key, value) in attributes { appendAttribute(key, value) }
        text += ">"
    }

    /// `</name>`
    mutating func close(_ name: String) {
        text += "</" + name + ">"
    }

    /// `<name a="v"/>`
    mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        start(name, attributes)
        text += "/>"
    }

    /// `<name a="v"/>` with attributes computed at run time.
    mutating func empty(_ name: String, attributes: [(String, String)]) {
        text += "<" + name
        for (key, value) in attributes { appendAttribute(key, value) }
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

    private mutating func start(_ name: String, _ attributes: KeyValuePairs<String, String>) {
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
        var out = String.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"" where attribute: out.append(contentsOf: "&quot;".unicodeScalars)
            case "\r": out.append(contentsOf: "&#xD;".unicodeScalars)
            case "\t" where attribute: out.append(contentsOf: "&#x9;".unicodeScalars)
            case "\n" where attribute: out.append(contentsOf: "&#xA;".unicodeScalars)
            case "\t", "\n": out.append(scalar)
            default:
                if isAllowed(scalar) { out.append(scalar) }
            }
        }
        return String(out)
    }

    /// Whether XML 1.0 can hold the character.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value == 0x9 || value == 0xA || value == 0xD }
        return value != 0xFFFE && value != 0xFFFF
    }
}
