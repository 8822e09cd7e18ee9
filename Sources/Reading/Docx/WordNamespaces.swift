import Foundation
import XMLStreaming

/// The namespace URIs a .docx package uses, in both flavours of the standard: transitional
/// (what Word writes) and Strict (ISO/IEC 29500 Strict, `http://purl.oclc.org/ooxml/…`).
/// Elements are always matched by URI and local name, never by prefix.
enum WordNamespace {
    static let transitional = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    static let math = "http://schemas.openxmlformats.org/officeDocument/2006/math"
    static let strictMath = "http://purl.oclc.org/ooxml/officeDocument/math"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// How a package's parts are parsed: the namespaces names are compared with come back as these
    /// very strings, and each comparison with them is then over at once.
    static let parseOptions = XMLParseOptions(namespaces: [
        transitional, strict, markupCompatibility, math, strictMath, packageRelationships,
    ])

    /// Whether `uri` is the WordprocessingML main namespace, either flavour.
    static func isMain(_ uri: String) -> Bool { uri == transitional || uri == strict }

    /// An integer attribute value (`w:val="3"`), spaces around it allowed.
    static func integer(_ value: String) -> Int? {
        // Almost every value is a bare number: parsed without Foundation's trimming (a tenth of the reading
        // time of a .docx whose numbering.xml holds a list per paragraph, as pandoc writes them).
        Int(value) ?? Int(value.trimmingCharacters(in: .whitespaces))
    }

    /// Whether `uri` is Office Math, either flavour.
    static func isMath(_ uri: String) -> Bool { uri == math || uri == strictMath }

    /// Namespaces of the Office 2010+ extensions whose content DraftDiff reads like any other
    /// (shapes, groups, canvases holding text boxes; Word 2010–2016 markup). An
    /// `mc:Choice` that requires only these is taken; otherwise its `mc:Fallback`.
    static let understood: Set<String> = [
        transitional, strict, math, strictMath,
        "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
        "http://schemas.microsoft.com/office/word/2010/wordml",
        "http://schemas.microsoft.com/office/word/2012/wordml",
        "http://schemas.openxmlformats.org/drawingml/2006/main",
        "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
        "http://schemas.microsoft.com/office/drawing/2010/main",
        "urn:schemas-microsoft-com:vml",
        "urn:schemas-microsoft-com:office:office",
    ]
}

extension XMLStartTag {
    /// Whether this is the WordprocessingML element `local`.
    func isWord(_ local: String) -> Bool { name.local == local && WordNamespace.isMain(name.namespace) }

    /// A WordprocessingML attribute (`w:val`), whichever flavour of the namespace it uses.
    func wordAttribute(_ local: String) -> String? {
        attributes.first { $0.name.local == local && WordNamespace.isMain($0.name.namespace) }?.value
    }
}

extension XMLReadableElement {
    /// Whether this is the WordprocessingML element `local` (`w:p` is `isWord("p")`).
    func isWord(_ local: String) -> Bool { localName == local && WordNamespace.isMain(namespace) }

    /// The first WordprocessingML child named `local`.
    func wordChild(_ local: String) -> Self? {
        for element in childElements where element.isWord(local) { return element }
        return nil
    }

    /// The WordprocessingML children named `local`.
    func wordChildren(_ local: String) -> [Self] {
        childElements.filter { $0.isWord(local) }
    }

    /// A WordprocessingML attribute (`w:val`), whichever flavour of the namespace it uses.
    func wordAttribute(_ local: String) -> String? {
        attribute(local, where: WordNamespace.isMain)
    }

    /// `w:val` of the child `local` (`<w:pStyle w:val="Heading1"/>`).
    func wordValue(of local: String) -> String? { wordChild(local)?.wordAttribute("val") }

    /// `w:val` of the child `local` as an integer.
    func wordInteger(of local: String) -> Int? {
        wordValue(of: local).flatMap(WordNamespace.integer)
    }

    /// How many `w:p` this subtree holds (itself included): paragraph ordinals count skipped
    /// content too, so that both views of tracked changes number paragraphs alike.
    var paragraphCount: Int {
        var count = isWord("p") ? 1 : 0
        for element in childElements { count += element.paragraphCount }
        return count
    }
}
