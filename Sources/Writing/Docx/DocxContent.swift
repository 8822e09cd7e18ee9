import DraftModel
import WordDiff

/// The state of writing one XML part of a redline (the document or its footnotes): the markup so far,
/// the revision stamps, and the footnote references met. Shared by the paragraph, table and
/// footnote writers so that revision ids stay unique across the package.
struct DocxContent {
    var xml = XMLBuffer()
    var revisions: DocxRevisions
    /// Footnote references in document order; the footnote at index i gets `w:id` i + 1.
    var footnoteReferences: [(reference: FootnoteReference, operation: WordChange.Operation)] = []

    init(revisions: DocxRevisions) {
        self.revisions = revisions
    }

    /// The revision element that wraps content with this operation at this place, or nil for plain
    /// content; `skip` when the content is not shown at all (text deleted on the way to a move's destination).
    enum Wrapper: Equatable {
        case plain, skip
        case element(String)
    }

    static func wrapper(_ operation: WordChange.Operation, at place: RedlineParagraph.Place) -> Wrapper {
        switch (place, operation) {
        case (.inPlace, .equal): return .plain
        case (_, .insert): return .element("w:ins")
        case (.inPlace, .delete): return .element("w:del")
        case (.moveSource, _): return .element("w:moveFrom")
        case (.moveDestination, .equal): return .element("w:moveTo")
        case (.moveDestination, .delete): return .skip
        }
    }

    /// Writes segments as runs, each inside its revision element.
    /// `highlights` are words shown highlighted wherever a text run holds them (flagged references).
    mutating func runs(
        _ segments: [RedlineSegment], at place: RedlineParagraph.Place, runProperties: String = "", highlights: [String] = []
    ) {
        for segment in segments {
            let wrapper = Self.wrapper(segment.operation, at: place)
            if wrapper == .skip { continue }
            if case .element(let name) = wrapper { xml.open(name, attributes: revisions.attributes()) }
            switch segment {
            case .text(_, let text):
                for (piece, highlighted) in Self.pieces(of: text, highlighting: highlights) {
                    let properties = highlighted ? runProperties + "<w:highlight w:val=\"yellow\"/>" : runProperties
                    run(piece, deleted: wrapper == .element("w:del"), runProperties: properties)
                }
            case .footnote(let operation, let reference):
                footnoteReferences.append((reference, operation))
                xml.append(raw: "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr>")
                xml.empty("w:footnoteReference", attributes: [("w:id", String(footnoteReferences.count))])
                xml.close("w:r")
            }
            if case .element(let name) = wrapper { xml.close(name) }
        }
    }

    /// The text cut around every occurrence of the highlighted words.
    static func pieces(of text: String, highlighting words: [String]) -> [(String, Bool)] {
        var pieces: [(String, Bool)] = []
        var rest = Substring(text)
        while let word = words.filter({ !$0.isEmpty }).compactMap({ rest.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
            if word.lowerBound > rest.startIndex { pieces.append((String(rest[..<word.lowerBound]), false)) }
            pieces.append((String(rest[word]), true))
            rest = rest[word.upperBound...]
        }
        if !rest.isEmpty || pieces.isEmpty { pieces.append((String(rest), false)) }
        return pieces
    }

    /// One run of text: tabs as `w:tab`, line breaks as `w:br`, deleted text as `w:delText`.
    mutating func run(_ text: String, deleted: Bool, runProperties: String = "") {
        guard !text.isEmpty else { return }
        xml.open("w:r")
        if !runProperties.isEmpty { xml.append(raw: "<w:rPr>" + runProperties + "</w:rPr>") }
        // Tabs and line breaks are single grapheme clusters ("\r\n" one of them), so they are found on the bytes.
        let name = deleted ? "w:delText" : "w:t"
        let utf8 = text.utf8
        var pending = utf8.startIndex
        var index = pending
        while index < utf8.endIndex {
            let byte = utf8[index]
            guard byte == 0x09 || byte == 0x0A || byte == 0x0D else {
                utf8.formIndex(after: &index)
                continue
            }
            if pending < index { xml.element(name, text: text[pending..<index], preserveSpace: true) }
            xml.empty(byte == 0x09 ? "w:tab" : "w:br")
            utf8.formIndex(after: &index)
            if byte == 0x0D, index < utf8.endIndex, utf8[index] == 0x0A { utf8.formIndex(after: &index) }
            pending = index
        }
        if pending < utf8.endIndex { xml.element(name, text: text[pending...], preserveSpace: true) }
        xml.close("w:r")
    }

    /// The `w:rPr` of a paragraph mark: how the mark itself was revised.
    mutating func markProperties(_ mark: WordChange.Operation, at place: RedlineParagraph.Place) -> String {
        let name: String
        switch (place, mark) {
        case (.moveSource, _): name = "w:moveFrom"
        case (.moveDestination, _): name = "w:moveTo"
        case (.inPlace, .insert): name = "w:ins"
        case (.inPlace, .delete): name = "w:del"
        case (.inPlace, .equal): return ""
        }
        var stamp = XMLBuffer(declaration: false)
        stamp.empty(name, attributes: revisions.attributes())
        return "<w:rPr>" + stamp.text + "</w:rPr>"
    }
}
