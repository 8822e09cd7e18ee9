import DraftDiff
import Foundation
import FuzzSupport
import ZIPFoundation

// libFuzzer target: any bytes as word/document.xml of a well-formed package built in memory (so the
// fuzzer spends its time in the XML and WordprocessingML code, not on zip headers), read in both
// views; a Draft or a ReadError, never a crash. Each view is read in one pass and in two halves at once
// (`DocxReadOptions.halvesFrom`), which must give the same document or the same error.
let contentTypes = #"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#
let relationships = #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#

func package(documentXML: [UInt8]) -> [UInt8]? {
    guard let archive = try? Archive(data: Data(), accessMode: .create) else { return nil }
    for (name, bytes) in [("[Content_Types].xml", Array(contentTypes.utf8)), ("_rels/.rels", Array(relationships.utf8)),
                          ("word/document.xml", documentXML)] {
        let data = Data(bytes)
        try? archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count),
                              modificationDate: Date(timeIntervalSince1970: 0), compressionMethod: .none) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }
    return archive.data.map { [UInt8]($0) }
}

/// Whether two readings agree: the same document, or the same error. Which error libxml2 names first can
/// depend on where the bytes were cut into pieces, and the two readings cut them differently:
/// - when two faults meet at one byte ("Input is not proper UTF-8" or "error parsing attribute name" for a
///   broken byte in a name): two malformed-XML errors of the same part and line agree;
/// - in a part libxml2 converts from another encoding, which it converts ahead of where it parses, as far as
///   the bytes have been pushed: a conversion error may come before or after a parse error further on. Such a
///   part is never cut in two; any two malformed-XML errors of the same part agree when one is a conversion's.
func agree(_ one: Result<SourceDocument, ReadError>, _ other: Result<SourceDocument, ReadError>) -> Bool {
    switch (one, other) {
    case (.success(let a), .success(let b)):
        return a == b
    case (.failure(.docx(let file, let part, let line, let reason)), .failure(.docx(let otherFile, let otherPart, let otherLine, let otherReason))):
        let malformed = reason.hasPrefix("malformed XML") && otherReason.hasPrefix("malformed XML")
        let conversion = reason.contains("input conversion failed") || otherReason.contains("input conversion failed")
        return (file, part) == (otherFile, otherPart)
            && (reason == otherReason && line == otherLine || malformed && (line == otherLine || conversion))
    case (.failure(let a), .failure(let b)):
        return a == b
    default:
        return false
    }
}

FuzzSupport.run { bytes in
    guard let docx = package(documentXML: bytes) else { return }
    for view in TrackedChangesView.allCases {
        let whole = Result { () throws(ReadError) in
            try DocxReader(options: DocxReadOptions(view: view, halvesFrom: .max)).read(docx, file: "fuzz.docx")
        }
        let halves = Result { () throws(ReadError) in
            try DocxReader(options: DocxReadOptions(view: view, halvesFrom: 0)).read(docx, file: "fuzz.docx")
        }
        guard agree(whole, halves) else { fatalError("read in two halves: \(halves)\nin one pass: \(whole)") }
        guard let document = try? whole.get() else { return }
        let draft = DraftStructurer().structure(document)
        _ = DraftTextWriter().write(draft)
        _ = DraftJSONWriter().write(draft)
    }
}
