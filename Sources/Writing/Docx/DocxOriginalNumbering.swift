import DraftModel

/// What the original view (every change rejected) makes of a paragraph both versions have.
struct OriginalParagraph: Equatable {
    /// Its old style and numbering, when they differ from the current ones: written as a tracked change of
    /// the paragraph's properties (`w:pPrChange`), which rejecting restores.
    var properties: (style: String, label: DocxNumbering.Label)?
    /// Its old label, when Word cannot print it and it is typed as text.
    var typedLabel: String?

    static func == (lhs: OriginalParagraph, rhs: OriginalParagraph) -> Bool {
        lhs.properties?.style == rhs.properties?.style && lhs.properties?.label == rhs.properties?.label && lhs.typedLabel == rhs.typedLabel
    }
}

/// Word's counting in the original view: as in Word (and the reader's `ListCounters`), instances of one
/// abstract list share its counters, and an instance's start override sets them where it is first met.
/// The paragraphs only the old version has keep typed labels, so only paragraphs of both versions count.
struct OriginalCount {
    /// The last number printed at each level, per abstract list.
    var counters: [Int: [Int]] = [:]
    /// The instances met so far.
    var seen: Set<Int> = []
    /// The instance of the last level-0 paragraph, per abstract list: its sub-paragraphs' instance.
    var parent: [Int: Int] = [:]
    /// The instance the original view uses instead of a current one not yet met there (which would print
    /// its own start, a new number): reused for that instance's next paragraphs rather than made anew.
    var standIn: [Int: Int] = [:]
}

extension DocxNumbering {
    /// For a paragraph the old version has with a new block's properties (of both versions, or a merged
    /// paragraph's first piece), called in reading order after `label(for:)`: how it reads once every
    /// change is rejected. Its current numbering is kept where it prints the old label there too (the
    /// counters run on from the paragraphs before); otherwise the old numbering goes in the change.
    mutating func original(for paragraph: RedlineParagraph, current: Label, style: String) -> OriginalParagraph {
        guard paragraph.existsInOld, !Self.typesOldLabel(paragraph), !paragraph.isTable,
              let block = paragraph.oldBlock, let path = paragraph.oldPath else {
            return OriginalParagraph()
        }
        let oldStyle = DocxStyles.paragraphStyle(for: block, isSubparagraph: path.subparagraph != nil)
        var label = Label.none
        var typed: String?
        if let text = block.label, !text.isEmpty {
            if let place = Self.place(of: text, on: block, isSubparagraph: path.subparagraph != nil), let numbered = counted(place, current: current) {
                label = numbered
            } else {
                typed = text
            }
        }
        let currentNumbering: Label = if case .automatic = current { current } else { .none }
        guard oldStyle != style || label != currentNumbering else { return OriginalParagraph(typedLabel: typed) }
        return OriginalParagraph(properties: (oldStyle, label), typedLabel: typed)
    }

    /// The numbering that prints `place` in the original view (the current one when it does), counted; nil
    /// when Word cannot print it there (a sub-paragraph letter out of sequence).
    private mutating func counted(_ place: ListPlace, current: Label) -> Label? {
        var counters = original.counters[place.abstractID] ?? [0, 0]
        defer { original.counters[place.abstractID] = counters }
        if place.level == 1 {
            guard let parent = original.parent[place.abstractID], place.value == counters[1] + 1 else { return nil }
            counters[1] = place.value
            // The letters count on under the last paragraph of the list, whichever of its instances a
            // sub-paragraph names, once that instance's own start has been met.
            if case .automatic(let currentID, 1) = current, original.seen.contains(currentID),
               instances[currentID - 1].abstractID == place.abstractID {
                return current
            }
            return .automatic(numID: parent, level: 1)
        }
        /// What `id` prints here in the original view.
        func prints(_ id: Int) -> Int { original.seen.contains(id) ? counters[0] + 1 : instances[id - 1].start }
        var numID: Int
        if case .automatic(let currentID, _) = current, instances[currentID - 1].abstractID == place.abstractID {
            if prints(currentID) == place.value {
                numID = currentID
            } else if let standIn = original.standIn[currentID], prints(standIn) == place.value {
                numID = standIn
            } else {
                numID = instance(of: place.abstractID, startingAt: place.value)
                if !original.seen.contains(currentID) { original.standIn[currentID] = numID }
            }
        } else {
            numID = instance(of: place.abstractID, startingAt: place.value)
        }
        original.seen.insert(numID)
        original.parent[place.abstractID] = numID
        counters = [place.value, 0]
        return .automatic(numID: numID, level: 0)
    }
}
