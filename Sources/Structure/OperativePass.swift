import DraftModel

/// Builds the operative part: tells headings from operative paragraphs, gives headings their
/// levels, attaches lettered sub-paragraphs to their paragraph and recovers the numbers Word's
/// text export prints as "1." for every auto-numbered item.
enum OperativePass {
    /// Appends the blocks of the operative part `items` to `blocks`. Items are read in place, never
    /// copied (each holds several strings, so a copy is several reference-count updates).
    static func run(_ items: ArraySlice<StructureItem>, language: Language?, into blocks: inout [Block]) {
        let roles = items.map { role($0, language: language) }
        let levels = HeadingLevels.assign(roles: roles, items: items)
        var headingLevel = 0
        var currentParagraph: Int?
        var sectionLabel: Int?
        for (offset, index) in items.indices.enumerated() {
            switch items[index] {
            case .table(let table, let location):
                blocks.append(Block(kind: .table, text: "", level: headingLevel + 1, table: table, location: location))
                currentParagraph = nil
            case .paragraph(let paragraph):
                switch roles[offset] {
                case .heading:
                    let level = levels[offset] ?? headingLevel + 1
                    headingLevel = level
                    var block = paragraph.block(.heading, level: level)
                    if paragraph.numberingLabel == nil, paragraph.labelStyle == .arabic {
                        block.printedLabel = paragraph.typedLabel?.label
                        block.label = nil
                    }
                    blocks.append(block)
                    currentParagraph = nil
                    sectionLabel = nil
                case .subparagraph:
                    if let parent = currentParagraph {
                        blocks[parent].subparagraphs.append(paragraph.block(.paragraph, level: blocks[parent].level + 1))
                    } else {
                        blocks.append(paragraph.block(.paragraph, level: headingLevel + 1))
                    }
                case .paragraph:
                    var block = paragraph.block(.paragraph, level: headingLevel + 1)
                    if paragraph.numberingLabel == nil, paragraph.labelStyle == .arabic, let printed = block.label, let number = Int(printed) {
                        // "1." again inside a section is Word's auto-numbering seen through a text export.
                        if number == 1, let previous = sectionLabel {
                            block.label = String(previous + 1)
                            block.printedLabel = printed
                        }
                        sectionLabel = Int(block.label!)
                    }
                    blocks.append(block)
                    currentParagraph = blocks.count - 1
                case .table:
                    break
                }
            }
        }
    }

    enum Role { case heading, paragraph, subparagraph, table }

    static func role(_ item: StructureItem, language: Language?) -> Role {
        guard case .paragraph(let paragraph) = item else { return .table }
        if paragraph.headingLevel != nil { return .heading }
        switch paragraph.labelStyle {
        case .upperRoman?: return .heading
        case .lowerLetter?, .lowerRoman?: return .subparagraph
        default: break
        }
        return looksLikeHeading(paragraph.body, language: language) ? .heading : .paragraph
    }

    /// Headings are short and carry no final punctuation; operative paragraphs end with
    /// punctuation or open with the operative verb form.
    static func looksLikeHeading(_ text: String, language: Language?) -> Bool {
        // Most paragraphs end with punctuation: settled from their end, without counting.
        if Characters.endsWithTerminalPunctuation(text) || text.hasSuffix(",") { return false }
        let length = text.unicodeScalarCount(upTo: 251)   // a long paragraph is not walked to its end
        if length == 0 || length > 250 { return false }
        if length > 80 && LanguageCues.opensLikeOperativeParagraph(text, language: language) { return false }
        return true
    }
}

/// Levels for headings a text export flattened: every auto-numbered heading prints as "1.",
/// so levels come from the shape of the outline. A run of headings with no paragraph between
/// them nests (each one a level below the one before); after paragraphs, a run ends at the level
/// of the previous innermost numbered heading. Roman chapters are level 1; unnumbered headings sit
/// one below the numbered heading above them.
enum HeadingLevels {
    /// Levels by offset in `items` (nil for what is not a heading).
    static func assign(roles: [OperativePass.Role], items: ArraySlice<StructureItem>) -> [Int?] {
        func prepared(_ offset: Int) -> PreparedParagraph? { items[items.startIndex + offset].paragraph }
        var levels = [Int?](repeating: nil, count: items.count)
        var base = 0
        var innermostNumbered: Int?
        var lastNumbered: Int?
        var index = 0
        while index < items.count {
            guard roles[index] == .heading, let paragraph = prepared(index) else { index += 1; continue }
            if let level = paragraph.headingLevel {
                levels[index] = level
                index += 1
                continue
            }
            if paragraph.labelStyle == .upperRoman {
                levels[index] = 1
                base = 1
                lastNumbered = nil
                index += 1
                continue
            }
            var run: [Int] = []
            while index < items.count, roles[index] == .heading, let next = prepared(index),
                  next.headingLevel == nil, next.labelStyle != .upperRoman {
                run.append(index)
                index += 1
            }
            let numbered = run.filter { prepared($0)?.label != nil }
            if !numbered.isEmpty {
                let count = numbered.count
                let first: Int
                if let innermost = innermostNumbered, innermost - count + 1 > base {
                    first = innermost - count + 1
                } else {
                    first = base + 1
                }
                for (offset, item) in numbered.enumerated() { levels[item] = first + offset }
                lastNumbered = first + count - 1
                innermostNumbered = Swift.max(innermostNumbered ?? 0, lastNumbered!)
            }
            var unnumberedLevel = (numbered.isEmpty ? (innermostNumbered ?? base) : lastNumbered!) + 1
            if numbered.isEmpty, lastNumbered == nil { unnumberedLevel = base + 1 }
            for item in run where prepared(item)?.label == nil {
                levels[item] = unnumberedLevel
                unnumberedLevel += 1
            }
        }
        return levels
    }
}
