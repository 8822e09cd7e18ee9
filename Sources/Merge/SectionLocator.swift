import DraftModel

/// Finds the base section each fragment section belongs to: by a `--place` the user gave, then
/// by heading (exact after comparison folding, then close), then by content.
struct SectionLocator {
    struct Placement {
        /// The base section (index into `baseSections`).
        var section: Int
        /// Whether the fragment section goes after the base section as a new one.
        var after: Bool
        var foundBy: String
    }

    let base: Draft
    let baseSections: [DraftSection]
    let placements: [ManualPlacement]
    let aligner: (Draft, Draft) -> Double

    func locate(heading: String, paragraphs: Draft, fragment: String) throws(MergeError) -> Placement {
        let key = HeadingKey.of(heading)
        let keys = baseSections.map { HeadingKey.of(base.blocks[$0.heading].text) }
        if let manual = placements.first(where: { HeadingKey.of($0.fragmentHeading) == key }) {
            let (target, after) = switch manual.target {
            case .section(let name): (name, false)
            case .after(let name): (name, true)
            }
            let targetKey = HeadingKey.of(target)
            guard let index = keys.firstIndex(of: targetKey) ?? keys.indices.max(by: { HeadingKey.closeness(keys[$0], targetKey) < HeadingKey.closeness(keys[$1], targetKey) }),
                  HeadingKey.closeness(keys[index], targetKey) >= 0.75 else {
                throw MergeError.unknownHeading(file: base.source.path, heading: target)
            }
            return Placement(section: index, after: after, foundBy: "--place")
        }
        let exact = keys.indices.filter { keys[$0] == key }
        if exact.count == 1 { return Placement(section: exact[0], after: false, foundBy: "heading") }
        if exact.count > 1, let best = bestByContent(exact, paragraphs) {
            return Placement(section: best, after: false, foundBy: "heading and content")
        }
        let close = keys.indices.filter { HeadingKey.closeness(keys[$0], key) >= 0.75 }
        if let best = close.max(by: { HeadingKey.closeness(keys[$0], key) < HeadingKey.closeness(keys[$1], key) }) {
            return Placement(section: best, after: false, foundBy: "close heading")
        }
        if let best = bestByContent(Array(keys.indices), paragraphs) {
            return Placement(section: best, after: false, foundBy: "content")
        }
        let closest = keys.indices.sorted { HeadingKey.closeness(keys[$0], key) > HeadingKey.closeness(keys[$1], key) }
            .prefix(3).map { base.blocks[baseSections[$0].heading].text }
        throw MergeError.noTarget(fragment: fragment, heading: heading, closest: closest)
    }

    /// The candidate section whose paragraphs the fragment's paragraphs align with best, if any align at all.
    private func bestByContent(_ candidates: [Int], _ paragraphs: Draft) -> Int? {
        var best: (index: Int, score: Double)?
        for candidate in candidates {
            let section = baseSections[candidate]
            let draft = Draft(source: base.source, blocks: Array(base.blocks[section.content]), footnotes: base.footnotes)
            let score = aligner(draft, paragraphs)
            if score > (best?.score ?? 0) { best = (candidate, score) }
        }
        return best.map(\.index)
    }
}
