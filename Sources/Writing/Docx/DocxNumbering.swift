import DraftModel

/// Word's automatic numbering for a redline's paragraphs, and the `word/numbering.xml` that defines it.
///
/// Operative paragraphs are level 0 (decimal, "1.") and their sub-paragraphs level 1 (lower letter,
/// "a.", restarting after each paragraph) of one list; headings get a list per level. A list instance
/// continues while labels follow on (84, 85, …); a label that breaks the sequence starts a new
/// instance with Word's `startOverride`, so Word prints exactly the draft's label. Labels Word cannot
/// print this way ("84 bis") are typed as text instead, and so are the labels of paragraphs that only
/// the old version has (deleted ones, move sources), so they never shift the new numbers.
///
/// Once every change is rejected, a paragraph both versions have must print its old label: where the new
/// numbering would not (`original(for:current:style:)`), it carries its old style and numbering as a
/// tracked change of its properties (`w:pPrChange`).
struct DocxNumbering {
    /// How one paragraph's label is shown.
    enum Label: Equatable {
        /// No label.
        case none
        /// Word's numbering: `w:numId` and `w:ilvl`.
        case automatic(numID: Int, level: Int)
        /// Typed at the start of the text, followed by a tab ("84 bis.\t").
        case typed(String)
    }

    /// The numbering formats Word knows that drafts use.
    enum Format: String {
        case decimal, lowerLetter, upperLetter, upperRoman
    }

    /// A `w:num` instance: which list it continues and where it starts.
    struct Instance {
        var abstractID: Int
        var start: Int
    }

    /// The abstract lists: 0 is the operative list; then one per heading format.
    private static let headingFormats: [Format] = [.decimal, .upperRoman, .upperLetter, .lowerLetter]

    private(set) var instances: [Instance] = []
    /// The last value printed in each running list (by list key), with its instance.
    private var running: [String: (numID: Int, value: Int)] = [:]
    /// The last sub-paragraph letter printed under the current operative paragraph.
    private var subparagraphValue = 0

    /// The state of the original view's numbering (every change rejected), as Word counts it.
    var original = OriginalCount()

    /// Where a label stands in Word's lists: the running list (`key`), its abstract list, the level, and
    /// the number; nil when Word cannot print it (typed as text).
    struct ListPlace: Equatable {
        var key: String
        var abstractID: Int
        var level: Int
        var value: Int
    }

    /// Where `label` stands on a block of this kind (sub-paragraph letters at level 1 of the operative list).
    static func place(of label: String, on block: Block, isSubparagraph: Bool) -> ListPlace? {
        switch block.kind {
        case .paragraph where isSubparagraph:
            return value(of: label, as: .lowerLetter).map { ListPlace(key: "operative", abstractID: 0, level: 1, value: $0) }
        case .paragraph:
            return value(of: label, as: .decimal).map { ListPlace(key: "operative", abstractID: 0, level: 0, value: $0) }
        case .heading:
            for (offset, format) in headingFormats.enumerated() {
                guard let value = value(of: label, as: format) else { continue }
                return ListPlace(key: "h\(block.level)-\(format.rawValue)", abstractID: offset + 1, level: 0, value: value)
            }
            return nil
        default:
            return nil
        }
    }

    /// Whether the paragraph is an old block only the old version has (deleted, a move's source): its old label
    /// is typed as text, so it never shifts the new numbers.
    static func typesOldLabel(_ paragraph: RedlineParagraph) -> Bool { !paragraph.existsInNew && paragraph.isOldBlock }

    /// Decides the label of each paragraph, in reading order. A merged paragraph's first pieces, which only the
    /// old version has as paragraphs, are numbered as the new paragraph: LibreOffice keeps the first piece's
    /// numbering when it joins them, Word the last's.
    mutating func label(for paragraph: RedlineParagraph) -> Label {
        if Self.typesOldLabel(paragraph) { return paragraph.oldLabel.flatMap { $0.isEmpty ? nil : Label.typed($0) } ?? .none }
        guard let label = paragraph.newLabel, !label.isEmpty else { return .none }
        guard let place = Self.place(of: label, on: paragraph.block, isSubparagraph: paragraph.path.subparagraph != nil) else {
            return .typed(label)
        }
        if place.level == 1 {
            guard let current = running["operative"], place.value == subparagraphValue + 1 else { return .typed(label) }
            subparagraphValue = place.value
            return .automatic(numID: current.numID, level: 1)
        }
        if place.key == "operative" { subparagraphValue = 0 }
        return .automatic(numID: continuing(place.key, abstractID: place.abstractID, value: place.value), level: 0)
    }

    /// A new instance of `abstractID` starting at `value`; its `w:numId`.
    mutating func instance(of abstractID: Int, startingAt value: Int) -> Int {
        instances.append(Instance(abstractID: abstractID, start: value))
        return instances.count
    }

    /// The instance that prints `value` next in the list `key`, starting a new one when needed.
    private mutating func continuing(_ key: String, abstractID: Int, value: Int) -> Int {
        if let current = running[key], current.value + 1 == value {
            running[key] = (current.numID, value)
            return current.numID
        }
        let numID = instance(of: abstractID, startingAt: value)
        running[key] = (numID, value)
        return numID
    }

    /// The number a label stands for in a format, if it is one.
    static func value(of label: String, as format: Format) -> Int? {
        let scalars = Array(label.unicodeScalars)
        switch format {
        case .decimal:
            guard !scalars.isEmpty, scalars.count <= 6, scalars.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
            return Int(label).flatMap { $0 > 0 ? $0 : nil }
        case .lowerLetter, .upperLetter:
            let range: ClosedRange<Unicode.Scalar> = format == .lowerLetter ? "a"..."z" : "A"..."Z"
            guard scalars.count == 1, range.contains(scalars[0]) else { return nil }
            return Int(scalars[0].value - range.lowerBound.value) + 1
        case .upperRoman:
            return romanValue(label)
        }
    }

    private static func romanValue(_ label: String) -> Int? {
        let digits: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
        let values = label.compactMap { digits[$0] }
        guard !values.isEmpty, values.count == label.count, label.count > 1 || label == "I" || label == "V" || label == "X" else {
            return nil
        }
        var total = 0
        for (index, value) in values.enumerated() {
            total += index + 1 < values.count && value < values[index + 1] ? -value : value
        }
        return total > 0 ? total : nil
    }

    // MARK: - numbering.xml

    /// `word/numbering.xml` for the instances used.
    func part() -> [UInt8] {
        var xml = XMLBuffer()
        xml.open("w:numbering", ["xmlns:w": DocxStyles.wordNamespace])
        abstractList(&xml, id: 0, levels: [(.decimal, "%1.", 0, 0), (.lowerLetter, "%2.", 1440, 720)])
        for (offset, format) in Self.headingFormats.enumerated() {
            abstractList(&xml, id: offset + 1, levels: [(format, "%1.", 720, 720)])
        }
        for (index, instance) in instances.enumerated() {
            xml.open("w:num", attributes: [("w:numId", String(index + 1))])
            xml.empty("w:abstractNumId", attributes: [("w:val", String(instance.abstractID))])
            xml.open("w:lvlOverride", ["w:ilvl": "0"])
            xml.empty("w:startOverride", attributes: [("w:val", String(instance.start))])
            xml.close("w:lvlOverride")
            xml.close("w:num")
        }
        xml.close("w:numbering")
        return xml.bytes
    }

    private func abstractList(_ xml: inout XMLBuffer, id: Int, levels: [(Format, String, Int, Int)]) {
        xml.open("w:abstractNum", attributes: [("w:abstractNumId", String(id))])
        xml.empty("w:multiLevelType", ["w:val": levels.count > 1 ? "multilevel" : "singleLevel"])
        for (level, (format, text, left, hanging)) in levels.enumerated() {
            xml.open("w:lvl", attributes: [("w:ilvl", String(level))])
            xml.empty("w:start", ["w:val": "1"])
            xml.empty("w:numFmt", attributes: [("w:val", format.rawValue)])
            xml.empty("w:lvlText", attributes: [("w:val", text)])
            xml.empty("w:lvlJc", ["w:val": "left"])
            xml.open("w:pPr")
            if hanging > 0 {
                xml.empty("w:ind", attributes: [("w:left", String(left)), ("w:hanging", String(hanging))])
            } else {
                xml.empty("w:ind", ["w:left": "0", "w:firstLine": "0"])
            }
            xml.close("w:pPr")
            xml.close("w:lvl")
        }
        xml.close("w:abstractNum")
    }
}
