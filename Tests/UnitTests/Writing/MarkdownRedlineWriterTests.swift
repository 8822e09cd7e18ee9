import Foundation
import Testing
@testable import DraftWriting
import DraftDiff

@Suite("Markdown redline")
struct MarkdownRedlineWriterTests {
    let options = ReportOptions(author: "draftdiff", date: Date(timeIntervalSince1970: 1_790_000_000))

    @Test("both versions can be rebuilt from the CriticMarkup, footnotes included")
    func rebuild() {
        let alignment = RedlineFixtures.alignment
        let view = CriticMarkupView(markdown: MarkdownRedlineWriter(options: options).write(alignment))
        let new = view.version(old: false), old = view.version(old: true)
        #expect(new.paragraphs == RedlineFixtures.paragraphTexts(alignment.new))
        #expect(old.paragraphs == RedlineFixtures.paragraphTexts(alignment.old))
        #expect(new.footnotes == alignment.new.footnotes.map(\.text))
        #expect(old.footnotes == alignment.old.footnotes.map(\.text))
    }

    @Test("summary and paragraph map head the report; moves, splits and merges carry comments")
    func structure() {
        let markdown = MarkdownRedlineWriter(options: options).write(RedlineFixtures.alignment)
        // Footnote 1 reworded, footnote 2 removed and another added: three footnotes changed.
        #expect(markdown.contains("| unchanged | modified | moved | split | merged | inserted | deleted | renumbered | footnotes changed |\n"
            + "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n| 7 | 4 | 1 | 1 | 1 | 2 | 1 | 4 | 3 |"))
        #expect(markdown.contains("| [7](#p14-from) | [7](#p14) | moved | 0.90 |"))
        #expect(markdown.contains("{>>moved to 7<<} {--D’encourager la coopération régionale.--}"))
        #expect(markdown.contains("{>>moved from 7<<} D’encourager {++vivement ++}la coopération régionale."))
        #expect(markdown.contains("{>>split from 3 (1/2)<<}"))
        #expect(markdown.contains("{>>merged from 4 + 5<<}"))
        #expect(markdown.contains("la protection de l’aviation{~~.~> ;~~}"))
        #expect(markdown.contains("| CICTE | {~~mars~>avril~~} 2022 |"))
    }

    @Test("markup characters in the text are escaped and come back unchanged")
    func escaping() {
        let text = "A & B < C > \"D\" {++x++} *y* _z_ [w] \u{1}end"
        let draft = Draft(source: DraftSource(path: "x", format: .memory), blocks: [Block(kind: .preamble, text: text)])
        let markdown = DraftMarkdownWriter().write(draft)
        #expect(markdown == "A \\& B \\< C \\> \"D\" \\{++x++\\} \\*y\\* \\_z\\_ \\[w\\] end\n")
        #expect(MarkdownText.unescaped(markdown) == "A & B < C > \"D\" {++x++} *y* _z_ [w] end\n")
    }

    @Test("a plain draft as Markdown: headings, bold labels, footnotes, tables, no markup")
    func plainDraft() {
        let markdown = DraftMarkdownWriter().write(RedlineFixtures.new)
        #expect(markdown.contains("### **I.** ACTIVITÉS DE LA COMMISSION\n"))
        #expect(markdown.contains("**1.** De saluer le nouveau plan de travail.[^2]\n"))
        #expect(markdown.contains("[^2]: Nouveau plan, document CP/doc.1.\n"))
        #expect(markdown.contains("| CICTE | avril 2022 |"))
        #expect(!markdown.contains("{++") && !markdown.contains("{--") && !markdown.contains("<a id"))
    }

    @Test("identical inputs and options give identical text")
    func deterministic() {
        let writer = MarkdownRedlineWriter(options: options)
        #expect(writer.write(RedlineFixtures.alignment) == writer.write(RedlineFixtures.alignment))
    }
}
