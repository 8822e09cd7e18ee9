import DraftModel
import UTF8Text

/// Builds the operative part: tells headings from operative paragraphs, gives headings their
/// levels, attaches lettered sub-paragraphs to their paragraph and recovers the numbers Word's
/// text export prints as "1." for every auto-numbered item.
enum OperativePass {
    /// Appends the blocks of the operative part `items` to `blocks`.
    static func run(_ items: ArraySlice<StructureItem>, language: Language?, into blocks: inout [Block]) {
        // Items are read in place through the buffer: reading an element of an array copies it, a
        // retain and a release for every string of its paragraph.
        items.withUnsafeBufferPointer { run($0, language: language, into: &blocks) }
    }

    private static func run(_ items: UnsafeBufferPointer<StructureItem>, language: Language?, into blocks: inout [Block]) {
        var roles: [Role] = []
        roles.reserveCapacity(items.count)
        for index in items.indices {
            guard let shape = items[index].paragraph?.outline.shape else { roles.append(.table); continue }
            switch shape {
            case .heading: roles.append(.heading)
            case .subparagraph: roles.append(.subparagraph)
            case .paragraph: roles.append(.paragraph)
            case .headingUnlessOperativeOpening:
                let opens = items[index].paragraph.map { LanguageCues.opensLikeOperativeParagraph($0.body, language: language) } ?? false
                roles.append(opens ? .paragraph : .heading)
            }
        }
        let levels = HeadingLevels.assign(roles: roles, items: items)
        var headingLevel = 0
        var currentParagraph: Int?
        var sectionLabel: Int?
        for index in items.indices {
            let role = roles[index]
            if role == .table {
                if let (table, location) = items[index].table {
                    blocks.append(Block(kind: .table, text: "", level: headingLevel + 1, table: table, location: location))
                }
                currentParagraph = nil
                continue
            }
            let parent = role == .subparagraph ? currentParagraph : nil
            let level = role == .heading ? levels[index] ?? headingLevel + 1 : parent.map { blocks[$0].level + 1 } ?? headingLevel + 1
            // A typed arabic label of a heading or paragraph may be Word's auto-numbering seen through a text export.
            guard var block = items[index].paragraph?.block(role == .heading ? .heading : .paragraph, level: level) else { continue }
            let typedArabic = items[index].paragraph?.outline.hasTypedArabicLabel ?? false
            switch role {
            case .heading:
                headingLevel = level
                if typedArabic {
                    block.printedLabel = block.label
                    block.label = nil
                }
                blocks.append(block)
                currentParagraph = nil
                sectionLabel = nil
            case .subparagraph:
                if let parent {
                    blocks[parent].subparagraphs.append(block)
                } else {
                    blocks.append(block)
                }
            case .paragraph:
                if typedArabic, let printed = block.label, let number = Int(printed) {
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

    enum Role { case heading, paragraph, subparagraph, table }


    /// Headings are short and carry no final punctuation; operative paragraphs end with
    /// punctuation or open with the operative verb form (then only a long unpunctuated text
    /// needs the language, `headingUnlessOperativeOpening`).
    static func headingShape(of text: String) -> OutlineFacts.Shape {
        // Most paragraphs end with punctuation: settled from their end, without counting.
        if Characters.endsWithTerminalPunctuation(text) || text.hasSuffix(",") { return .paragraph }
        let length = text.unicodeScalarCount(upTo: 251)   // a long paragraph is not walked to its end
        if length == 0 || length > 250 { return .paragraph }
        return length > 80 ? .headingUnlessOperativeOpening : .heading
    }
}

/// Levels for headings a text export flattened: every auto-numbered heading prints as "1.",
/// so levels come from the shape of the outline. A run of headings with no paragraph between
/// them nests (each one a level below the one before); after paragraphs, a run ends at the level
/// of the previous innermost numbered heading. Roman chapters are level 1; unnumbered headings sit
/// one below the numbered heading above them.
enum HeadingLevels {
    /// Levels by offset in `items` (nil for what is not a heading).
    static func assign(roles: [OperativePass.Role], items: UnsafeBufferPointer<StructureItem>) -> [Int?] {
        // What the levels depend on, read in place.
        func prepared(_ offset: Int) -> OutlineFacts? { items[offset].paragraph?.outline }
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
            let numbered = run.filter { prepared($0)?.hasLabel == true }
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
            for item in run where prepared(item)?.hasLabel != true {
                levels[item] = unnumberedLevel
                unnumberedLevel += 1
            }
        }
        return levels
    }
}
