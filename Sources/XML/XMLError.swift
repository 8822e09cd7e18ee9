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
