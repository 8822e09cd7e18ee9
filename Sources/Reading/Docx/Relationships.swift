import XMLStreaming

/// The relationships of one part (`_rels/.rels`, `word/_rels/document.xml.rels`):
/// which part plays which role, by the last segment of the relationship type, so that
/// transitional (`…/officeDocument/2006/relationships/styles`) and Strict
/// (`http://purl.oclc.org/ooxml/officeDocument/relationships/styles`) types match alike.
struct Relationships {
    /// Internal targets by role ("officeDocument", "styles", "numbering", "footnotes", "endnotes"),
    /// resolved to part names without a leading "/".
    private(set) var targets: [String: String] = [:]

    /// Reads a relationships part; `source` is the part the relationships belong to ("" for the package).
    init(_ root: XMLElement, source: String) {
        for element in root.elements where element.name.local == "Relationship" {
            guard element.attribute("", "TargetMode")?.lowercased() != "external",
                  let type = element.attribute("", "Type"), let target = element.attribute("", "Target") else { continue }
            let role = String(type.split(separator: "/").last ?? "")
            if targets[role] == nil { targets[role] = Relationships.resolve(target, from: source) }
        }
    }

    init() {}

    /// The part with this role.
    subscript(role: String) -> String? { targets[role] }

    /// The relationships part of `part` ("word/document.xml" → "word/_rels/document.xml.rels").
    static func partName(for part: String) -> String {
        // Cut at the last "/" by hand: splitting and joining costs the runtime a look-up at every .docx read.
        guard let slash = part.lastIndex(of: "/") else { return "_rels/" + part + ".rels" }
        let directory = part[..<slash]
        return (directory.isEmpty ? "" : directory + "/") + "_rels/" + part[part.index(after: slash)...] + ".rels"
    }

    /// Resolves a target against the directory of `source`: absolute targets start at the
    /// package root, ".." climbs, percent escapes are decoded.
    static func resolve(_ target: String, from source: String) -> String {
        // Foundation's decoding only when there is something to decode: its first call costs a process
        // the runtime's look-ups of the generic types it uses, at every .docx read.
        let decoded = target.contains("%") ? target.removingPercentEncoding ?? target : target
        var segments: [Substring] = decoded.hasPrefix("/") ? [] : Array(source.split(separator: "/").dropLast())
        for segment in decoded.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }
}
