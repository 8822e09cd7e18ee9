import XMLStreaming

/// The footnotes and endnotes parts: the text of each note by id, separators left out.
///
/// A note's text is read as the part is parsed, one note at a time, each read once from the parser's own
/// buffers (no tree of the part is built): its paragraphs and table rows, one per line, in one view of
/// the tracked changes.
struct NoteParts {
    private var footnotes: [String: String] = [:]
    private var endnotes: [String: String] = [:]

    init() {}

    /// Reads the notes of a notes part (`w:footnotes` or `w:endnotes`) in `package`; nothing when there is
    /// no such part.
    mutating func read(_ part: String?, kind: NoteReference.Kind, in package: DocxPackage, view: TrackedChangesView) throws(ReadError) {
        guard let part else { return }
        let local = kind == .footnote ? "footnote" : "endnote"
        var scope: [String: String] = [:]
        var texts: [String: String] = [:]
        _ = try package.parse(part, depth: 2, ancestor: { root in
            // Prefixes declared on the part's root hold for every note (`mc:Choice` names them).
            scope = root.namespaceDeclarations
        }, view: { note in
            guard note.isWord(local), note.wordAttribute("type") ?? "normal" == "normal", let id = note.wordAttribute("id") else { return }
            var walker = ContentWalker(view: view, scope: scope)
            texts[id] = SourceAssembler.plainText(walker.blocks(in: note))
        })
        switch kind {
        case .footnote: footnotes = texts
        case .endnote: endnotes = texts
        }
    }

    /// The text of the note a reference mark points to, nil when there is none.
    func text(_ reference: NoteReference) -> String? {
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
