import Testing
@testable import DraftReading
import XMLStreaming

/// Headings by style name: Word stores "heading 1"…"heading 9" whatever the interface language; the
/// name is matched in any case and with its spaces anywhere (a tab in an attribute is read as a space),
/// and inherited through `w:basedOn`.
struct StyleSheetTests {
    static func sheet(_ names: [(id: String, name: String?, basedOn: String?)]) throws -> StyleSheet {
        let styles = names.map { style in
            #"<w:style w:type="paragraph" w:styleId="\#(style.id)">"#
                + (style.name.map { #"<w:name w:val="\#($0)"/>"# } ?? "")
                + (style.basedOn.map { #"<w:basedOn w:val="\#($0)"/>"# } ?? "") + "</w:style>"
        }.joined()
        let xml = #"<w:styles xmlns:w="\#(WordNamespace.transitional)">\#(styles)</w:styles>"#
        return StyleSheet(try XMLElement.parse(Array(xml.utf8)))
    }

    static func level(_ sheet: StyleSheet, _ id: String) -> Int? {
        var properties = ParagraphProperties()
        properties.styleID = id
        return sheet.headingLevel(for: properties)
    }

    @Test func headingNamesInAnyCaseAndSpacing() throws {
        let cases: [(name: String, level: Int?)] = [
            ("heading 1", 1), ("Heading 3", 3), ("HEADING9", 9), (" heading  4 ", 4), ("h e a d i n g 2", 2),
            ("heading 0", nil), ("heading 10", nil), ("heading", nil), ("headings 1", nil), ("heading 1a", nil),
            ("Überschrift 1", nil), ("heading\u{A0}1", nil), ("Titre 1", nil), ("heading 1.", nil), ("heading 1\t", 1),
        ]
        let sheet = try Self.sheet(cases.enumerated().map { ("S\($0.offset)", $0.element.name, nil) })
        for (index, expected) in cases.enumerated() {
            #expect(Self.level(sheet, "S\(index)") == expected.level, "\(expected.name)")
        }
    }

    @Test func aStyleWithoutANameIsNamedByItsIDAndHeadingsAreInherited() throws {
        let sheet = try Self.sheet([("Heading2", nil, nil), ("Body", "Body Text", "Heading2"), ("Plain", "Plain", "Body")])
        #expect(Self.level(sheet, "Heading2") == 2)
        #expect(Self.level(sheet, "Body") == 2)
        #expect(Self.level(sheet, "Plain") == 2)
    }
}
