import XMLStreaming

/// The footnotes and endnotes parts: each note's content by id, separators left out.
struct NoteParts {
    private var footnotes: [String: XMLElement] = [:]
    private var endnotes: [String: XMLElement] = [:]
    /// Namespace prefixes declared on the parts' root elements.
    private(set) var scope: [String: String] = [:]

    init(footnotes: XMLElement?, endnotes: XMLElement?) {
        self.footnotes = Self.notes(in: footnotes, named: "footnote")
        self.endnotes = Self.notes(in: endnotes, named: "endnote")
        scope = (endnotes?.namespaceDeclarations ?? [:]).merging(footnotes?.namespaceDeclarations ?? [:]) { $1 }
    }

    private static func notes(in root: XMLElement?, named local: String) -> [String: XMLElement] {
        var result: [String: XMLElement] = [:]
        for note in root?.elements ?? [] where note.isWord(local) {
            let type = note.wordAttribute("type") ?? "normal"
            guard type == "normal", let id = note.wordAttribute("id") else { continue }
            result[id] = note
        }
        return result
    }

    /// The note a reference mark points to.
    func note(_ reference: NoteReference) -> XMLElement? {
        switch reference.kind {
        case .footnote: return footnotes[reference.id]
        case .endnote: return endnotes[reference.id]
        }
    }

    /// The id a footnote gets in the Draft: footnotes keep `w:id`, endnotes are told apart ("endnote-2").
    static func draftID(_ reference: NoteReference) -> String {
        switch reference.kind {
        case .footnote: return reference.id
        case .endnote: return "endnote-" + reference.id
        }
    }
}
