import Foundation
import DraftModel
import DraftAlignment
import WordDiff

/// A section of the base draft a fragment section can go on: a heading and the blocks under it.
struct BaseSection: Sendable, Hashable {
    /// Index of the heading in `Draft.blocks`.
    var heading: Int
    /// The blocks under the heading, up to the next heading, as indices into `Draft.blocks`.
    var content: Range<Int>

    /// The headed sections of a draft, in order (the compare engine's sections, heading taken out).
    static func sections(of draft: Draft) -> [BaseSection] {
        SectionRange.sections(of: draft).compactMap { range in
            range.heading.map { BaseSection(heading: $0, content: ($0 + 1)..<range.blocks.upperBound) }
        }
    }
}

/// Headings as they are compared: case, apostrophes, quotes, spaces and final punctuation folded.
enum HeadingKey {
    static func of(_ text: String) -> String {
        // A heading broken over two lines is the same heading on one.
        var key = TokenVocabulary.comparisonForm(text.onOneLine, ignoreCase: true)
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
