import DraftModel

/// Recovers the structure of a resolution from a reader's `SourceDocument`: title lines,
/// preambular paragraphs, the operative marker, headings at their levels, operative paragraphs
/// with their sub-paragraphs, tables, and footnotes at their anchors.
///
/// Shared by every reader: what a format knows for sure (.docx numbering and heading styles)
/// replaces what has to be inferred from plain text.
public struct DraftStructurer: Sendable {
    public init() {}

    /// The structured draft.
    public func structure(_ document: SourceDocument) -> Draft {
        var items = StructureItem.prepared(document.units)
        var footnotes = document.footnotes
        let jobCodes = JobCodePass.run(&items) + JobCodePass.run(&footnotes)
        let parts = PartsPass.run(items)
        let language = LanguageCues.language(of: items.lazy.compactMap { $0.paragraph?.text })
        var blocks: [Block] = []
        // At most a block an item, set aside at once: each doubling of a long array is fresh memory to zero.
        blocks.reserveCapacity(items.count)
        for index in parts.title { blocks.append(items[index].paragraph!.block(.title, level: 0, keepLabel: false)) }
        for index in parts.preamble {
            if let paragraph = items[index].paragraph {
                blocks.append(paragraph.block(.preamble, level: 0, keepLabel: false))
            } else if let (table, location) = items[index].table {
                blocks.append(Block(kind: .table, text: "", level: 0, table: table, location: location))
            }
        }
        if let marker = parts.marker { blocks.append(items[marker].paragraph!.block(.operativeMarker, level: 0, keepLabel: false)) }
        OperativePass.run(items[parts.operative], language: language, into: &blocks)
        releaseInBackground(consume items)
        return Draft(source: document.source, blocks: blocks, footnotes: footnotes,
                     metadata: DraftMetadata(jobCodes: jobCodes, language: language))
    }
}

/// A unit on its way through the passes: a paragraph or a table.
///
/// A struct of two optionals rather than an enum, so that passes read a paragraph's fields in
/// place (`items[i].paragraph?.body`): matching an enum case copies the whole paragraph, a retain
/// and a release for every string it holds.
struct StructureItem: Sendable {
    /// The paragraph, when the unit is one.
    var paragraph: PreparedParagraph?
    /// The table and where it came from, when the unit is one.
    var table: (cells: Table, location: SourceLines)?

    init(_ unit: SourceUnit) {
        switch unit {
        case .paragraph(let paragraph): self.paragraph = PreparedParagraph(paragraph)
        case .table(let table, let location): self.table = (table, location)
        }
    }

    /// Each unit prepared, on both cores when there are many: a paragraph is prepared on its own.
    static func prepared(_ units: [SourceUnit]) -> [StructureItem] {
        let pieces = units.count >= 2_000 ? 2 : 1
        guard pieces > 1 else { return units.map(StructureItem.init) }
        return [StructureItem](unsafeUninitializedCapacity: units.count) { buffer, count in
            let items = UncheckedItems(buffer: buffer)
            _ = inPieces(pieces) { piece in
                let bounds = units.count * piece / pieces..<units.count * (piece + 1) / pieces
                for index in bounds { (items.buffer.baseAddress! + index).initialize(to: StructureItem(units[index])) }
            }
            count = units.count
        }
    }
}

/// The items' storage, each index written by one thread only.
private struct UncheckedItems: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<StructureItem>
}

/// Takes job codes off the end of the last paragraphs (a paragraph holding only a code goes).
enum JobCodePass {
    static func run(_ items: inout [StructureItem]) -> [String] {
        var codes: [String] = []
        var index = items.count - 1
        while index >= 0, index >= items.count - 3 {
            guard let paragraph = items[index].paragraph, let (text, code) = JobCode.split(paragraph.text) else {
                index -= 1
                continue
            }
            codes.insert(code, at: 0)
            if text.isEmpty {
                items.remove(at: index)
            } else {
                let length = text.unicodeScalars.count
                items[index].paragraph?.text = text
                items[index].paragraph?.anchors = paragraph.anchors.map { FootnoteAnchor(footnoteID: $0.footnoteID, offset: Swift.min($0.offset, length)) }
            }
            index -= 1
        }
        return codes
    }

    /// Job codes glued to the end of footnote texts (the notes list closes a text export).
    static func run(_ footnotes: inout [Footnote]) -> [String] {
        var codes: [String] = []
        for index in footnotes.indices {
            guard let (text, code) = JobCode.split(footnotes[index].text) else { continue }
            footnotes[index].text = text
            codes.append(code)
        }
        return codes
    }
}

/// Splits the items into title, preamble, operative marker and operative part.
enum PartsPass {
    struct Parts {
        var title: [Int] = []
        var preamble: [Int] = []
        var marker: Int?
        var operative: Range<Int> = 0..<0
    }

    static func run(_ items: [StructureItem]) -> Parts {
        var parts = Parts()
        let marker = items.firstIndex { $0.paragraph?.isOperativeMarker ?? false }
        guard let marker else {
            let bodyStart = fragmentBodyStart(items)
            parts.title = Array(0..<bodyStart)
            parts.operative = bodyStart..<items.count
            return parts
        }
        parts.marker = marker
        parts.operative = (marker + 1)..<items.count
        let head = 0..<marker
        if let assembly = head.last(where: { items[$0].paragraph?.isAssemblyLine ?? false }) {
            parts.title = Array(0...assembly).filter { items[$0].paragraph != nil }
            parts.preamble = Array((assembly + 1)..<marker)
        } else {
            let first = head.first { items[$0].paragraph.map { LanguageCues.opensLikePreamble($0.text) } ?? true } ?? marker
            parts.title = Array(0..<first).filter { items[$0].paragraph != nil }
            parts.preamble = Array(first..<marker)
        }
        return parts
    }

    /// In a fragment (no operative marker), the title is the leading run of upper-case or
    /// parenthesised lines, before the first heading or paragraph.
    private static func fragmentBodyStart(_ items: [StructureItem]) -> Int {
        var index = 0
        while index < items.count, let paragraph = items[index].paragraph, paragraph.label == nil, paragraph.headingLevel == nil {
            let text = paragraph.text
            let parenthesised = text.hasPrefix("(") && text.hasSuffix(")")
            guard parenthesised || isUpperCase(text) else { break }
            index += 1
        }
        return index
    }

    /// Whether `text` has letters and none of them is lower-case (the first lower-case letter settles it).
    private static func isUpperCase(_ text: String) -> Bool {
        var hasLetter = false
        for scalar in text.unicodeScalars where ScalarLookup.isAlphabetic(scalar) {
            if ScalarLookup.isLowercase(scalar) { return false }
            hasLetter = true
        }
        return hasLetter
    }
}
