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
        var bytes = value(of: draft).bytes()
        bytes.append(0x0A)
        return bytes
    }

    /// The JSON value, for embedding in other documents.
    public func value(of draft: Draft) -> JSONValue {
        var anchorBlock: [String: String] = [:]
        for (path, block) in draft.flattened {
            for anchor in block.footnoteAnchors where anchorBlock[anchor.footnoteID] == nil {
                anchorBlock[anchor.footnoteID] = path.description
            }
        }
        return .object([
            ("source", .object([("path", .string(draft.source.path)), ("format", .string(draft.source.format.rawValue))])),
            ("metadata", .object([
                ("language", draft.metadata.language.map { .string($0.rawValue) } ?? .null),
                ("jobCodes", .array(draft.metadata.jobCodes.map(JSONValue.string))),
            ])),
            ("blocks", .array(draft.blocks.map { value(of: $0, in: draft) })),
            ("footnotes", .array(draft.footnotes.map { footnote in
                .object([
                    ("id", .string(footnote.id)),
                    ("number", .int(footnote.number)),
                    ("text", .string(footnote.text)),
                    ("block", anchorBlock[footnote.id].map(JSONValue.string) ?? .null),
                    ("lines", lines(footnote.location)),
                ])
            })),
        ])
    }

    private func value(of block: Block, in draft: Draft) -> JSONValue {
        .object([
            ("kind", .string(block.kind.rawValue)),
            ("label", block.label.map(JSONValue.string) ?? .null),
            ("printedLabel", block.printedLabel.map(JSONValue.string) ?? .null),
            ("text", .string(block.text)),
            ("level", .int(block.level)),
            ("subparagraphs", .array(block.subparagraphs.map { value(of: $0, in: draft) })),
            ("footnotes", .array(block.footnoteAnchors.map { anchor in
                let footnote = draft.footnote(id: anchor.footnoteID)
                return .object([
                    ("id", .string(anchor.footnoteID)),
                    ("number", footnote.map { .int($0.number) } ?? .null),
                    ("offset", .int(anchor.offset)),
                    ("text", footnote.map { .string($0.text) } ?? .null),
                ])
            })),
            ("table", block.table.map { table in
                .object([
                    ("headerRows", .int(table.headerRowCount)),
                    ("rows", .array(table.rows.map { .array($0.map(JSONValue.string)) })),
                ])
            } ?? .null),
            ("lines", lines(block.location)),
        ])
    }

    private func lines(_ location: SourceLines) -> JSONValue {
        .array([.int(location.first), .int(location.last)])
    }
}
