import DraftModel

extension DraftAligner {
    /// Compares a committee fragment with the global draft: each section of the fragment is placed on
    /// its section of the global draft (by heading first, comparison-normalised, then by content) and
    /// aligned there only, so the rest of the global draft is not reported as deleted.
    ///
    /// The result has the global draft as `old` and the fragment as `new`; its entries follow the
    /// fragment's sections and `placements` says where each section went. The fragment's cover lines
    /// (title lines before its first heading) are not compared; a preamble before its first heading (a whole
    /// draft given as a fragment) is compared with the global draft's; other paragraphs there are unplaced.
    ///
    /// `placing` maps a fragment heading (block index) to the global heading (block index) its section
    /// must go to, for sections the user places by hand (`merge --place`).
    public func alignFragment(global: Draft, fragment: Draft, placing: [Int: Int] = [:]) -> Alignment {
        let corpus = UnitCorpus(old: global, new: fragment, ignoreCase: options.ignoreCase)
        let locator = SectionLocator(corpus: corpus, global: global, options: options)
        var entries: [AlignmentEntry] = []
        var placements: [FragmentPlacement] = []
        let globalFrontMatter = SectionRange.sections(of: global).first { $0.heading == nil }
        for section in SectionRange.sections(of: fragment) {
            let isPreamble = fragment.blocks[section.blocks].contains { $0.kind == .preamble || $0.kind == .operativeMarker }
            let target = section.heading == nil ? (isPreamble ? globalFrontMatter.map { ($0, FragmentPlacement.Method.frontMatter) } : nil)
                : section.heading.flatMap { placing[$0] }.flatMap(locator.section(headedBy:)).map { ($0, FragmentPlacement.Method.assigned) }
                    ?? locator.locate(section, in: fragment)
            let newScope = corpus.new.indices.filter { section.blocks.contains(corpus.new[$0].path.index) }
            let oldScope = target.map { target in corpus.old.indices.filter { target.section.blocks.contains(corpus.old[$0].path.index) } } ?? []
            let first = entries.count
            entries += alignScope(corpus, old: oldScope, new: newScope)
            placements.append(FragmentPlacement(
                fragmentHeading: section.heading, fragmentBlocks: section.blocks,
                globalHeading: target?.section.heading, globalBlocks: target?.section.blocks ?? 0..<0,
                method: target?.method ?? .unplaced, entries: first..<entries.count))
        }
        let footnotes = FootnotePairing.pair(
            entries, old: global, new: fragment, ignoreCase: options.ignoreCase, onlyAnchoredIn: entries)
        return Alignment(old: global, new: fragment, entries: entries, footnotes: footnotes, placements: placements)
    }
}

/// Finds the section of the global draft where a fragment section belongs.
struct SectionLocator {
    let corpus: UnitCorpus
    let sections: [SectionRange]
    /// For each global block index, its section's index in `sections`.
    let sectionOfBlock: [Int]
    let options: AlignmentOptions
    /// Least heading similarity for a "similar heading".
    static let similarHeading = 0.5
    /// Least paragraph similarity for a content vote.
    static let voteThreshold = 0.4
    /// For each section, the unit of its heading and the heading's key (made once, not for every fragment section).
    let headings: [(unit: Int, key: String)?]

    init(corpus: UnitCorpus, global: Draft, options: AlignmentOptions) {
        self.corpus = corpus
        self.options = options
        sections = SectionRange.sections(of: global).filter { $0.heading != nil }
        var owner = [Int](repeating: -1, count: global.blocks.count)
        for (index, section) in sections.enumerated() { for block in section.blocks { owner[block] = index } }
        sectionOfBlock = owner
        headings = sections.map { section in
            corpus.old.firstIndex { $0.path == BlockPath(index: section.heading!) }.map { ($0, Self.headingKey(corpus.old[$0], corpus)) }
        }
    }

    func locate(_ section: SectionRange, in fragment: Draft) -> (section: SectionRange, method: FragmentPlacement.Method)? {
        let headingUnit = section.heading.flatMap { heading in corpus.new.firstIndex { $0.path == BlockPath(index: heading) } }
        let votes = contentVotes(section)
        if let headingUnit {
            let key = Self.headingKey(corpus.new[headingUnit], corpus)
            let exact = sections.indices.filter { headings[$0]?.key == key }
            if let best = exact.max(by: { (votes[$0, default: 0], -$0) < (votes[$1, default: 0], -$1) }) {
                return (sections[best], .heading)
            }
        }
        var best: (index: Int, score: Double, method: FragmentPlacement.Method)?
        for index in sections.indices {
            var score = votes[index, default: 0]
            var method = FragmentPlacement.Method.content
            if let headingUnit, let globalUnit = headings[index]?.unit {
                let a = corpus.old[globalUnit], b = corpus.new[headingUnit]
                let similarity = Similarity(rarity: corpus.rarity).score(a.content, a.weight, b.content, b.weight)
                if similarity >= Self.similarHeading { score += 2 * similarity; method = .similarHeading }
            }
            if score > 0, score > (best?.score ?? 0) { best = (index, score, method) }
        }
        return best.map { (sections[$0.index], $0.method) }
    }

    /// A heading as headings are matched: comparison-normalised words, without case, without the
    /// white space and punctuation that end it ("Promotion de la cybersécurité." = "PROMOTION DE LA CYBERSÉCURITÉ").
    static func headingKey(_ unit: AlignmentUnit, _ corpus: UnitCorpus) -> String {
        var ids = unit.text.ids[...]
        while let last = ids.last, !corpus.vocabulary.isContent(last), corpus.vocabulary.keys[Int(last)] != ")" { ids = ids.dropLast() }
        while let first = ids.first, corpus.vocabulary.kinds[Int(first)] == .space { ids = ids.dropFirst() }
        return ids.map { corpus.vocabulary.keys[Int($0)] }.joined().lowercased()
    }

    /// The global section under the heading at `block`.
    func section(headedBy block: Int) -> SectionRange? {
        sections.first { $0.heading == block }
    }

    /// For each global section, the summed best similarity of the fragment section's paragraphs found in it.
    private func contentVotes(_ section: SectionRange) -> [Int: Double] {
        let newScope = corpus.new.indices.filter { section.blocks.contains(corpus.new[$0].path.index) && corpus.new[$0].role == .text }
        guard !newScope.isEmpty else { return [:] }
        let problem = AlignmentProblem(corpus: corpus, oldScope: Array(corpus.old.indices), newScope: newScope, options: options)
        let candidates = CandidateIndex.scoredCandidates(
            problem, old: Array(problem.oldScope.indices), new: Array(newScope.indices), threshold: Self.voteThreshold)
        var best: [Int: (old: Int, score: Double)] = [:]
        for candidate in candidates where candidate.score > (best[candidate.new]?.score ?? 0) {
            best[candidate.new] = (candidate.old, candidate.score)
        }
        var votes: [Int: Double] = [:]
        for new in best.keys.sorted() {   // a fixed order, so sums are the same in every run
            let match = best[new]!
            let owner = sectionOfBlock[corpus.old[match.old].path.index]
            if owner >= 0 { votes[owner, default: 0] += match.score }
        }
        return votes
    }

}
