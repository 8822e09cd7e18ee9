/// Why an XML part could not be read. Every case carries the line where the parser stopped
/// (1-based; 0 when the parser could not tell).
public enum XMLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The bytes are not well-formed XML (libxml2's message, first error only).
    case malformed(line: Int, message: String)
    /// The part declares a DOCTYPE. Office parts never need one; refusing it rules out
    /// external entities and entity-expansion bombs.
    case doctypeRefused(line: Int)
    /// Elements nest deeper than the limit.
    case tooDeep(line: Int, limit: Int)
    /// The part is larger than the parser accepts in one piece.
    case tooLarge(bytes: Int)

    /// Where the parser stopped.
    public var line: Int {
        switch self {
        case .malformed(let line, _), .doctypeRefused(let line), .tooDeep(let line, _): return line
        case .tooLarge: return 0
        }
    }

    /// The same error for a document parsed from its middle, after a head standing for its first lines:
    /// every line after `head` moved `lines` further down, the error's and the one libxml2 names in its
    /// message where it names an element's ("Opening and ending tag mismatch: p line 12 and r"). Other
    /// messages may quote the document's text ("xmlns:x: 'see line 40' is not a valid URI"): left as they are.
    public func movedDown(by lines: Int, after head: Int) -> XMLError {
        func moved(_ line: Int) -> Int { line > head ? line + lines : line }
        switch self {
        case .malformed(let line, let message): return .malformed(line: moved(line), message: Self.moving(message, moved))
        case .doctypeRefused(let line): return .doctypeRefused(line: moved(line))
        case .tooDeep(let line, let limit): return .tooDeep(line: moved(line), limit: limit)
        case .tooLarge: return self
        }
    }

    /// The messages in which libxml2 names the line of an element (an XML name, never with a space in it)
    /// after it: "Opening and ending tag mismatch: NAME line N and NAME", "Premature end of data in tag NAME
    /// line N", "Couldn't find end of Start Tag NAME line N".
    private static let namingLines = ["Opening and ending tag mismatch: ", "Premature end of data in tag ",
                                      "Couldn't find end of Start Tag "]

    /// `message` with the line it names after an element moved, when it is one of `namingLines`.
    private static func moving(_ message: String, _ moved: (Int) -> Int) -> String {
        guard let opening = namingLines.first(where: message.hasPrefix) else { return message }
        let afterName = message.dropFirst(opening.count).drop { $0 != " " }
        guard afterName.hasPrefix(" line ") else { return message }
        let digits = afterName.dropFirst(" line ".count).prefix { $0.isASCII && $0.isNumber }
        guard let line = Int(digits) else { return message }
        return String(message[..<digits.startIndex]) + String(moved(line)) + message[digits.endIndex...]
    }

    /// The problem, without the line (callers place it).
    public var reason: String {
        switch self {
        case .malformed(_, let message): return "malformed XML (\(message))"
        case .doctypeRefused: return "a DOCTYPE declaration is refused (entities could read other files or expand without bound)"
        case .tooDeep(_, let limit): return "elements nest deeper than \(limit) levels"
        case .tooLarge(let bytes): return "an XML part of \(bytes) bytes is too large to parse"
        }
    }

    public var description: String { line > 0 ? "line \(line): \(reason)" : reason }
}
