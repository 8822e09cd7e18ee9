import Foundation
import DraftModel

/// A section of a draft: a heading and the blocks under it up to the next heading.
public struct DraftSection: Sendable, Hashable {
    /// Index of the heading in `Draft.blocks`.
    public var heading: Int
    /// The blocks under the heading (paragraphs, tables), as indices into `Draft.blocks`.
    public var content: Range<Int>

    /// The sections of a draft, in order.
    public static func sections(of draft: Draft) -> [DraftSection] {
        let headings = draft.blocks.indices.filter { draft.blocks[$0].kind == .heading }
        return headings.enumerated().map { offset, heading in
            let end = offset + 1 < headings.count ? headings[offset + 1] : draft.blocks.count
            return DraftSection(heading: heading, content: (heading + 1)..<end)
        }
    }
}

/// Headings as they are compared: case, apostrophes, quotes, spaces and final punctuation folded.
enum HeadingKey {
    static func of(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var lastWasSpace = true
        for scalar in text.precomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            let mapped: Unicode.Scalar
            switch scalar {
            case "’", "‘", "`": mapped = "'"
            case "«", "»", "“", "”": mapped = "\""
            default: mapped = scalar
            }
            if mapped.properties.isWhitespace {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
            } else {
                out.append(mapped)
                lastWasSpace = false
            }
        }
        var key = String(out)
        while let last = key.last, last == " " || last == "." || last == ":" { key.removeLast() }
        return key
    }

    /// Word overlap of two keys (Dice coefficient over words), from 0 to 1.
    static func closeness(_ a: String, _ b: String) -> Double {
        let left = Set(a.split(separator: " ")), right = Set(b.split(separator: " "))
        guard !left.isEmpty || !right.isEmpty else { return 1 }
        return 2 * Double(left.intersection(right).count) / Double(left.count + right.count)
    }
}
