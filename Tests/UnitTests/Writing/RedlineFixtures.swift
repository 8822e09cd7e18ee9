import DraftDiff

/// A hand-made pair of drafts and their alignment with one entry of every kind: renumbering,
/// word changes, a split, a merge, a deletion, insertions, a move across sections, footnotes
/// kept, changed, added and removed, a changed table, and text that needs escaping.
enum RedlineFixtures {
    static func paragraph(_ label: String?, _ text: String, level: Int = 2, subparagraphs: [Block] = [],
                          anchors: [FootnoteAnchor] = []) -> Block {
        Block(kind: .paragraph, label: label, text: text, level: level, subparagraphs: subparagraphs, footnoteAnchors: anchors)
    }

    static func sub(_ label: String, _ text: String) -> Block {
        Block(kind: .paragraph, label: label, text: text, level: 3)
    }

    static var old: Draft {
        Draft(
            source: DraftSource(path: "old & <draft>.txt", format: .memory),
            blocks: [
                Block(kind: .title, text: "PROJET DE RÉSOLUTION"),
                Block(kind: .preamble, text: "AYANT VU le rapport « A & B » <annexe> \"1\",",
                      footnoteAnchors: [FootnoteAnchor(footnoteID: "1", offset: 43)]),
                Block(kind: .operativeMarker, text: "DÉCIDE :"),
                Block(kind: .heading, label: "I", text: "ACTIVITÉS DE LA COMMISSION", level: 1),
                paragraph("1", "De remercier le Gouvernement du Pérou."),
                paragraph("2", "D’inviter les États membres à ratifier la Convention.",
                          subparagraphs: [sub("a", "la sécurité des ports ;"), sub("b", "la protection de l’aviation.")]),
                paragraph("3", "De demander au Secrétariat de faire rapport. De continuer à soutenir les États."),
                paragraph("4", "De réitérer sa condamnation."),
                paragraph("5", "De souligner l’importance du dialogue.",
                          anchors: [FootnoteAnchor(footnoteID: "2", offset: 38)]),
                paragraph("6", "De supprimer ce paragraphe\tobsolète."),
                paragraph("7", "D’encourager la coopération régionale."),
                Block(kind: .heading, label: "II", text: "SUIVI ET RAPPORTS", level: 1),
                paragraph("8", "De demander un rapport\nà la prochaine session."),
                Block(kind: .table, text: "", table: Table(rows: [["Réunion", "Date"], ["CICTE", "mars 2022"]], headerRowCount: 1)),
            ],
            footnotes: [
                Footnote(id: "1", number: 1, text: "Rapport annuel de la CICAD."),
                Footnote(id: "2", number: 2, text: "Une délégation se dissocie de ce paragraphe."),
            ])
    }

    static var new: Draft {
        Draft(
            source: DraftSource(path: "new.txt", format: .memory),
            blocks: [
                Block(kind: .title, text: "PROJET DE RÉSOLUTION"),
                Block(kind: .preamble, text: "AYANT VU le rapport « A & B » <annexe> \"2\",",
                      footnoteAnchors: [FootnoteAnchor(footnoteID: "1", offset: 43)]),
                Block(kind: .operativeMarker, text: "DÉCIDE :"),
                Block(kind: .heading, label: "I", text: "ACTIVITÉS DE LA COMMISSION", level: 1),
                paragraph("1", "De saluer le nouveau plan de travail.",
                          anchors: [FootnoteAnchor(footnoteID: "9", offset: 37)]),
                paragraph("2", "De remercier le Gouvernement du Pérou."),
                paragraph("3", "D’inviter instamment les États membres à ratifier la Convention de 2002.",
                          subparagraphs: [sub("a", "la sécurité des ports ;"), sub("b", "la protection de l’aviation ;"),
                                          sub("c", "la cybersécurité.")]),
                paragraph("4", "De demander au Secrétariat de faire rapport."),
                paragraph("5", "De continuer à soutenir les États."),
                paragraph("6", "De réitérer sa condamnation et de souligner l’importance du dialogue."),
                Block(kind: .heading, label: "II", text: "SUIVI ET RAPPORTS", level: 1),
                paragraph("7", "D’encourager vivement la coopération régionale."),
                paragraph("8", "De demander un rapport\nà la prochaine session."),
                Block(kind: .table, text: "", table: Table(rows: [["Réunion", "Date"], ["CICTE", "avril 2022"]], headerRowCount: 1)),
            ],
            footnotes: [
                Footnote(id: "1", number: 1, text: "Rapport annuel 2021 de la CICAD."),
                Footnote(id: "9", number: 2, text: "Nouveau plan, document CP/doc.1."),
            ])
    }

    static func path(_ index: Int, _ sub: Int? = nil) -> BlockPath { BlockPath(index: index, subparagraph: sub) }

    static var alignment: Alignment {
        let e = WordChange.Operation.equal, i = WordChange.Operation.insert, d = WordChange.Operation.delete
        func script(_ runs: [(WordChange.Operation, String)]) -> [WordChange] { runs.map { WordChange($0.0, $0.1) } }
        return Alignment(
            old: old, new: new,
            entries: [
                AlignmentEntry(kind: .unchanged, old: [path(0)], new: [path(0)], similarity: 1),
                AlignmentEntry(kind: .modified, old: [path(1)], new: [path(1)], similarity: 0.95,
                               changes: script([(e, "AYANT VU le rapport « A & B » <annexe> \""), (d, "1"), (i, "2"), (e, "\",")])),
                AlignmentEntry(kind: .unchanged, old: [path(2)], new: [path(2)], similarity: 1),
                AlignmentEntry(kind: .unchanged, old: [path(3)], new: [path(3)], similarity: 1),
                AlignmentEntry(kind: .inserted, old: [], new: [path(4)], similarity: 0),
                AlignmentEntry(kind: .unchanged, old: [path(4)], new: [path(5)], similarity: 1,
                               renumbered: Renumbering(oldLabel: "1", newLabel: "2")),
                AlignmentEntry(kind: .modified, old: [path(5)], new: [path(6)], similarity: 0.8,
                               renumbered: Renumbering(oldLabel: "2", newLabel: "3"),
                               changes: script([(e, "D’inviter "), (i, "instamment "), (e, "les États membres à ratifier la Convention"),
                                                (i, " de 2002"), (e, ".")])),
                AlignmentEntry(kind: .unchanged, old: [path(5, 0)], new: [path(6, 0)], similarity: 1),
                AlignmentEntry(kind: .modified, old: [path(5, 1)], new: [path(6, 1)], similarity: 0.9,
                               changes: script([(e, "la protection de l’aviation"), (d, "."), (i, " ;")])),
                AlignmentEntry(kind: .inserted, old: [], new: [path(6, 2)], similarity: 0),
                AlignmentEntry(kind: .split, old: [path(6)], new: [path(7), path(8)], similarity: 0.9,
                               renumbered: Renumbering(oldLabel: "3", newLabel: "4"),
                               changes: script([(e, "De demander au Secrétariat de faire rapport."), (d, " "), (i, "\n"),
                                                (e, "De continuer à soutenir les États.")])),
                AlignmentEntry(kind: .merged, old: [path(7), path(8)], new: [path(9)], similarity: 0.85,
                               renumbered: Renumbering(oldLabel: "4", newLabel: "6"),
                               changes: script([(e, "De réitérer sa condamnation"), (d, ".\nDe"), (i, " et de"),
                                                (e, " souligner l’importance du dialogue.")])),
                AlignmentEntry(kind: .deleted, old: [path(9)], new: [], similarity: 0),
                AlignmentEntry(kind: .unchanged, old: [path(11)], new: [path(10)], similarity: 1),
                AlignmentEntry(kind: .moved, old: [path(10)], new: [path(11)], similarity: 0.9,
                               changes: script([(e, "D’encourager "), (i, "vivement "), (e, "la coopération régionale.")])),
                AlignmentEntry(kind: .unchanged, old: [path(12)], new: [path(12)], similarity: 1),
                AlignmentEntry(kind: .modified, old: [path(13)], new: [path(13)], similarity: 0.9),
            ],
            footnotes: [
                FootnoteAlignment(old: "1", new: "1", changes: script([(e, "Rapport annuel "), (i, "2021 "), (e, "de la CICAD.")])),
                FootnoteAlignment(old: "2", new: nil, changes: []),
                FootnoteAlignment(old: nil, new: "9", changes: []),
            ])
    }

    /// The texts of a draft's paragraphs (tables left out), as rebuilt from a redline.
    static func paragraphTexts(_ draft: Draft) -> [String] {
        draft.flattened.filter { $0.block.table == nil }.map(\.block.text)
    }

    /// The text a reader sees of a draft, one block per line, table cells one per line, then the footnotes.
    /// `withJobCodes` for a draft written as a document of its own, which prints its job codes at the end.
    static func readerText(_ draft: Draft, withJobCodes: Bool = false) -> String {
        readerText(draft, paths: draft.flattened.map(\.path), trailing: withJobCodes ? draft.metadata.jobCodes : [])
    }

    /// The same for the blocks of one side of an alignment (a fragment comparison covers only some).
    /// `sectionBySection` for a fragment comparison: its sections come in the fragment's order, so the
    /// old blocks are in order only within each section.
    static func readerText(_ alignment: Alignment, old: Bool, sectionBySection: Bool = false) -> String {
        let draft = old ? alignment.old : alignment.new
        guard sectionBySection, old else {
            return readerText(draft, paths: alignment.entries.flatMap { old ? $0.old : $0.new }.sorted())
        }
        var sections: [[BlockPath]] = []
        for entry in alignment.entries {
            if sections.isEmpty || entry.new.first.map({ alignment.new[$0].kind == .heading }) == true { sections.append([]) }
            sections[sections.count - 1] += entry.old
        }
        return readerText(draft, paths: sections.flatMap { $0.sorted() })
    }

    private static func readerText(_ draft: Draft, paths: [BlockPath], trailing: [String] = []) -> String {
        var lines: [String] = []
        var notes: [String] = []
        for path in paths {
            let block = draft[path]
            if let table = block.table { lines += table.rows.flatMap { $0 } } else { lines.append(block.text) }
            notes += block.footnoteAnchors.sorted { $0.offset < $1.offset }.compactMap { draft.footnote(id: $0.footnoteID)?.text }
        }
        return (lines + trailing + ["=== footnotes ==="] + notes).joined(separator: "\n") + "\n"
    }

    /// The paragraphs of one side of an alignment, as rebuilt from a redline (tables left out).
    static func paragraphTexts(_ alignment: Alignment, old: Bool) -> [String] {
        let draft = old ? alignment.old : alignment.new
        return alignment.entries.flatMap { old ? $0.old : $0.new }.sorted().map { draft[$0] }.filter { $0.table == nil }.map(\.text)
    }
}
