import DraftModel
import WordDiff

/// Writes the paragraphs of a redline as the body of `word/document.xml`: styles, Word numbering,
/// text with its revisions, paragraph-mark revisions, and move ranges around both ends of a move.
struct DocxBodyWriter {
    var content: DocxContent
    var numbering = DocxNumbering()
    /// Move names by entry index, shared by a move's source and destination.
    private var moveNames: [Int: String] = [:]
    /// The draft's job codes, each written as a last paragraph of its own.
    var jobCodes: [String] = []
    /// Flagged references by the path of their paragraph in the new draft.
    private var flags: [BlockPath: [ReportAnnotation]] = [:]

    init(revisions: DocxRevisions, annotations: [ReportAnnotation] = []) {
        content = DocxContent(revisions: revisions)
        for annotation in annotations where annotation.kind == .flaggedReference {
            flags[annotation.path, default: []].append(annotation)
        }
    }

    /// The whole `word/document.xml`.
    mutating func document(_ redline: RedlineDocument) -> [UInt8] {
        content.xml.open("w:document", ["xmlns:w": DocxStyles.wordNamespace])
        content.xml.open("w:body")
        var previousWasTable = false
        for paragraph in LibreOfficeAdjacency.adjusted(redline.paragraphs) {
            if paragraph.isTable {
                if previousWasTable { content.xml.append(raw: "<w:p/>") }
                DocxTableWriter(paragraph: paragraph).write(into: &content)
                previousWasTable = true
            } else {
                write(paragraph)
                previousWasTable = false
            }
        }
        // The job code, in small print under the last paragraph, as the secretariat's documents carry it;
        // a reader takes a last paragraph holding only a code as the code.
        for code in jobCodes {
            content.xml.open("w:p")
            content.xml.append(raw: "<w:pPr><w:pStyle w:val=\"JobCode\"/></w:pPr>")
            content.runs([.text(.equal, code)], at: .inPlace)
            content.xml.close("w:p")
            previousWasTable = false
        }
        // Word ends the body with a paragraph: a table never stands last.
        if previousWasTable { content.xml.append(raw: "<w:p/>") }
        content.xml.append(raw: """
            <w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" \
            w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>
            """)
        content.xml.close("w:body")
        content.xml.close("w:document")
        return content.xml.bytes
    }

    private mutating func write(_ paragraph: RedlineParagraph) {
        let label = numbering.label(for: paragraph)
        let style = DocxStyles.paragraphStyle(for: paragraph.block, isSubparagraph: paragraph.path.subparagraph != nil)
        let original = numbering.original(for: paragraph, current: label, style: style)
        content.xml.open("w:p")
        content.xml.open("w:pPr")
        Self.formatting(style: style, label: label, into: &content.xml)
        content.xml.append(raw: content.markProperties(paragraph.mark, at: paragraph.place))
        if let (style, label) = original.properties {
            content.xml.open("w:pPrChange", attributes: content.revisions.attributes())
            content.xml.open("w:pPr")
            Self.formatting(style: style, label: label, into: &content.xml)
            content.xml.close("w:pPr")
            content.xml.close("w:pPrChange")
        }
        content.xml.close("w:pPr")

        let range = moveRange(for: paragraph)
        if let range { content.xml.empty(range.start, attributes: range.attributes) }
        let showsFlags = !paragraph.isOldBlock && paragraph.place != .moveSource && (paragraph.kind != .merged || paragraph.piece == 0)
        let flagged = showsFlags ? flags[paragraph.path] ?? [] : []
        content.runs(Self.typedLabels(new: label, original: original, of: paragraph), at: paragraph.place)
        content.runs(paragraph.segments, at: paragraph.place, highlights: flagged.compactMap(\.quote))
        if let range { content.xml.empty(range.end, attributes: [("w:id", range.id)]) }
        content.xml.close("w:p")
    }

    /// A paragraph's style and numbering, as the first children of a `w:pPr`.
    private static func formatting(style: String, label: DocxNumbering.Label, into xml: inout XMLBuffer) {
        if style != "Normal" { xml.empty("w:pStyle", attributes: [("w:val", style)]) }
        if case .automatic(let numID, let level) = label {
            xml.append(raw: "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(numID)\"/></w:numPr>")
        }
    }

    /// The labels typed at the start of a paragraph ("84 bis.\t"): a paragraph of both versions keeps a
    /// label typed alike in both, and otherwise loses its old typed label and gains its new one; a paragraph
    /// of one version has its own, inserted or deleted.
    private static func typedLabels(new label: DocxNumbering.Label, original: OriginalParagraph,
                                    of paragraph: RedlineParagraph) -> [RedlineSegment] {
        let new: String? = if case .typed(let text) = label { text + ".\t" } else { nil }
        let old = original.typedLabel.map { $0 + ".\t" }
        if DocxNumbering.typesOldLabel(paragraph) { return new.map { [.text(.delete, $0)] } ?? [] }
        // A merged paragraph's first piece: its old label, if typed; the new one is the last piece's.
        if !paragraph.existsInNew { return old.map { [.text(.delete, $0)] } ?? [] }
        guard paragraph.existsInBoth else {
            // A move's destination is marked as moved to as a whole.
            return new.map { [.text(paragraph.place == .moveDestination ? .equal : .insert, $0)] } ?? []
        }
        if old == new { return old.map { [.text(.equal, $0)] } ?? [] }
        return (old.map { [RedlineSegment.text(.delete, $0)] } ?? []) + (new.map { [.text(.insert, $0)] } ?? [])
    }

    /// The move range markers around one end of a move.
    private mutating func moveRange(for paragraph: RedlineParagraph) -> (start: String, end: String, id: String, attributes: [(String, String)])? {
        let prefix: String
        switch paragraph.place {
        case .inPlace: return nil
        case .moveSource: prefix = "w:moveFrom"
        case .moveDestination: prefix = "w:moveTo"
        }
        let name: String
        if let known = moveNames[paragraph.entryIndex] {
            name = known
        } else {
            name = content.revisions.moveName()
            moveNames[paragraph.entryIndex] = name
        }
        var attributes = content.revisions.attributes()
        let id = attributes[0].1
        attributes.append(("w:name", name))
        return (prefix + "RangeStart", prefix + "RangeEnd", id, attributes)
    }
}
