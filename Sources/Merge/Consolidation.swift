import DraftModel

/// Where a paragraph of a consolidated draft came from.
public enum Provenance: Sendable, Hashable {
    /// Kept from the base draft, with its label there.
    case base(label: String?)
    /// Taken from a fragment: the fragment's path, the section heading there, and its label there.
    case fragment(file: String, section: String, label: String?)
}

/// What happened to one base paragraph, or where one fragment paragraph went, in a placed section.
public struct SectionChange: Sendable, Hashable {
    /// The kinds of change a merge reports.
    public enum Kind: String, Sendable, Hashable {
        /// The base paragraph is in the result word for word (perhaps under a new number).
        case keptUnchanged = "kept-unchanged"
        /// The base paragraph is replaced by the fragment's version of it.
        case modified
        /// The base paragraph is gone, replaced by the fragment's section.
        case replaced
        /// The fragment paragraph is new.
        case added
        /// The base paragraph stays as it was (update and append modes).
        case kept
    }

    public var kind: Kind
    /// The label in the base draft, when the change concerns a base paragraph.
    public var baseLabel: String?
    /// The label in the fragment, when the change concerns a fragment paragraph.
    public var fragmentLabel: String?
    /// The label in the consolidated draft; nil for replaced paragraphs.
    public var newLabel: String?
}

/// One fragment section placed on the base.
public struct PlacedSection: Sendable, Hashable {
    /// The fragment's path.
    public var fragment: String
    /// The heading in the fragment.
    public var fragmentHeading: String
    /// The heading of the base section it was placed on (or after).
    public var baseHeading: String
    /// How it was found: "heading", "a similar heading", "content", "--place".
    public var foundBy: String
    /// Whether it stands as a new section after the base section (`--place "X=after:Y"`) rather than on it.
    public var standsAfter = false
    /// The mode used.
    public var mode: MergeMode
    /// Whether another fragment gives the same section (kept both).
    public var conflicting: Bool
    /// What happened to each paragraph, in order.
    public var changes: [SectionChange]
}

/// A fragment section that another fragment gave first, word for word: placed once, from the first.
public struct RepeatedSection: Sendable, Hashable {
    /// The fragment that gave it again, and its heading there.
    public var fragment: String
    public var heading: String
    /// The fragment placed.
    public var placedFrom: String

    public init(fragment: String, heading: String, placedFrom: String) {
        self.fragment = fragment
        self.heading = heading
        self.placedFrom = placedFrom
    }
}

/// The result of consolidating committee fragments into a global draft.
public struct Consolidation: Sendable, Hashable {
    /// The consolidated draft, renumbered, with references rewritten.
    public var draft: Draft
    /// Where each top-level block came from (sub-paragraphs come with their paragraph), by index into `draft.blocks`.
    public var provenance: [Provenance]
    /// Each fragment section and what it did.
    public var sections: [PlacedSection]
    /// Cross-references rewritten to the new numbers.
    public var rewrittenReferences: [RewrittenReference]
    /// Cross-references left as they were because their paragraph no longer exists.
    public var flaggedReferences: [FlaggedReference]
    /// Fragment sections given again, word for word, by a later fragment: placed once.
    public var repeatedSections: [RepeatedSection] = []

    public init(draft: Draft, provenance: [Provenance], sections: [PlacedSection],
                rewrittenReferences: [RewrittenReference], flaggedReferences: [FlaggedReference]) {
        self.draft = draft
        self.provenance = provenance
        self.sections = sections
        self.rewrittenReferences = rewrittenReferences
        self.flaggedReferences = flaggedReferences
    }
}
