import DraftModel

/// Why a consolidation could not be made. Every case names the fragment file.
public enum MergeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A fragment section matches no section of the base; the closest base headings are listed.
    case noTarget(fragment: String, heading: String, closest: [String])
    /// Two fragments target the same base section with different texts.
    case conflict(heading: String, first: String, second: String)
    /// A `--place` names a heading that is not there.
    case unknownHeading(file: String, heading: String)
    /// Two `--place` options send one fragment section to different places.
    case conflictingPlacements(heading: String)
    /// A `--place` names a fragment section that none of the fragments has.
    case unknownFragmentHeading(heading: String, fragments: [String])
    /// A fragment has no section heading at all.
    case noSections(fragment: String)
    /// A fragment has paragraphs before its first section heading: they belong to no section.
    case paragraphsBeforeFirstHeading(fragment: String, count: Int)

    public var description: String {
        switch self {
        case .noTarget(let fragment, let heading, let closest):
            let heading = heading.onOneLine
            let list = closest.map { "“\($0.onOneLine)”" }.joined(separator: ", ")
            return "\(fragment): section “\(heading)” has no matching section in the base; closest: \(list). Map it with --place \"\(heading)=BASE HEADING\""
        case .conflict(let heading, let first, let second):
            let heading = heading.onOneLine
            return "\(second): section “\(heading)” is also given by \(first) with a different text; use --on-conflict keep-both to keep both"
        case .unknownHeading(let file, let heading):
            return "\(file): no section heading “\(heading)” (from --place)"
        case .conflictingPlacements(let heading):
            return "--place: section “\(heading)” is placed twice, in different places; give one --place for it"
        case .unknownFragmentHeading(let heading, let fragments):
            return "\(fragments.joined(separator: ", ")): no section heading “\(heading)” (from --place)"
        case .paragraphsBeforeFirstHeading(let fragment, let count):
            return count == 1
                ? "\(fragment): 1 paragraph comes before the first section heading and belongs to no section; put it under the heading of its section"
                : "\(fragment): \(count) paragraphs come before the first section heading and belong to no section; put them under the headings of their sections"
        case .noSections(let fragment):
            return "\(fragment): no section heading found; a fragment gives its paragraphs under the headings of the sections they belong to"
        }
    }
}
