/// The formats DraftDiff writes, chosen by `--format` or by the output file's extension.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
    case text, json, markdown = "md", html, docx

    /// The format an output path's extension names, if any.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "txt", "text": self = .text
        case "json": self = .json
        case "md", "markdown": self = .markdown
        case "html", "htm": self = .html
        case "docx": self = .docx
        default: return nil
        }
    }
}
