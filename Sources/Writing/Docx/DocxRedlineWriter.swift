import Foundation
import DraftModel
import DraftAlignment

/// Writes a comparison as a Word .docx of the new version in which every change is a tracked change:
/// `w:ins`, `w:del`, moves as `w:moveFrom`/`w:moveTo` with their ranges, split and merged paragraphs
/// as paragraph-mark revisions, footnote changes inside the footnotes. Accepting every change in Word
/// gives the new version, rejecting every change gives the old one.
///
/// ```swift
/// let bytes = try DocxRedlineWriter(options: ReportOptions(author: "Secretariat")).write(alignment)
/// ```
/// Author and date come from `options`; a fixed date gives byte-identical output.
public struct DocxRedlineWriter: Sendable {
    public var options: ReportOptions
    /// Flagged references (from merge): their words are highlighted. (Word comments would say why, but
    /// LibreOffice 7.4 run as a UNO server crashes loading a .docx with comments, so the checks could not run.)
    public var annotations: [ReportAnnotation]

    public init(options: ReportOptions, annotations: [ReportAnnotation] = []) {
        self.options = options
        self.annotations = annotations
    }

    /// The .docx bytes.
    public func write(_ alignment: Alignment) throws(WriteError) -> [UInt8] {
        try DocxDocumentWriter(options: options, annotations: annotations).write(RedlineDocument(alignment))
    }
}

/// Writes a single draft as a Word .docx, with no tracked changes: real Word numbering, heading
/// styles, footnotes and tables. What `merge` writes for a consolidated draft.
///
/// ```swift
/// let bytes = try DraftDocxWriter().write(draft)
/// ```
public struct DraftDocxWriter: Sendable {
    public var options: ReportOptions

    public init(options: ReportOptions = ReportOptions(date: Date(timeIntervalSince1970: 946_684_800))) {
        self.options = options
    }

    /// The .docx bytes.
    public func write(_ draft: Draft) throws(WriteError) -> [UInt8] {
        try DocxDocumentWriter(options: options, jobCodes: draft.metadata.jobCodes).write(RedlineDocument(draft: draft))
    }
}

/// Assembles the package parts of a redline document.
struct DocxDocumentWriter {
    var options: ReportOptions
    var annotations: [ReportAnnotation] = []
    /// Job codes to print at the end (a single draft's; a redline has none).
    var jobCodes: [String] = []

    func write(_ redline: RedlineDocument) throws(WriteError) -> [UInt8] {
        var body = DocxBodyWriter(revisions: DocxRevisions(options: options), annotations: annotations)
        body.jobCodes = jobCodes
        let document = body.document(redline)
        let references = body.content.footnoteReferences
        var content = body.content
        let footnotes = references.isEmpty ? nil : DocxFootnotesWriter(redline: redline).part(references, content: &content)
        let package = DocxPackage(
            document: document, styles: DocxStyles.stylesPart(language: redline.alignment.new.metadata.language),
            settings: DocxStyles.settingsPart(hasFootnotes: footnotes != nil),
            numbering: body.numbering.part(), footnotes: footnotes)
        return try package.zipped(modificationDate: options.date)
    }
}
