import Foundation
import DraftModel
import DraftStructure

/// Turns walked blocks into the `SourceDocument`'s units, in document order: the printed
/// numbering and heading level of every paragraph, blank paragraphs counted rather than kept,
/// tables as rows of cell texts, and footnotes numbered in the order their marks appear.
///
/// A body read in two halves is assembled in two halves too, one per core: the list counters the
/// first half leaves are worked out first (numbers only, no labels), and the second half starts from
/// them; its footnotes and blank paragraphs are joined on after the first's.
struct SourceAssembler {
    private var counters: ListCounters
    private let styles: StyleSheet
    private let notes: NoteParts
    /// Every note referenced so far, in order of first reference.
    private(set) var footnotes: [Footnote] = []
    private var numbered: Set<String> = []
    /// Blank paragraphs met since the last unit, counted before the next.
    private var blankLines = 0
    /// The style and outline level of the last paragraph, and the heading level they give: a run of
    /// paragraphs with the same is looked up once.
    private var lastHeading: (styleID: String?, outlineLevel: Int?, level: Int?) = (nil, nil, nil)

    init(styles: StyleSheet, numbering: NumberingDefinitions, notes: NoteParts) {
        self.counters = ListCounters(definitions: numbering, styles: styles)
        self.styles = styles
        self.notes = notes
    }

    /// The units of `parts`, the blocks of a body read in one part or more, in order; called once, on a new
    /// assembler. `firstPartCounted`: the list counters as the first of two parts leaves them, when already
    /// worked out.
    mutating func units(_ parts: [[RawBlock]], firstPartCounted: ListCounters? = nil) -> [SourceUnit] {
        let total = parts.reduce(0) { $0 + $1.count }
        // Written in place, each part from where its units may start at the earliest (a block gives one unit
        // at most): no array grown by doubling, each doubling fresh memory the kernel zeroes page by page.
        return [SourceUnit](unsafeUninitializedCapacity: total) { buffer, count in
            guard parts.count == 2, ProcessInfo.processInfo.activeProcessorCount > 1 else {
                for part in parts { count += append(part, to: buffer.baseAddress! + count) }
                return
            }
            var second = self.emptied()
            if let firstPartCounted { second.counters = firstPartCounted } else { second.counters.count(parts[0]) }
            // The first part counted again from the start, with the lists the counting resolved.
            counters = second.counters.restarted()
            let start = UncheckedUnits(pointer: buffer.baseAddress!)
            let (first, last) = sideBySide({ self.append(parts[0], to: start.pointer) },
                                           { second.append(parts[1], to: start.pointer + parts[0].count) })
            // The second part's units moved down to follow the first's (moved: no copies, no retains).
            (start.pointer + first).moveInitialize(from: start.pointer + parts[0].count, count: last)
            count = first + last
            join(second, firstUnit: first < count ? buffer.baseAddress! + first : nil)
        }
    }

    /// An assembler carrying on from this one's list counters, with no footnotes or blank lines of its own.
    private func emptied() -> SourceAssembler {
        var copy = self
        copy.footnotes = []
        copy.numbered = []
        copy.blankLines = 0
        return copy
    }

    /// Takes over what `next`, which assembled the blocks after this one's, leaves: its footnotes not
    /// referenced here, numbered on; the blank paragraphs before its first unit counted on from this one's.
    private mutating func join(_ next: SourceAssembler, firstUnit: UnsafeMutablePointer<SourceUnit>?) {
        if let firstUnit {
            if case .paragraph(var paragraph) = firstUnit.pointee {
                paragraph.blankLinesBefore += blankLines
                firstUnit.pointee = .paragraph(paragraph)
            }
            blankLines = next.blankLines
        } else {
            blankLines += next.blankLines
        }
        for var footnote in next.footnotes where numbered.insert(footnote.id).inserted {
            footnote.number = footnotes.count + 1
            footnotes.append(footnote)
        }
        counters = next.counters
    }

    /// Writes the units of `blocks` from `start` on; returns how many.
    private mutating func append(_ blocks: [RawBlock], to start: UnsafeMutablePointer<SourceUnit>) -> Int {
        var count = 0
        for block in blocks {
            switch block {
            case .paragraph(let raw):
                var paragraph = self.paragraph(raw)
                if paragraph.text.isAllWhitespace, paragraph.footnoteAnchors.isEmpty, paragraph.numbering == nil {
                    blankLines += 1
                    continue
                }
                paragraph.blankLinesBefore = blankLines
                (start + count).initialize(to: .paragraph(paragraph))
            case .table(let raw):
                (start + count).initialize(to: .table(table(raw), SourceLines(first: raw.first, last: raw.last)))
            }
            count += 1
            blankLines = 0
        }
        return count
    }

    private mutating func paragraph(_ raw: RawParagraph) -> SourceParagraph {
        let numbering = counters.next(for: raw.properties)
        let anchors = raw.references.map { reference in
            register(reference, at: SourceLines(first: raw.first, last: raw.last))
            return FootnoteAnchor(footnoteID: NoteParts.draftID(reference), offset: reference.offset)
        }
        if raw.properties.styleID != lastHeading.styleID || raw.properties.outlineLevel != lastHeading.outlineLevel {
            lastHeading = (raw.properties.styleID, raw.properties.outlineLevel, styles.headingLevel(for: raw.properties))
        }
        return SourceParagraph(
            text: raw.text, numbering: numbering?.label, numberingLevel: numbering?.level,
            headingLevel: lastHeading.level, footnoteAnchors: anchors,
            location: SourceLines(first: raw.first, last: raw.last))
    }

    private mutating func table(_ raw: RawTable) -> Table {
        Table(rows: raw.rows.map { row in row.map { cellText($0) } }, headerRowCount: raw.headerRowCount)
    }

    /// A cell's paragraphs (with their printed numbers) and nested tables, one per line.
    private mutating func cellText(_ blocks: [RawBlock]) -> String {
        var lines: [String] = []
        for block in blocks {
            switch block {
            case .paragraph(let raw):
                let paragraph = self.paragraph(raw)
                lines.append(paragraph.numbering.map { $0 + " " + paragraph.text } ?? paragraph.text)
            case .table(let raw):
                lines += table(raw).rows.map { $0.joined(separator: "\t") }
            }
        }
        return Self.trimmedLines(lines)
    }

    /// Numbers a note at its first reference, with its text.
    private mutating func register(_ reference: NoteReference, at location: SourceLines) {
        let id = NoteParts.draftID(reference)
        guard !numbered.contains(id) else { return }
        numbered.insert(id)
        footnotes.append(Footnote(id: id, number: footnotes.count + 1, text: notes.text(reference) ?? "", location: location))
    }

    /// Text of blocks outside the numbering flow (notes): paragraphs and table rows, one per line.
    static func plainText(_ blocks: [RawBlock]) -> String {
        var lines: [String] = []
        for block in blocks {
            switch block {
            case .paragraph(let raw): lines.append(raw.text)
            case .table(let raw): lines += raw.rows.map { row in row.map { plainText($0) }.joined(separator: "\t") }
            }
        }
        return trimmedLines(lines)
    }

    /// Lines without surrounding white space, empty ones left out, joined by "\n".
    private static func trimmedLines(_ lines: [String]) -> String {
        lines.map { String($0.trimmingWhitespace) }.filter { !$0.isEmpty }.joined(separator: "\n")
    }
}

/// Where the two halves write their units, each its own range.
private struct UncheckedUnits: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<SourceUnit>
}
