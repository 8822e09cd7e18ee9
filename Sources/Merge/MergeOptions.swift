/// How a fragment section's paragraphs go into its target section.
public enum MergeMode: String, Sendable, Hashable, CaseIterable {
    /// The fragment section's paragraphs replace the target section's paragraphs (default).
    case replace
    /// Paragraphs aligned to a base paragraph replace it; unaligned base paragraphs stay; new ones go where the alignment puts them.
    case update
    /// The fragment section's paragraphs are added at the end of the target section.
    case append
}

/// What to do when two fragments target the same section with different texts.
public enum ConflictPolicy: String, Sendable, Hashable, CaseIterable {
    /// Stop with an error naming both fragments.
    case error
    /// Keep both, in the order the fragments were given, and mark them in the report.
    case keepBoth = "keep-both"
}

/// A placement the user gives by hand: a fragment section's heading and where it goes.
public struct ManualPlacement: Sendable, Hashable {
    /// Where the section goes.
    public enum Target: Sendable, Hashable {
        /// On the base section with this heading.
        case section(String)
        /// As a new section right after the base section with this heading.
        case after(String)
    }

    public var fragmentHeading: String
    public var target: Target

    public init(fragmentHeading: String, target: Target) {
        self.fragmentHeading = fragmentHeading
        self.target = target
    }

    /// Parses `--place` values: "Fragment heading=Base heading" or "Fragment heading=after:Base heading".
    public init?(argument: String) {
        guard let equals = argument.firstIndex(of: "=") else { return nil }
        let fragment = argument[..<equals].trimmingCharacters(in: .whitespaces)
        var base = argument[argument.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        guard !fragment.isEmpty, !base.isEmpty else { return nil }
        if base.lowercased().hasPrefix("after:") {
            base = String(base.dropFirst(6)).trimmingCharacters(in: .whitespaces)
            self.init(fragmentHeading: fragment, target: .after(base))
        } else {
            self.init(fragmentHeading: fragment, target: .section(base))
        }
    }
}

/// Choices for a consolidation.
public struct MergeOptions: Sendable, Hashable {
    public var mode: MergeMode
    public var conflicts: ConflictPolicy
    public var placements: [ManualPlacement]

    public init(mode: MergeMode = .replace, conflicts: ConflictPolicy = .error, placements: [ManualPlacement] = []) {
        self.mode = mode
        self.conflicts = conflicts
        self.placements = placements
    }
}

import Foundation
