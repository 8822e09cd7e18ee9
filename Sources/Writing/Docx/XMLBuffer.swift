/// Builds XML text element by element, escaping every text and attribute value.
///
/// Characters XML 1.0 cannot hold (C0 controls other than tab, line feed and carriage return,
/// U+FFFE, U+FFFF) are left out; a carriage return is written as a character reference so that
/// parsers keep it.
struct XMLBuffer {
    /// The UTF-8 markup so far.
    private(set) var bytes: [UInt8] = []

    /// A buffer starting with the XML declaration.
    init(declaration: Bool = true) {
        if declaration { append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n") }
    }

    /// The markup so far as a string.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// `<name a="v">`
    mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        start(name)
        for (key, value) in attributes { appendAttribute(key, value) }
        bytes.append(UInt8(ascii: ">"))
    }

    /// `<name a="v">` with attributes computed at run time.
    mutating func open(_ name: String, attributes: [(String, String)]) {
        start(name, attributes)
        bytes.append(UInt8(ascii: ">"))
    }

    /// `</name>`
    mutating func close(_ name: String) {
        bytes.append(UInt8(ascii: "<"))
        bytes.append(UInt8(ascii: "/"))
        append(name)
        bytes.append(UInt8(ascii: ">"))
    }

    /// `<name a="v"/>`
    mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        start(name)
        for (key, value) in attributes { appendAttribute(key, value) }
        append("/>")
    }

    /// `<name a="v"/>` with attributes computed at run time.
    mutating func empty(_ name: String, attributes: [(String, String)]) {
        start(name, attributes)
        append("/>")
    }

    /// `<name>text</name>`, with `xml:space="preserve"` when the text has leading, trailing or doubled spaces.
    mutating func element(_ name: String, text content: some StringProtocol, preserveSpace: Bool = false) {
        start(name)
        if preserveSpace, Self.needsPreserve(content) { append(" xml:space=\"preserve\"") }
        bytes.append(UInt8(ascii: ">"))
        appendEscaped(content, attribute: false)
        close(name)
    }

    /// Appends markup written elsewhere (already escaped).
    mutating func append(raw markup: String) {
        append(markup)
    }

    private mutating func append(_ markup: some StringProtocol) {
        bytes.append(contentsOf: markup.utf8)
    }

    private mutating func start(_ name: String, _ attributes: [(String, String)] = []) {
        bytes.append(UInt8(ascii: "<"))
        append(name)
        for (key, value) in attributes { appendAttribute(key, value) }
    }

    private mutating func appendAttribute(_ key: String, _ value: String) {
        bytes.append(UInt8(ascii: " "))
        append(key)
        append("=\"")
        appendEscaped(value, attribute: true)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether whitespace at the edges (or a run of it) would be lost without `xml:space="preserve"`.
    static func needsPreserve(_ content: some StringProtocol) -> Bool {
        guard let first = content.unicodeScalars.first, let last = content.unicodeScalars.last else { return false }
        return first.properties.isWhitespace || last.properties.isWhitespace || hasDoubleSpace(content)
    }

    /// `content.contains("  ")`, asked only when the bytes hold two spaces in a row (nothing else can
    /// match two U+0020, which no character decomposes into).
    private static func hasDoubleSpace(_ content: some StringProtocol) -> Bool {
        var previous: UInt8 = 0
        for byte in content.utf8 {
            if byte == 0x20, previous == 0x20 { return String(content).contains("  ") }
            previous = byte
        }
        return false
    }

    /// `value` with markup characters escaped and characters XML cannot hold left out.
    static func escaped(_ value: String, attribute: Bool) -> String {
        var buffer = XMLBuffer(declaration: false)
        buffer.appendEscaped(value, attribute: attribute)
        return buffer.text
    }

    /// Appends `value` escaped, byte by byte: the runs between characters to escape are copied whole.
    /// (Markup characters and C0 controls are single bytes in UTF-8; U+FFFE and U+FFFF are EF BF BE/BF.)
    private mutating func appendEscaped(_ value: some StringProtocol, attribute: Bool) {
        var value = String(value)
        value.withUTF8 { utf8 in
            var copied = 0
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                let replacement: StaticString?
                var width = 1
                switch byte {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\"") where attribute: replacement = "&quot;"
                case 0x0D: replacement = "&#xD;"
                case 0x09 where attribute: replacement = "&#x9;"
                case 0x0A where attribute: replacement = "&#xA;"
                case 0x09, 0x0A: replacement = nil
                case ..<0x20: replacement = ""
                case 0xEF where index + 2 < utf8.count && utf8[index + 1] == 0xBF && utf8[index + 2] >= 0xBE:
                    replacement = ""
                    width = 3
                default: replacement = nil
                }
                if let replacement {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied..<index]))
                    replacement.withUTF8Buffer { bytes.append(contentsOf: $0) }
                    copied = index + width
                }
                index += width
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied...]))
        }
    }

}
