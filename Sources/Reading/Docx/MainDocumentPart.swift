import XMLStreaming

/// The main document part, read one child of `w:body` at a time: memory holds the walked
/// text and the largest paragraph or table, never the whole XML tree.
enum MainDocumentPart {
    /// The blocks of the body of the main document part `part` in `view`, with removed paragraph marks
    /// joined, parsed as the part is inflated.
    static func blocks(of part: String, in package: DocxPackage, view: TrackedChangesView) throws(ReadError) -> [RawBlock] {
        var root: XMLStartTag?
        var inBody = false
        var walker = ContentWalker(view: view)
        var blocks: [RawBlock] = []
        var parser = XMLSubtreePushParser(depth: 3, options: WordNamespace.parseOptions)
        let found = try package.stream(part, into: &parser, ancestor: { tag in
            if tag.depth == 1 {
                root = tag
                walker = ContentWalker(view: view, scope: tag.namespaceDeclarations)
            } else if tag.depth == 2 {
                inBody = tag.name.local == "body" && WordNamespace.isMain(tag.name.namespace)
            }
        }, subtree: { element in
            if inBody { walker.appendBlock(element, to: &blocks) }
        })
        guard found else {
            throw ReadError.docx(file: package.file, part: part, line: nil, reason: "the main document part named by _rels/.rels is missing")
        }
        guard let root, root.name.local == "document", WordNamespace.isMain(root.name.namespace) else {
            throw ReadError.docx(file: package.file, part: part, line: root?.line,
                                 reason: "not a WordprocessingML document (root element \(root.map { "\($0.name)" } ?? "none"))")
        }
        return RawBlock.joiningRemovedMarks(blocks, view: view)
    }
}
