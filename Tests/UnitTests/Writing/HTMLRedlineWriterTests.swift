import Foundation
import Testing
@testable import DraftWriting
import DraftDiff

@Suite("HTML redline")
struct HTMLRedlineWriterTests {
    let options = ReportOptions(author: "Secrétariat", date: Date(timeIntervalSince1970: 1_790_000_000))

    func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
            String(text[Range($0.range(at: 1), in: text)!])
        }
    }

    /// The text a reader sees of one version: the other version's changes removed, tags removed, entities decoded.
    func visibleText(_ html: String, old: Bool) -> String {
        let body = html.components(separatedBy: "<body").last ?? html
        let other = old ? "ins" : "del"
        return body.replacingOccurrences(of: "<\(other)[^>]*>.*?</\(other)>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test("self-contained: inline style, no script, no external resource, a print stylesheet", arguments: ReportOptions.Layout.allCases)
    func selfContained(layout: ReportOptions.Layout) {
        var options = options
        options.layout = layout
        let html = HTMLRedlineWriter(options: options).write(RedlineFixtures.alignment)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
        #expect(html.contains("<style>") && html.contains("@media print"))
        for forbidden in ["<script", "<link", " src=", "http://", "https://", "@import", "url("] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
    }

    @Test("every link points at an anchor of the page, and anchors are unique", arguments: ReportOptions.Layout.allCases)
    func links(layout: ReportOptions.Layout) {
        var options = options
        options.layout = layout
        let html = HTMLRedlineWriter(options: options).write(RedlineFixtures.alignment)
        let ids = matches(" id=\"([^\"]+)\"", in: html)
        #expect(Set(ids).count == ids.count)
        for target in Set(matches("href=\"#([^\"]+)\"", in: html)) {
            #expect(ids.contains(target), "no anchor \(target)")
        }
    }

    @Test("summary, paragraph map, both ends of a move linked, split and merge marked")
    func structure() {
        let html = HTMLRedlineWriter(options: options).write(RedlineFixtures.alignment)
        #expect(html.contains("<li class=\"moved\"><b>1</b>moved</li>"))
        #expect(html.contains("<li class=\"renumbered\"><b>4</b>renumbered</li>"))
        #expect(html.contains("<tr class=\"moved\"><td><a href=\"#p14-from\">7</a></td><td><a href=\"#p14\">7</a></td><td>moved</td><td class=\"num\">0.90</td></tr>"))
        #expect(html.contains("<span class=\"badge\">moved to <a href=\"#p14\">7</a></span>"))
        #expect(html.contains("<span class=\"badge\">moved from <a href=\"#p14-from\">7</a></span>"))
        #expect(html.contains("split from 3 (1/2)") && html.contains("merged from 4 + 5"))
        #expect(html.contains("<ins class=\"mark\" title=\"paragraph break added\">¶</ins>"))
        #expect(html.contains("D’inviter <ins>instamment </ins>les États"))
        #expect(html.contains("<span class=\"label\">2.</span><span class=\"was\">was 1</span>"))
        #expect(html.contains("<li id=\"fn1\" value=\"1\">Rapport annuel <ins>2021 </ins>de la CICAD."))
        // The legend explains the marks the report has, and only those.
        #expect(html.contains("<p class=\"legend\"><ins>inserted</ins> · <del>deleted</del> · <ins class=\"moved\">moved</ins>"
            + " · <ins class=\"mark\">¶</ins> paragraph break added · <del class=\"mark\">¶</del> paragraph break removed</p>"))
        let same = RedlineFixtures.old
        let unchanged = HTMLRedlineWriter(options: options).write(DraftAligner().align(same, same))
        #expect(!unchanged.contains("class=\"legend\""))
    }

    @Test("every word of both versions appears in the report", arguments: ReportOptions.Layout.allCases)
    func everyWord(layout: ReportOptions.Layout) {
        var options = options
        options.layout = layout
        let alignment = RedlineFixtures.alignment
        let html = HTMLRedlineWriter(options: options).write(alignment)
        for (draft, isOld) in [(alignment.old, true), (alignment.new, false)] {
            let text = visibleText(html, old: isOld)
            let all = RedlineFixtures.readerText(draft).replacingOccurrences(of: "=== footnotes ===", with: "")
            for word in all.split(whereSeparator: \.isWhitespace) {
                #expect(text.contains(String(word)), "\(word)")
            }
        }
    }

    @Test("text is escaped and control characters left out; flagged references highlighted")
    func escapingAndAnnotations() {
        let block = Block(kind: .paragraph, label: "3", text: "Voir le paragraphe 62 & <b>\"x\"</b> \u{7}fin", level: 1)
        let draft = Draft(source: DraftSource(path: "a<b>.txt", format: .memory), blocks: [block])
        let alignment = Alignment(old: draft, new: draft, entries: [
            AlignmentEntry(kind: .unchanged, old: [BlockPath(index: 0)], new: [BlockPath(index: 0)], similarity: 1),
        ])
        let flag = ReportAnnotation(path: BlockPath(index: 0), kind: .flaggedReference,
                                    text: "paragraph 62 no longer exists", quote: "paragraphe 62")
        let html = HTMLRedlineWriter(options: options, annotations: [flag]).write(alignment)
        #expect(html.contains("Voir le <mark class=\"flag\">paragraphe 62</mark> &amp; &lt;b&gt;&quot;x&quot;&lt;/b&gt; fin"))
        #expect(html.contains("<span class=\"badge flag\">⚑ paragraph 62 no longer exists</span>"))
        #expect(html.contains("<title>a&lt;b&gt;.txt → a&lt;b&gt;.txt</title>"))
        #expect(!html.contains("\u{7}"))
    }

    @Test("identical inputs and options give identical bytes")
    func deterministic() throws {
        let first = try Redline.write(RedlineFixtures.alignment, format: .html, options: options)
        let second = try Redline.write(RedlineFixtures.alignment, format: .html, options: options)
        #expect(first == second)
    }
}
