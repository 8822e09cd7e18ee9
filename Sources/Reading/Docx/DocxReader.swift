import DraftModel
import DraftStructure
import XMLStreaming

/// Which text of a document with tracked changes to read.
public enum TrackedChangesView: String, Sendable, Hashable, CaseIterable {
    /// The current text: every change accepted (Word's "No Markup").
    case accepted
    /// The text before the changes: every change rejected (Word's "Original").
    case original
}

/// Limits and choices for reading a .docx package.
public struct DocxReadOptions: Sendable, Hashable {
    /// Which view of tracked changes to read.
    public var view: TrackedChangesView
    /// The largest uncompressed size accepted for one part of the package, in bytes.
    public var maximumPartSize: Int
    /// The size of main part from which it is read in two halves at once, on a machine with two cores or
    /// more (512 KB); `Int.max` reads every main part in one pass. What is read is the same either way.
    public var halvesFrom: Int

    public init(view: TrackedChangesView = .accepted, maximumPartSize: Int = 512 * 1024 * 1024, halvesFrom: Int = 512 * 1024) {
        self.view = view
        self.maximumPartSize = maximumPartSize
        self.halvesFrom = halvesFrom
    }
}

/// The styles, numbering and notes of a package: what the main part's paragraphs are resolved against.
struct SupportingParts {
    var styles: StyleSheet
    var numbering: NumberingDefinitions
    var notes: NoteParts
}

/// Reads a Word .docx package into a `SourceDocument`: paragraphs with the numbering Word
/// prints and their heading levels, tables, footnotes and endnotes, in one view of the
/// tracked changes.
///
/// ```swift
/// let document = try DocxReader(options: DocxReadOptions(view: .original)).read(bytes, file: "draft.docx")
/// ```
public struct DocxReader: Sendable {
    public var options: DocxReadOptions

    public init(options: DocxReadOptions = DocxReadOptions()) {
        self.options = options
    }

    /// Reads the package held in `bytes`; `file` names it in errors and in the result.
    ///
    /// The main part is parsed on this thread as it is inflated on another, while the parts it refers to
    /// (styles, numbering, notes) are read on a third, through a second reader of the package. Errors are
    /// reported in the order of a sequential read, the main part's first. A main part read in two halves is
    /// assembled in two halves: the list counters its first half leaves are worked out while the second
    /// half is still being read.
    public func read(_ bytes: [UInt8], file: String) throws(ReadError) -> SourceDocument {
        let package = try DocxPackage(bytes: bytes, file: file, maximumPartSize: options.maximumPartSize)
        let main = try mainPart(of: package)
        let (view, halvesFrom) = (options.view, options.halvesFrom)
        let beside = package.besideMain
        let supporting = BackgroundWork { Result { () throws(ReadError) in try supportingParts(of: main, in: beside) } }
        var firstHalfCounted: ListCounters?
        let blocks = try MainDocumentPart.read(main, in: package, view: view, halvesFrom: halvesFrom, whileSecondHalfIsRead: { firstHalf in
            guard case .success(let parts) = supporting.wait() else { return }
            var counters = ListCounters(definitions: parts.numbering, styles: parts.styles)
            counters.count(firstHalf)
            firstHalfCounted = counters
        }).parts
        let parts = try supporting.wait().get()
        var assembler = SourceAssembler(styles: parts.styles, numbering: parts.numbering, notes: parts.notes)
        let document = SourceDocument(source: DraftSource(path: file, format: .docx),
                                      units: assembler.units(blocks, firstPartCounted: firstHalfCounted), footnotes: assembler.footnotes)
        // What the document no longer needs (every block, the styles, lists and notes, the package) is freed on
        // another thread: a few milliseconds for a large draft, which the structure stage need not wait for.
        releaseInBackground((consume blocks, consume assembler, consume parts, consume package))
        return document
    }

    /// The parts the main part's paragraphs are resolved against, read in this order.
    func supportingParts(of main: String, in package: DocxPackage) throws(ReadError) -> SupportingParts {
        let relationships = try package.relationships(of: main)
        let styles = try part("styles", relationships, package, keeping: StyleSheet.elementsRead).map(StyleSheet.init) ?? StyleSheet()
        var numbering = NumberingPartReader()
        if let name = relationships["numbering"] {
            _ = try package.parse(name, depth: NumberingPartReader.listDepth, keeping: NumberingPartReader.elementsRead, view: { numbering.read($0) })
        }
        var notes = NoteParts()
        try notes.read(relationships["footnotes"], kind: .footnote, in: package, view: options.view)
        try notes.read(relationships["endnotes"], kind: .endnote, in: package, view: options.view)
        return SupportingParts(styles: styles, numbering: numbering.definitions, notes: notes)
    }

    /// The main document part, through the package's officeDocument relationship.
    private func mainPart(of package: DocxPackage) throws(ReadError) -> String {
        if let main = try package.relationships(of: "")["officeDocument"] { return main }
        if package.contains("word/document.xml") { return "word/document.xml" }
        throw ReadError.docx(file: package.file, part: nil, line: nil,
                             reason: "no main document part (a zip file, but not a Word .docx package)")
    }

    /// The part playing `role` for the main part, parsed; nil when there is none.
    private func part(_ role: String, _ relationships: Relationships, _ package: DocxPackage,
                      keeping: Set<String>? = nil) throws(ReadError) -> XMLElement? {
        guard let name = relationships[role] else { return nil }
        return try package.xml(name, keeping: keeping)
    }
}
