import DraftModel

/// Why a draft could not be read. Every case names the file; the description is one line
/// fit for a terminal ("csh.docx: not a .docx package (no zip signature)").
public enum ReadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file does not exist.
    case fileNotFound(file: String)
    /// The path is a directory.
    case isDirectory(file: String)
    /// The file could not be opened or read.
    case unreadable(file: String, reason: String)
    /// The file holds no text at all (nothing, or only blank lines).
    case empty(file: String)
    /// The file is not text in any encoding Word exports (binary data).
    case notText(file: String, reason: String)
    /// The file is a format DraftDiff does not read (legacy .doc, encrypted document, …), with advice.
    case unsupportedFormat(file: String, reason: String)
    /// The .docx package is broken or refused; `part` names the zip entry, `line` its line when known.
    case docx(file: String, part: String?, line: Int?, reason: String)

    /// The file the error is about.
    public var file: String {
        switch self {
        case .fileNotFound(let file), .isDirectory(let file), .empty(let file),
             .unreadable(let file, _), .notText(let file, _), .unsupportedFormat(let file, _),
             .docx(let file, _, _, _):
            return file
        }
    }

    public var description: String {
        switch self {
        case .fileNotFound(let file): return "\(file): no such file"
        case .isDirectory(let file): return "\(file): is a directory, not a draft"
        case .unreadable(let file, let reason): return "\(file): cannot be read (\(reason))"
        case .empty(let file): return "\(file): no text (the file is empty or holds only blank lines)"
        case .notText(let file, let reason): return "\(file): not a text draft (\(reason))"
        case .unsupportedFormat(let file, let reason): return "\(file): \(reason)"
        case .docx(let file, let part, let line, let reason):
            var place = ""
            if let part { place += " in \(part)" }
            if let line { place += " line \(line)" }
            return "\(file):\(place.isEmpty ? "" : place + ":") \(reason)"
        }
    }
}
