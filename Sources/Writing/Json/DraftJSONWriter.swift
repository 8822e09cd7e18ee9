import DraftModel

/// A Draft as JSON: the `outline --format json` output, and the `.json` output of `merge`.
///
/// Shape (stable): `{"source": {"path", "format"}, "metadata": {"language", "jobCodes"},
/// "blocks": [{"kind", "label", "printedLabel", "text", "level", "subparagraphs", "footnotes", "table", "lines"}],
/// "footnotes": [{"id", "number", "text", "block", "lines"}]}`.
public struct DraftJSONWriter: Sendable {
    public init() {}

    /// The JSON text, ending with a newline.
    public func write(_ draft: Draft) -> String {
        String(decoding: bytes(draft), as: UTF8.self)
    }

    /// The JSON text as UTF-8 bytes, ending with a newline: what `write(_:)` gives, without the `String`.
    public func bytes(_ draft: Draft) -> [UInt8] {
        var bytes: [UInt8] = []
        write(draft) { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// Hands the JSON text to `deliver` in pieces, in order, as they are made: a long draft is written as
    /// it goes, never held whole in memory. One piece is delivered at a time, not always on the calling thread.
    ///
    /// Written straight to the stream, as `value(of:)` would print it (no tree of values), the blocks in
    /// pieces on the threads there are.
    public func write(_ draft: Draft, inPieces deliver: (consuming [UInt8]) -> Void) {
        var stream = JSONStream()
        write(draft, withBlocks: false, to: &stream)
        JSONPieces.write(stream.finished() + [0x0A], filling: "blocks", count: draft.blocks.count,
                         element: { index, stream in write(draft.blocks[index], in: draft, to: &stream) }, inPieces: deliver)
    }

    /// The JSON value, for embedding in other documents.
    public func value(of draft: Draft) -> JSONValue {
        var builder = JSONTreeBuilder()
        write(draft, to: &builder)
        return builder.value
    }

    /// The draft, described once for the stream and for the tree of values; `withBlocks` false leaves the
    /// blocks array empty (the footnotes still name their blocks).
    private func write<Sink: JSONSink>(_ draft: Draft, withBlocks: Bool = true, to stream: inout Sink) {
        var anchorBlock: [String: String] = [:]
        draft.forEachFootnoteAnchor { anchor, path in
            if anchorBlock[anchor.footnoteID] == nil { anchorBlock[anchor.footnoteID] = path.description }
        }
        stream.beginObject()
        stream.field("source")
        stream.beginObject()
        stream.field("path", draft.source.path)
        stream.field("format", draft.source.format.rawValue)
        stream.end()
        stream.field("metadata")
        stream.beginObject()
        stream.field("language", draft.metadata.language?.rawValue)
        stream.field("jobCodes")
        stream.beginArray()
        for code in draft.metadata.jobCodes { stream.string(code) }
        stream.end()
        stream.end()
        stream.field("blocks")
        stream.beginArray()
        // Blocks read in place: a copy of each would retain every one of its texts and lists.
        if withBlocks {
            for index in draft.blocks.indices { write(draft.blocks[index], in: draft, to: &stream) }
        }
        stream.end()
        stream.field("footnotes")
        stream.beginArray()
        for footnote in draft.footnotes {
            stream.beginObject()
            stream.field("id", footnote.id)
            stream.field("number", footnote.number)
            stream.field("text", footnote.text)
            stream.field("block", anchorBlock[footnote.id])
            stream.field("lines")
            write(footnote.location, to: &stream)
            stream.end()
        }
        stream.end()
        stream.end()
    }

    private func write<Sink: JSONSink>(_ block: borrowing Block, in draft: Draft, to stream: inout Sink) {
        stream.beginObject()
        stream.field("kind", block.kind.rawValue)
        stream.field("label", block.label)
        stream.field("printedLabel", block.printedLabel)
        stream.field("text", block.text)
        stream.field("level", block.level)
        stream.field("subparagraphs")
        stream.beginArray()
        for index in block.subparagraphs.indices { write(block.subparagraphs[index], in: draft, to: &stream) }
        stream.end()
        stream.field("footnotes")
        stream.beginArray()
        for anchor in block.footnoteAnchors {
            let footnote = draft.footnote(id: anchor.footnoteID)
            stream.beginObject()
            stream.field("id", anchor.footnoteID)
            stream.field("number", footnote?.number)
            stream.field("offset", anchor.offset)
            stream.field("text", footnote?.text)
            stream.end()
        }
        stream.end()
        stream.field("table")
        if let table = block.table {
            stream.beginObject()
            stream.field("headerRows", table.headerRowCount)
            stream.field("rows")
            stream.beginArray()
            for row in table.rows {
                stream.beginArray()
                for cell in row { stream.string(cell) }
                stream.end()
            }
            stream.end()
            stream.end()
        } else {
            stream.null()
        }
        stream.field("lines")
        write(block.location, to: &stream)
        stream.end()
    }

    private func write<Sink: JSONSink>(_ location: SourceLines, to stream: inout Sink) {
        stream.beginArray()
        stream.int(location.first)
        stream.int(location.last)
        stream.end()
    }
}
