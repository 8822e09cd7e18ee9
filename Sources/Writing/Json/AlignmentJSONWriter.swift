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
        var pieces = pieces(alignment)
        var bytes = pieces.removeFirst()
        for piece in pieces { bytes.append(contentsOf: piece) }
        return bytes
    }

    /// The JSON text in pieces to be written one after the other (joined, they are `bytes(_:)`), so that
    /// a long report is not copied into one buffer first.
    ///
    /// The entries are written in two halves on two threads, each exactly as `value(of:)` would print it.
    public func pieces(_ alignment: Alignment) -> [[UInt8]] {
        let entries = alignment.entries
        var bytes = value(of: alignment, entries: []).bytes()
        guard !entries.isEmpty else { bytes.append(0x0A); return [bytes] }
        // The empty array closes the document: `[]`, a newline, `}`.
        bytes.removeLast(4)
        bytes.append(0x5B)
        let middle = entries.count / 2
        // The first half is written after the header; each half in a buffer with room for it all.
        var (first, second) = sideBySide(
            { elements(entries[..<middle], in: alignment, after: bytes, following: false, room: room(entries[..<middle], in: alignment)) },
            { elements(entries[middle...], in: alignment, after: [], following: middle > 0, room: room(entries[middle...], in: alignment)) })
        second.append(contentsOf: Array("\n  ]\n}\n".utf8))
        return [first, second]
    }

    /// Room for the texts of `entries` twice (a modified paragraph is in its changes again) and their layout:
    /// a buffer that size never moves, and pages reserved but not written are never touched.
    private func room(_ entries: some Collection<AlignmentEntry>, in alignment: Alignment) -> Int {
        var room = 0
        for entry in entries {
            for path in entry.old { room += alignment.old[path].text.utf8.count }
            for path in entry.new { room += alignment.new[path].text.utf8.count }
        }
        return room * 2 + entries.count * 400
    }

    /// Entries as elements of the `alignment` array, which stands at indentation 2, written straight to
    /// the stream as `value(of:in:)` would give them, after `prefix`; `following` when other entries come before.
    private func elements(
        _ entries: ArraySlice<AlignmentEntry>, in alignment: Alignment, after prefix: [UInt8], following: Bool, room: Int
    ) -> [UInt8] {
        var stream = JSONStream(indent: 4)
        stream.reserveCapacity(prefix.count + room)
        stream.raw(prefix)
        for (index, entry) in entries.enumerated() {
            stream.raw(index > 0 || following ? Self.nextElement : Self.firstElement)
            write(entry, in: alignment, to: &stream)
        }
        return stream.finished()
    }

    /// What comes before an element of the `alignment` array: a line break and its indentation, after a comma
    /// unless it is the first.
    private static let firstElement: [UInt8] = [0x0A, 0x20, 0x20, 0x20, 0x20]
    private static let nextElement: [UInt8] = [0x2C] + firstElement

    /// An entry: `{"kind", "old", "new", "similarity", "renumbered", "changes"}`.
    private func write<Sink: JSONSink>(_ entry: AlignmentEntry, in alignment: Alignment, to stream: inout Sink) {
        func blocks(_ paths: [BlockPath], _ draft: Draft) {
            stream.beginArray()
            for path in paths {
                stream.beginObject()
                stream.key("label")
                stream.string(draft.displayLabel(at: path))
                stream.key("text")
                stream.string(draft[path].text)
                stream.end()
            }
            stream.end()
        }
        stream.beginObject()
        stream.key("kind")
        stream.string(entry.kind.rawValue)
        stream.key("old")
        blocks(entry.old, alignment.old)
        stream.key("new")
        blocks(entry.new, alignment.new)
        stream.key("similarity")
        stream.double(entry.similarity)
        stream.key("renumbered")
        if let renumbered = entry.renumbered {
            stream.beginObject()
            stream.key("old")
            stream.string(renumbered.oldLabel)
            stream.key("new")
            stream.string(renumbered.newLabel)
            stream.end()
        } else {
            stream.null()
        }
        stream.key("changes")
        stream.beginArray()
        for change in entry.changes {
            stream.beginObject()
            stream.key("op")
            stream.string(change.operation.rawValue)
            stream.key("text")
            stream.string(change.text)
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
        return .object([
            ("old", .object([("path", .string(alignment.old.source.path))])),
            ("new", .object([("path", .string(alignment.new.source.path))])),
            ("summary", .object(counts)),
            ("alignment", .array(entries.map { value(of: $0, in: alignment) })),
        ])
    }

    private func value(of entry: AlignmentEntry, in alignment: Alignment) -> JSONValue {
        var builder = JSONTreeBuilder()
        write(entry, in: alignment, to: &builder)
        return builder.value
    }
}
