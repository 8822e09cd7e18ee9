import DraftModel
import DraftAlignment
import WordDiff

/// The comparison as JSON for other programs: the `compare --format json` output.
///
/// Shape (stable): `{"old": {"path"}, "new": {"path"}, "summary": {"unchanged", "modified", "moved",
/// "split", "merged", "inserted", "deleted", "renumbered"}, "alignment": [{"kind", "old": [{"label", "text"}],
/// "new": [{"label", "text"}], "similarity", "renumbered": {"old", "new"} | null, "changes": [{"op", "text"}]}]}`.
/// `text` is a block's full text without its label; sub-paragraphs are entries of their own ("25.a").
public struct AlignmentJSONWriter: Sendable {
    public init() {}

    /// The JSON text, ending with a newline.
    public func write(_ alignment: Alignment) -> String {
        String(decoding: bytes(alignment), as: UTF8.self)
    }

    /// The JSON text as UTF-8 bytes, ending with a newline.
    ///
    /// The entries are written in two halves on two threads, each exactly as `value(of:)` would print it.
    public func bytes(_ alignment: Alignment) -> [UInt8] {
        let entries = alignment.entries
        var bytes = value(of: alignment, entries: []).bytes()
        guard !entries.isEmpty else { bytes.append(0x0A); return bytes }
        // The empty array closes the document: `[]`, a newline, `}`.
        bytes.removeLast(4)
        let middle = entries.count / 2
        let (first, second) = sideBySide(
            { elements(entries[..<middle], in: alignment, first: true) },
            { elements(entries[middle...], in: alignment, first: middle == 0) })
        bytes.append(0x5B)
        bytes.append(contentsOf: first)
        bytes.append(contentsOf: second)
        bytes.append(contentsOf: Array("\n  ]\n}\n".utf8))
        return bytes
    }

    /// Entries as elements of the `alignment` array, which stands at indentation 2.
    private func elements(_ entries: ArraySlice<AlignmentEntry>, in alignment: Alignment, first: Bool) -> [UInt8] {
        var bytes: [UInt8] = []
        for (index, entry) in entries.enumerated() {
            if index > 0 || !first { bytes.append(0x2C) }
            bytes.append(contentsOf: [0x0A, 0x20, 0x20, 0x20, 0x20])
            value(of: entry, in: alignment).write(into: &bytes, indent: 4)
        }
        return bytes
    }

    /// The JSON value, for embedding in other documents.
    public func value(of alignment: Alignment) -> JSONValue {
        value(of: alignment, entries: alignment.entries)
    }

    private func value(of alignment: Alignment, entries: [AlignmentEntry]) -> JSONValue {
        let summary = alignment.summary
        var counts: [(String, JSONValue)] = AlignmentKind.allCases.map { ($0.rawValue, .int(summary[$0])) }
        counts.append(("renumbered", .int(summary.renumbered)))
        return .object([
            ("old", .object([("path", .string(alignment.old.source.path))])),
            ("new", .object([("path", .string(alignment.new.source.path))])),
            ("summary", .object(counts)),
            ("alignment", .array(entries.map { value(of: $0, in: alignment) })),
        ])
    }

    private func value(of entry: AlignmentEntry, in alignment: Alignment) -> JSONValue {
        func blocks(_ paths: [BlockPath], _ draft: Draft) -> JSONValue {
            .array(paths.map { path in
                .object([
                    ("label", draft.displayLabel(at: path).map(JSONValue.string) ?? .null),
                    ("text", .string(draft[path].text)),
                ])
            })
        }
        return .object([
            ("kind", .string(entry.kind.rawValue)),
            ("old", blocks(entry.old, alignment.old)),
            ("new", blocks(entry.new, alignment.new)),
            ("similarity", .double(entry.similarity)),
            ("renumbered", entry.renumbered.map { .object([("old", .string($0.oldLabel)), ("new", .string($0.newLabel))]) } ?? .null),
            ("changes", .array(entry.changes.map { .object([("op", .string($0.operation.rawValue)), ("text", .string($0.text))]) })),
        ])
    }
}
