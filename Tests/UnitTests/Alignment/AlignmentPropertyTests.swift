import Testing
import DraftDiff

@Suite("Alignment properties")
struct AlignmentPropertyTests {
    private var global: Draft { get throws { try DraftReader().read(path: Fixtures.globalResolution) } }

    /// The 2021 resolution with deterministic edits: renumbering, a deletion, a move, word changes.
    private func revised(_ draft: Draft) -> Draft {
        var draft = draft
        var paragraphs = draft.blocks.indices.filter { draft.blocks[$0].kind == .paragraph }
        draft.blocks[paragraphs[10]].text = draft.blocks[paragraphs[10]].text.replacingOccurrences(of: "de", with: "du")
        draft.blocks[paragraphs[20]].text = draft.blocks[paragraphs[20]].text.replacingOccurrences(of: "’", with: "'")
        let moved = draft.blocks.remove(at: paragraphs[30])
        draft.blocks.insert(moved, at: paragraphs[90])
        paragraphs = draft.blocks.indices.filter { draft.blocks[$0].kind == .paragraph }
        draft.blocks.remove(at: paragraphs[50])
        draft.renumberParagraphs()
        draft.source.path = "revised"
        return draft
    }

    @Test func comparingADraftWithItselfReportsNoChange() throws {
        let draft = try global
        let alignment = DraftAligner().align(draft, draft)
        #expect(!alignment.hasDifferences)
        #expect(alignment.entries.allSatisfy { $0.kind == .unchanged && $0.renumbered == nil && $0.changes.isEmpty })
        #expect(alignment.entries.count == draft.flattened.count)
    }

    @Test func everyBlockAppearsInExactlyOneEntry() throws {
        let old = try global, new = revised(old)
        let alignment = DraftAligner().align(old, new)
        #expect(alignment.entries.flatMap(\.old).sorted() == old.flattened.map(\.path))
        #expect(alignment.entries.flatMap(\.new).sorted() == new.flattened.map(\.path))
        #expect(alignment.summary[.moved] == 1, "\(alignment.summary)")
        let removed = old.operativeParagraphs[51]   // the 51st after the 31st moved away
        #expect(alignment.summary[.deleted] == 1 + removed.subparagraphs.count)
        #expect(alignment.summary[.modified] == 1, "\(alignment.summary)")
        #expect(alignment.summary.renumbered > 50)
    }

    @Test func editScriptsReproduceBothVersionsExactly() throws {
        let old = try global, new = revised(old)
        for entry in DraftAligner().align(old, new).entries where !entry.old.isEmpty && !entry.new.isEmpty {
            let oldText = entry.old.map { old[$0].text }.joined(separator: "\n")
            let newText = entry.new.map { new[$0].text }.joined(separator: "\n")
            if entry.changes.isEmpty {
                #expect(oldText == newText)
            } else {
                #expect(entry.changes.oldText == oldText)
                #expect(entry.changes.newText == newText)
            }
        }
    }

    @Test func comparisonsBothWaysAreMirrorImages() throws {
        let old = try global, new = revised(old)
        let forward = DraftAligner().align(old, new), backward = DraftAligner().align(new, old)
        let mirror: [AlignmentKind: AlignmentKind] = [.inserted: .deleted, .deleted: .inserted, .split: .merged, .merged: .split]
        let forwardLinks = Set(forward.entries.map { "\($0.old)|\($0.new)|\(mirror[$0.kind] ?? $0.kind)" })
        let backwardLinks = Set(backward.entries.map { "\($0.new)|\($0.old)|\($0.kind)" })
        #expect(forwardLinks == backwardLinks)
    }

    @Test func tenThousandIdenticalParagraphsAlignWithoutBlowingUp() {
        let text = "De demander au Secrétariat général de faire rapport à la Commission sur la mise en œuvre de la présente résolution."
        let old = MemoryDraft.make(Array(repeating: text, count: 10_000))
        let new = MemoryDraft.make(Array(repeating: text, count: 9_999) + ["Un paragraphe vraiment nouveau sur les sargasses."])
        let alignment = DraftAligner().align(old, new)
        #expect(alignment.summary[.unchanged] == 9_999)
        #expect(alignment.summary[.inserted] == 1 && alignment.summary[.deleted] == 1)
    }

    /// A section repeated 80 times, against its revision repeated 80 times: no text is unique, and every
    /// word is in more paragraphs than the candidate index lists. Each copy must still pair with its own
    /// counterpart, giving 80 times the changes of one copy, not moves across copies.
    @Test func repeatedCopiesPairCopyByCopy() {
        let s = MemoryDraft.subjects
        let section = [s[0], s[1], s[2], s[3], s[4], s[5]]
        let revised = [s[0], s[1] + " sargasses", s[3], s[4], s[2], s[5]]
        let once = DraftAligner().align(MemoryDraft.make(section), MemoryDraft.make(revised)).summary
        let copies = DraftAligner().align(MemoryDraft.make(Array(Array(repeating: section, count: 80).joined())),
                                          MemoryDraft.make(Array(Array(repeating: revised, count: 80).joined()))).summary
        #expect(once[.moved] == 1 && once[.modified] == 1 && once[.unchanged] == 4)
        for kind in AlignmentKind.allCases { #expect(copies[kind] == 80 * once[kind], "\(kind)") }
    }

    @Test func ignoringCaseMakesCaseOnlyChangesUnchanged() {
        let text = MemoryDraft.subjects[0]
        let old = MemoryDraft.make([text]), new = MemoryDraft.make([text.replacingOccurrences(of: "États", with: "ÉTATS").replacingOccurrences(of: "pêche", with: "Pêche")])
        #expect(DraftAligner().align(old, new).summary[.modified] == 1)
        #expect(DraftAligner(options: AlignmentOptions(ignoreCase: true)).align(old, new).summary[.unchanged] == 1)
    }
}

@Suite("Tables and footnotes")
struct TableAndFootnoteAlignmentTests {
    @Test func tableRowsArePairedOneByOne() throws {
        let old = try Fixtures.read(Fixtures.globalResolution)
        var new = old
        let index = try #require(new.blocks.firstIndex { $0.kind == .table })
        var table = try #require(new.blocks[index].table)
        table.rows[2][3] = "Deuxième Conférence extraordinaire des États parties à la CITAAC"
        table.rows.insert(["8", "CICTE", "2023", "Réunion sur les rançongiciels", "Lima"], at: 8)
        new.blocks[index].table = table
        let entry = try #require(DraftAligner().align(old, new).entries.first { $0.new == [BlockPath(index: index)] })
        #expect(entry.kind == .modified)
        let changed = entry.tableRows.filter { $0.kind != .unchanged }
        #expect(changed.map(\.kind) == [.modified, .inserted])
        #expect(changed.map(\.new) == [2, 8])
        #expect(changed[0].changes.contains(WordChange(.insert, "extraordinaire ")))
        #expect(entry.tableRows.count == table.rows.count)
    }

    @Test func footnotesAreComparedThroughTheBlocksTheyAnnotate() throws {
        let old = try Fixtures.read(Fixtures.globalResolution)
        var new = old
        let note = try #require(new.footnotes.indices.last)
        new.footnotes[note].text += " Liste révisée."
        let alignment = DraftAligner().align(old, new)
        let changed = alignment.footnotes.filter { $0.changes.hasChanges }
        #expect(changed.map(\.old) == [old.footnotes[note].id])
        #expect(changed.first?.changes.newText == new.footnotes[note].text)
        #expect(alignment.footnotes.count == old.footnotes.count)
        #expect(alignment.hasDifferences)
    }
}
