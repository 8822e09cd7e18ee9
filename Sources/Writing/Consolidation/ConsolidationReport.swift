import DraftModel
import DraftAlignment
import DraftMerge

/// The report of a merge: where each fragment section went and what happened to each paragraph
/// (kept unchanged, modified, replaced, added, with its origin), the references rewritten or
/// flagged, then the redline of the consolidated draft against the base.
public struct ConsolidationReport: Sendable {
    public var consolidation: Consolidation
    /// The consolidated draft compared with the base.
    public var comparison: Alignment
    public var options: ReportOptions

    public init(consolidation: Consolidation, comparison: Alignment, options: ReportOptions) {
        self.consolidation = consolidation
        self.comparison = comparison
        self.options = options
    }

    /// The report as text, for a terminal or a .txt file.
    public func text() -> String {
        var out = heading(name: { $0 }) + "\n" + counts + "\n"
        for section in consolidation.sections {
            out += "\n" + placement(section, name: { $0 }) + "\n"
            for change in section.changes { out += "  " + describe(change) + "\n" }
        }
        for line in repeated(name: { $0 }) { out += "\n" + line + "\n" }
        if !consolidation.rewrittenReferences.isEmpty || !consolidation.flaggedReferences.isEmpty { out += "\nReferences\n" }
        for line in references { out += "  " + line + "\n" }
        out += "\nComparison with the base\n\n" + TextRedlineWriter(options: options).write(comparison)
        return out
    }

    /// Where a fragment section went: "“Base heading” ← fragment.txt “Heading” (replace, found by heading)".
    func placement(_ section: PlacedSection, name: (String) -> String) -> String {
        let fragment = "\(name(section.fragment)) “\(section.fragmentHeading.onOneLine)”"
        let line = section.standsAfter
            ? "new section after “\(section.baseHeading.onOneLine)” ← \(fragment) (found by \(section.foundBy))"
            : "“\(section.baseHeading.onOneLine)” ← \(fragment) (\(section.mode.rawValue), found by \(section.foundBy))"
        return line + (section.conflicting ? " [given by more than one fragment: both kept]" : "")
    }

    /// The references rewritten and those left as they were, one line each.
    var references: [String] {
        consolidation.rewrittenReferences.map { "reference in \(place($0.block, footnote: $0.footnote)): paragraph \($0.oldLabel) → \($0.newLabel)" }
            + consolidation.flaggedReferences.map {
                "FLAGGED reference in \(place($0.block, footnote: $0.footnote)): paragraph \($0.label) left as it was (\($0.reason))"
            }
    }

    /// Sections another fragment gave first, word for word.
    func repeated(name: (String) -> String) -> [String] {
        consolidation.repeatedSections.map {
            "\(name($0.fragment)) “\($0.heading.onOneLine)”: the same as \(name($0.placedFrom))'s, placed once"
        }
    }

    /// "Consolidation of BASE with FRAGMENT, …", each file as `name` gives it.
    func heading(name: (String) -> String) -> String {
        let fragments = Array(Set(consolidation.sections.map(\.fragment) + consolidation.repeatedSections.map(\.fragment))).sorted().map(name)
        return "Consolidation of \(name(comparison.old.source.path)) with \(fragments.joined(separator: ", "))"
    }

    /// "110 operative paragraphs, 3 sections placed, 1 reference rewritten, 0 flagged".
    var counts: String {
        OutlineWriter.count(consolidation.draft.operativeParagraphs.count, "operative paragraph") + ", "
            + OutlineWriter.count(consolidation.sections.count, "section") + " placed, "
            + OutlineWriter.count(consolidation.rewrittenReferences.count, "reference") + " rewritten, "
            + "\(consolidation.flaggedReferences.count) flagged"
    }

    /// The options of the redline in the report: headed by what the consolidation did.
    var redlineOptions: ReportOptions {
        var options = options
        options.title = heading(name: HTMLReportHead.fileName) + ": " + counts
        options.notes = consolidation.sections.map { placement($0, name: HTMLReportHead.fileName) } + repeated(name: HTMLReportHead.fileName) + references
        return options
    }

    /// The report as JSON.
    public func json() -> String {
        let value = JSONValue.object([
            ("base", .string(comparison.old.source.path)),
            ("operativeParagraphs", .int(consolidation.draft.operativeParagraphs.count)),
            ("sections", .array(consolidation.sections.map { section in
                .object([
                    ("fragment", .string(section.fragment)),
                    ("fragmentHeading", .string(section.fragmentHeading)),
                    ("baseHeading", .string(section.baseHeading)),
                    ("foundBy", .string(section.foundBy)),
                    ("standsAfter", .bool(section.standsAfter)),
                    ("mode", .string(section.mode.rawValue)),
                    ("conflicting", .bool(section.conflicting)),
                    ("changes", .array(section.changes.map { change in
                        .object([
                            ("kind", .string(change.kind.rawValue)),
                            ("baseLabel", change.baseLabel.map(JSONValue.string) ?? .null),
                            ("fragmentLabel", change.fragmentLabel.map(JSONValue.string) ?? .null),
                            ("newLabel", change.newLabel.map(JSONValue.string) ?? .null),
                        ])
                    })),
                ])
            })),
            ("repeatedSections", .array(consolidation.repeatedSections.map { section in
                .object([("fragment", .string(section.fragment)), ("heading", .string(section.heading)),
                         ("placedFrom", .string(section.placedFrom))])
            })),
            ("provenance", .array(consolidation.draft.blocks.indices.filter { consolidation.draft.blocks[$0].kind == .paragraph }.map { index in
                var members: [(String, JSONValue)] = [("label", consolidation.draft.blocks[index].label.map(JSONValue.string) ?? .null)]
                switch consolidation.provenance[index] {
                case .base(let label):
                    members += [("from", .string("base")), ("originalLabel", label.map(JSONValue.string) ?? .null)]
                case .fragment(let file, let section, let label):
                    members += [("from", .string(file)), ("section", .string(section)), ("originalLabel", label.map(JSONValue.string) ?? .null)]
                }
                return .object(members)
            })),
            ("references", .object([
                ("rewritten", .array(consolidation.rewrittenReferences.map { reference in
                    .object([("block", .string(place(reference.block, footnote: reference.footnote))), ("old", .string(reference.oldLabel)), ("new", .string(reference.newLabel))])
                })),
                ("flagged", .array(consolidation.flaggedReferences.map { reference in
                    .object([("block", .string(place(reference.block, footnote: reference.footnote))), ("label", .string(reference.label)), ("reason", .string(reference.reason))])
                })),
            ])),
            ("comparison", AlignmentJSONWriter().value(of: comparison)),
        ])
        return value.serialized() + "\n"
    }

    private func describe(_ change: SectionChange) -> String {
        let now = change.newLabel.map { "now \($0)" } ?? ""
        switch change.kind {
        case .keptUnchanged: return "\(change.baseLabel ?? "-") kept unchanged, \(now) (fragment \(change.fragmentLabel ?? "-"))"
        case .modified: return "\(change.baseLabel ?? "-") modified, \(now) (fragment \(change.fragmentLabel ?? "-"))"
        case .replaced: return "\(change.baseLabel ?? "-") replaced by the fragment's section"
        case .added: return "new paragraph, \(now), from fragment paragraph \(change.fragmentLabel ?? "-")"
        case .kept: return "\(change.baseLabel ?? "-") kept, \(now)"
        }
    }

    private func place(_ path: BlockPath, footnote: Int?) -> String {
        footnote.map { "footnote \($0) (its mark in \(place(path)))" } ?? place(path)
    }

    private func place(_ path: BlockPath) -> String {
        let block = consolidation.draft.blocks[path.index]
        var name = block.label.map { "paragraph \($0)" } ?? "block \(path.index + 1)"
        if let sub = path.subparagraph { name += "." + (block.subparagraphs[sub].label ?? String(sub + 1)) }
        return name
    }
}
