import XMLStreaming

/// The main document part, read one child of `w:body` at a time: memory holds the walked
/// text and the largest paragraph or table, never the whole XML tree.
enum MainDocumentPart {
    /// The bytes of the main document part `part`.
    static func bytes(of part: String, in package: DocxPackage) throws(ReadError) -> [UInt8] {
        guard let bytes = try package.bytes(of: part) else {
            throw ReadError.docx(file: package.file, part: part, line: nil, reason: "the main document part named by _rels/.rels is missing")
        }
        return bytes
    }

    /// The blocks of the body in `view`, with removed paragraph marks joined; `bytes` are those of
    /// `part` in `package` (only named in errors: the package is not read here).
    static func blocks(of bytes: [UInt8], part: String, in package: DocxPackage, view: TrackedChangesView) throws(ReadError) -> [RawBlock] {
        var root: XMLStartTag?
        var inBody = false
        var walker = ContentWalker(view: view)
        var blocks: [RawBlock] = []
        do {
            try XMLSubtrees(depth: 3, options: WordNamespace.parseOptions).parse(bytes, ancestor: { tag in
                if tag.depth == 1 {
                    root = tag
                    walker = ContentWalker(view: view, scope: tag.namespaceDeclarations)
                } else if tag.depth == 2 {
                    inBody = tag.name.local == "body" && WordNamespace.isMain(tag.name.namespace)
                }
            }, subtree: { element in
                if inBody { walker.appendBlock(element, to: &blocks) }
            })
        } catch {
            throw package.refusal(part, error)
        }
        guard let root, root.name.local == "document", WordNamespace.isMain(root.name.namespace) else {
            throw ReadError.docx(file: package.file, part: part, line: root?.line,
                                 reason: "not a WordprocessingML document (root element \(root.map { "\($0.name)" } ?? "none"))")
        }
        return RawBlock.joiningRemovedMarks(blocks, view: view)
    }
}
