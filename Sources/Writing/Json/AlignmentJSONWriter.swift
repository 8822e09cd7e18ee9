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
        value(of: alignment).serialized() + "\n"
    }

    /// The JSON value, for embedding in other documents.
    public func value(of alignment: Alignment) -> JSONValue {
        let summary = alignment.summary
        var counts: [(String, JSONValue)] = AlignmentKind.allCases.map { ($0.rawValue, .int(summary[$0])) }
        counts.append(("renumbered", .int(summary.renumbered)))
        return .object([
            ("old", .object([("path", .string(alignment.old.source.path))])),
            ("new", .object([("path", .string(alignment.new.source.path))])),
            ("summary", .object(counts)),
            ("alignment", .array(alignment.entries.map { value(of: $0, in: alignment) })),
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
