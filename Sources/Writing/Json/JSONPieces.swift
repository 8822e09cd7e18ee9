import DraftModel

/// A pretty-printed JSON document whose one long array (the comparison's entries, a draft's blocks) is
/// written in pieces on the threads there are and handed over in order as the pieces are done: a long
/// document is written as it goes, never held whole in memory.
///
/// The document is first written with the array empty; the elements are then written in where its
/// `[]` stands, each exactly as the document's own writer would place it (a line break, then
/// indentation 4, after a comma unless it is the first).
enum JSONPieces {
    /// Hands `document` to `deliver` in pieces, with the `count` elements `element` writes in its empty
    /// array `field` (a member of the top-level object, at indentation 2). `element` is called on several
    /// threads at once; one piece is delivered at a time, not always on the calling thread. A piece holds
    /// about 64 elements (some 70 KB of a comparison's entries): the pieces made but not yet written stay
    /// small, and the memory of those written is reused (a 1.2 MB comparison peaks 0.7 MB lower than
    /// with pieces of 300).
    static func write(
        _ document: [UInt8], filling field: StaticString, count: Int,
        element: (Int, inout JSONStream) -> Void, inPieces deliver: (consuming [UInt8]) -> Void
    ) {
        let marker = Array("\n  \"".utf8) + field.withUTF8Buffer { Array($0) } + Array("\": []".utf8)
        guard count > 0, let at = firstIndex(of: marker, in: document) else { return deliver(document) }
        let head = Array(document[..<(at + marker.count - 1)])
        let tail = Array("\n  ".utf8) + document[(at + marker.count - 1)...]
        let pieces = min(max(8, count / 64), 1024, count)
        inPieces(pieces, { piece in
            // Room for about a kilobyte an element, the size of a draft's block or of a comparison's entry, kept
            // under the 128 KB from which malloc maps fresh memory rather than reusing the pieces written.
            let elements = count * (piece + 1) / pieces - count * piece / pieces
            var stream = JSONStream(indent: 4, chunkSize: 1 << 18, expectedSize: min(elements << 10, 96 << 10))
            if piece == 0 { stream.raw(head) }
            for index in count * piece / pieces..<count * (piece + 1) / pieces {
                stream.raw(index > 0 ? nextElement : firstElement)
                element(index, &stream)
            }
            if piece == pieces - 1 { stream.raw(tail) }
            return stream.finishedChunks()
        }, inOrder: { chunks in
            for chunk in chunks { deliver(chunk) }
        })
    }

    /// What comes before an element of the array: a line break and its indentation, after a comma
    /// unless it is the first.
    private static let firstElement: [UInt8] = [0x0A, 0x20, 0x20, 0x20, 0x20]
    private static let nextElement: [UInt8] = [0x2C] + firstElement

    /// Where `marker` first starts in `bytes`. The field's name, quoted and at the start of a line,
    /// cannot occur inside a string value, whose quotes and line breaks are escaped.
    private static func firstIndex(of marker: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= marker.count else { return nil }
        return (0...(bytes.count - marker.count)).first { start in bytes[start..<(start + marker.count)].elementsEqual(marker) }
    }
}
