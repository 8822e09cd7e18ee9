import Testing
@testable import DraftReading

/// Where a part's relationships are, and how a relationship's target resolves against its source part.
struct RelationshipsTests {
    @Test func relationshipsPartNames() {
        #expect(Relationships.partName(for: "word/document.xml") == "word/_rels/document.xml.rels")
        #expect(Relationships.partName(for: "document.xml") == "_rels/document.xml.rels")
        #expect(Relationships.partName(for: "") == "_rels/.rels")
        #expect(Relationships.partName(for: "/word/x.xml") == "/word/_rels/x.xml.rels")
        #expect(Relationships.partName(for: "/x.xml") == "_rels/x.xml.rels")
        #expect(Relationships.partName(for: "a/b/c.xml") == "a/b/_rels/c.xml.rels")
    }

    @Test func targetsResolveAgainstTheSourceDirectory() {
        #expect(Relationships.resolve("styles.xml", from: "word/document.xml") == "word/styles.xml")
        #expect(Relationships.resolve("../customXml/item1.xml", from: "word/document.xml") == "customXml/item1.xml")
        #expect(Relationships.resolve("/word/numbering.xml", from: "word/document.xml") == "word/numbering.xml")
        #expect(Relationships.resolve("./media/image%201.png", from: "word/document.xml") == "word/media/image 1.png")
        #expect(Relationships.resolve("word/document.xml", from: "") == "word/document.xml")
        // A "%" that starts no escape is kept as it is.
        #expect(Relationships.resolve("100%.xml", from: "word/document.xml") == "word/100%.xml")
    }
}
