import DraftModel
import DraftAlignment
import WordDiff

/// The comparison as JSON for other programs: the `compare --format json` output.
///
/// Shape (stable): `{"old": {"path"}, "new": {"path"}, "summary": {"unchanged", "modified", "moved",
/// "split", "merged", "inserted", "deleted", "renumbered", "footnotes": {"unchanged", "modified", "moved",
/// "inserted", "deleted"}}, "alignment": [{"kind", "old": [{"label", "text"}], "new": [{"label", "text"}], "similarity",
/// "renumbered": {"old", "new"} | null, "changes": [{"op", "text"}]}], "footnotes": [{"kind", "old": {"number",
/// "text"} | null, "new": {"number", "text"} | null, "changes": [{"op", "text"}]}]}`.
/// `text` is a block's full text without its label; sub-paragraphs are entries of their own ("25.a").
/// Footnotes are numbered as a reader sees them; `changes` is empty unless the footnote's text changed.
public struct AlignmentJSONWriter: Sendable {
    public init() {}

    /// The JSON text, ending with a newline.
    public func write(_ alignment: Alignment) -> String {
        String(decoding: bytes(alignment), as: UTF8.self)
    }

    /// The JSON text as UTF-8 bytes, ending with a newline.
    ///
    /// The entries are written in pieces on the threads there are, each exactly as `value(of:)` would print it.
    public func bytes(_ alignment: Alignment) -> [UInt8] {
        var bytes: [UInt8] = []
        write(alignment) { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// The JSON text in pieces, to be written one after the other (joined, they are `bytes(_:)`).
    public func pieces(_ alignment: Alignment) -> [[UInt8]] {
        var pieces: [[UInt8]] = []
        write(alignment) { pieces.append($0) }
        return pieces
    }

    /// Hands the JSON text to `deliver` in pieces, in order, as they are made: a long report is written
    /// as it goes, never held whole in memory. One piece is delivered at a time, not always on the
    /// calling thread.
    ///
    /// The entries are written in pieces on the threads there are, each exactly as `value(of:)` would print it.
    public func write(_ alignment: Alignment, inPieces deliver: (consuming [UInt8]) -> Void) {
        let entries = alignment.entries
        JSONPieces.write(value(of: alignment, entries: []).bytes() + [0x0A], filling: "alignment", count: entries.count,
                         element: { index, stream in write(entries[index], in: alignment, to: &stream) }, inPieces: deliver)
    }

    /// An entry: `{"kind", "old", "new", "similarity", "renumbered", "changes"}`.
    private func write<Sink: JSONSink>(_ entry: AlignmentEntry, in alignment: Alignment, to stream: inout Sink) {
        func blocks(_ paths: [BlockPath], _ draft: Draft) {
            stream.beginArray()
            for path in paths {
                stream.beginObject()
                stream.field("label", draft.displayLabel(at: path))
                stream.field("text", draft[path].text)
                stream.end()
            }
            stream.end()
        }
        stream.beginObject()
        stream.field("kind", entry.kind.rawValue)
        stream.field("old")
        blocks(entry.old, alignment.old)
        stream.field("new")
        blocks(entry.new, alignment.new)
        stream.field("similarity")
        stream.double(entry.similarity)
        stream.field("renumbered")
        if let renumbered = entry.renumbered {
            stream.beginObject()
            stream.field("old", renumbered.oldLabel)
            stream.field("new", renumbered.newLabel)
            stream.end()
        } else {
            stream.null()
        }
        stream.field("changes")
        stream.beginArray()
        for change in entry.changes {
            stream.beginObject()
            stream.field("op", change.operation.rawValue)
            stream.field("text", change.text)
            stream.end()
        }
        stream.end()
        stream.end()
    }

    /// The JSON value, for embedding in other documents.
    public func value(of alignment: Alignment) -> JSONValue {
        value(of: alignment, entries: alignment.entries)
    }

    private func value(of alignment: Alignment, entries: [AlignmentEntry]) -> JSONValue {
        let summary = alignment.summary
        var counts: [(String, JSONValue)] = AlignmentKind.allCases.map { ($0.rawValue, .int(summary[$0])) }
        counts.append(("renumbered", .int(summary.renumbered)))
        counts.append(("footnotes", .object(AlignmentSummary.footnoteKinds.map { ($0.rawValue, .int(summary.footnotes[$0] ?? 0)) })))
        return .object([
            ("old", .object([("path", .string(alignment.old.source.path))])),
            ("new", .object([("path", .string(alignment.new.source.path))])),
            ("summary", .object(counts)),
            ("alignment", .array(entries.map { value(of: $0, in: alignment) })),
            ("footnotes", .array(alignment.footnotes.map { value(of: $0, in: alignment) })),
        ])
    }

    /// A footnote: `{"kind", "old": {"number", "text"} | null, "new": {"number", "text"} | null, "changes"}`.
    private func value(of note: FootnoteAlignment, in alignment: Alignment) -> JSONValue {
        func side(_ id: String?, _ draft: Draft) -> JSONValue {
            guard let id, let footnote = draft.footnote(id: id) else { return .null }
            return .object([("number", .int(footnote.number)), ("text", .string(footnote.text))])
        }
        let changes = note.old != nil && note.new != nil && note.changes.hasChanges ? note.changes : []
        return .object([
            ("kind", .string(note.kind.rawValue)),
            ("old", side(note.old, alignment.old)),
            ("new", side(note.new, alignment.new)),
            ("changes", .array(changes.map { .object([("op", .string($0.operation.rawValue)), ("text", .string($0.text))]) })),
        ])
    }

    private func value(of entry: AlignmentEntry, in alignment: Alignment) -> JSONValue {
        var builder = JSONTreeBuilder()
        write(entry, in: alignment, to: &builder)
        return builder.value
    }
}
