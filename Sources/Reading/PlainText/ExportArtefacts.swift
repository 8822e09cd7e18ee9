import DraftModel
import DraftStructure
import UTF8Text

/// One line of Word's text export with its artefacts taken out: `[bookmark: …]` removed,
/// `[footnoteRef:N]/` turned into an anchor, and the inline footnote text `[N: …]` set aside.
///
/// Works on the line's UTF-8 bytes: every artefact is delimited by ASCII characters, which never
/// occur inside a multi-byte sequence.
struct CleanedLine: Sendable {
    /// The line's text without artefacts.
    var text: String
    /// Footnote reference marks, offsets in Unicode scalars into `text`.
    var anchors: [FootnoteAnchor]
    /// Inline footnote texts found on the line, by footnote id.
    var definitions: [(id: String, text: String)]

    /// Cleans one line of the export.
    init(_ line: Substring) {
        // Most lines carry no artefact at all.
        if !line.containsASCII(Bytes.open) {
            self.text = String(line)
            self.anchors = []
            self.definitions = []
            return
        }
        self = line.withUTF8Bytes(CleanedLine.init(bytes:))
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var anchors: [FootnoteAnchor] = []
        var definitions: [(id: String, text: String)] = []
        var count = 0   // Unicode scalars in `output`
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == Bytes.open, let artefact = CleanedLine.artefact(in: bytes, at: index) {
                switch artefact.kind {
                case .bookmark:
                    break
                case .reference(let id):
                    anchors.append(FootnoteAnchor(footnoteID: id, offset: count))
                case .definition(let id, let body):
                    // The export writes each footnote's text as " [N: text] " at the end of its paragraph.
                    if output.last == Bytes.space { output.removeLast(); count -= 1 }
                    definitions.append((id, body))
                }
                index = artefact.end
                if case .definition = artefact.kind, index < bytes.count, bytes[index] == Bytes.space { index += 1 }
                continue
            }
            output.append(byte)
            if byte & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        self.text = String(repairingUTF8: output)
        self.anchors = anchors.map { FootnoteAnchor(footnoteID: $0.footnoteID, offset: min($0.offset, count)) }
        self.definitions = definitions
    }

    private enum ArtefactKind {
        case bookmark
        case reference(String)
        case definition(String, String)
    }

    /// The artefact starting at `start` (a "["), and the index just past it.
    private static func artefact(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (kind: ArtefactKind, end: Int)? {
        if has(prefix: "[bookmark:", in: bytes, at: start) {
            guard let close = bytes[start...].firstIndex(of: Bytes.close) else { return nil }
            return (.bookmark, close + 1)
        }
        if has(prefix: "[footnoteRef:", in: bytes, at: start) || has(prefix: "[endnoteRef:", in: bytes, at: start) {
            var index = bytes[start...].firstIndex(of: UInt8(ascii: ":"))! + 1
            let digitsStart = index
            // Any numeric scalar, as Word may print the number in another script.
            while index < bytes.count {
                let (scalar, length) = UTF8Bytes.scalar(at: index, in: bytes)
                guard scalar.properties.numericType != nil else { break }
                index += length
            }
            guard index > digitsStart, index < bytes.count, bytes[index] == Bytes.close else { return nil }
            let id = string(bytes, digitsStart..<index)
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "/") { index += 1 }
            return (.reference(id), index)
        }
        // "[N: text]", with brackets inside the text balanced.
        var index = start + 1
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        guard index > start + 1, index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
        let id = string(bytes, (start + 1)..<index)
        var depth = 1
        var cursor = index + 1
        while cursor < bytes.count {
            if bytes[cursor] == Bytes.open { depth += 1 }
            if bytes[cursor] == Bytes.close { depth -= 1; if depth == 0 { break } }
            cursor += 1
        }
        guard cursor < bytes.count else { return nil }
        return (.definition(id, footnoteBody(bytes, (index + 1)..<cursor)), cursor + 1)
    }

    /// The footnote's text without the export's leading " .\t" (the mark's own punctuation).
    private static func footnoteBody(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        let isBlank = { (byte: UInt8) in byte == Bytes.space || byte == Bytes.tab }
        var body = bytes[range].drop { $0 == Bytes.space }
        if body.first == UInt8(ascii: "."), let next = body.dropFirst().first, isBlank(next) {
            body = body.dropFirst().drop(while: isBlank)
        }
        return string(bytes, body.indices)
    }

    private static func has(prefix: StaticString, in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard start + count <= bytes.count else { return false }
        return UnsafeBufferPointer(start: prefix.utf8Start, count: count).elementsEqual(bytes[start..<(start + count)])
    }

    /// The text of whole scalars `range` of `bytes`.
    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(repairingUTF8: UnsafeBufferPointer(rebasing: bytes[range]))
    }

    private enum Bytes {
        static let open = UInt8(ascii: "["), close = UInt8(ascii: "]")
        static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
    }
}
