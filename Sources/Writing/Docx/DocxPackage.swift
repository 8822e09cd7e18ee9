import Foundation
import ZIPFoundation

/// The parts of a WordprocessingML package, zipped with ZIPFoundation: `[Content_Types].xml`,
/// the relationships, and the parts under `word/`. Parts are written in a fixed order with a fixed
/// modification date, so identical parts give identical bytes.
struct DocxPackage {
    /// One part of the package.
    struct Part {
        var path: String
        var contentType: String
        /// The relationship type from the main document part, nil for the main part itself.
        var relationship: String?
        var bytes: [UInt8]
    }

    static let mainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    private static let relationshipBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

    var document: [UInt8]
    var styles: [UInt8]
    var settings: [UInt8]
    var numbering: [UInt8]
    var footnotes: [UInt8]?

    /// The zipped package.
    func zipped(modificationDate: Date) throws(WriteError) -> [UInt8] {
        var parts = [
            Part(path: "word/document.xml", contentType: Self.mainContentType, relationship: nil, bytes: document),
            Part(path: "word/styles.xml",
                 contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
                 relationship: "styles", bytes: styles),
            Part(path: "word/settings.xml",
                 contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
                 relationship: "settings", bytes: settings),
            Part(path: "word/numbering.xml",
                 contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
                 relationship: "numbering", bytes: numbering),
        ]
        if let footnotes {
            parts.append(Part(
                path: "word/footnotes.xml",
                contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                relationship: "footnotes", bytes: footnotes))
        }
        let files: [(String, [UInt8])] = [
            ("[Content_Types].xml", Self.contentTypes(parts)),
            ("_rels/.rels", Self.packageRelationships()),
            ("word/_rels/document.xml.rels", Self.documentRelationships(parts)),
        ] + parts.map { ($0.path, $0.bytes) }
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, bytes) in files {
                let data = Data(bytes)
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: modificationDate,
                    compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<(Int(position) + size))
                }
            }
            guard let zipped = archive.data else {
                throw WriteError.cannotWrite(file: "", reason: "the .docx package could not be assembled")
            }
            return [UInt8](zipped)
        } catch let error as WriteError {
            throw error
        } catch {
            throw WriteError.cannotWrite(file: "", reason: "the .docx package could not be zipped (\(error))")
        }
    }

    private static func contentTypes(_ parts: [Part]) -> [UInt8] {
        var xml = XMLBuffer()
        xml.open("Types", ["xmlns": "http://schemas.openxmlformats.org/package/2006/content-types"])
        xml.empty("Default", ["Extension": "rels", "ContentType": "application/vnd.openxmlformats-package.relationships+xml"])
        xml.empty("Default", ["Extension": "xml", "ContentType": "application/xml"])
        for part in parts {
            xml.empty("Override", ["PartName": "/" + part.path, "ContentType": part.contentType])
        }
        xml.close("Types")
        return xml.bytes
    }

    private static func packageRelationships() -> [UInt8] {
        var xml = XMLBuffer()
        xml.open("Relationships", ["xmlns": "http://schemas.openxmlformats.org/package/2006/relationships"])
        xml.empty("Relationship", ["Id": "rId1", "Type": relationshipBase + "officeDocument", "Target": "word/document.xml"])
        xml.close("Relationships")
        return xml.bytes
    }

    private static func documentRelationships(_ parts: [Part]) -> [UInt8] {
        var xml = XMLBuffer()
        xml.open("Relationships", ["xmlns": "http://schemas.openxmlformats.org/package/2006/relationships"])
        for (index, part) in parts.enumerated() {
            guard let relationship = part.relationship else { continue }
            let target = String(part.path.dropFirst("word/".count))
            xml.empty("Relationship", attributes: [
                ("Id", "rId\(index + 1)"), ("Type", relationshipBase + relationship), ("Target", target),
            ])
        }
        xml.close("Relationships")
        return xml.bytes
    }
}
