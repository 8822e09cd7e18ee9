import DraftModel

/// Word's automatic numbering for a redline's paragraphs, and the `word/numbering.xml` that defines it.
///
/// Operative paragraphs are level 0 (decimal, "1.") and their sub-paragraphs level 1 (lower letter,
/// "a.", restarting after each paragraph) of one list; headings get a list per level. A list instance
/// continues while labels follow on (84, 85, …); a label that breaks the sequence starts a new
/// instance with Word's `startOverride`, so Word prints exactly the draft's label. Labels Word cannot
/// print this way ("84 bis") are typed as text instead, and so are the labels of paragraphs that only
/// the old version has (deleted ones, move sources), so they never shift the new numbers.
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
    private struct Instance {
        var abstractID: Int
        var start: Int
    }

    /// The abstract lists: 0 is the operative list; then one per heading format.
    private static let headingFormats: [Format] = [.decimal, .upperRoman, .upperLetter, .lowerLetter]

    private var instances: [Instance] = []
    /// The last value printed in each running list (by list key), with its instance.
    private var running: [String: (numID: Int, value: Int)] = [:]
    /// The last sub-paragraph letter printed under the current operative paragraph.
    private var subparagraphValue = 0

    /// Decides the label of each paragraph, in reading order.
    mutating func label(for paragraph: RedlineParagraph) -> Label {
        guard let label = paragraph.displayLabel, !label.isEmpty else { return .none }
        if !paragraph.existsInNew && paragraph.mark == .delete && paragraph.isOldBlock { return .typed(label) }
        let isSubparagraph = paragraph.path.subparagraph != nil
        switch paragraph.block.kind {
        case .paragraph where isSubparagraph:
            guard let value = Self.value(of: label, as: .lowerLetter), let current = running["operative"],
                  value == subparagraphValue + 1 else { return .typed(label) }
            subparagraphValue = value
            return .automatic(numID: current.numID, level: 1)
        case .paragraph:
            guard let value = Self.value(of: label, as: .decimal) else { return .typed(label) }
            subparagraphValue = 0
            return .automatic(numID: continuing("operative", abstractID: 0, value: value), level: 0)
        case .heading:
            for (offset, format) in Self.headingFormats.enumerated() {
                guard let value = Self.value(of: label, as: format) else { continue }
                let numID = continuing("h\(paragraph.block.level)-\(format.rawValue)", abstractID: offset + 1, value: value)
                return .automatic(numID: numID, level: 0)
            }
            return .typed(label)
        default:
            return .typed(label)
        }
    }

    /// The instance that prints `value` next in the list `key`, starting a new one when needed.
    private mutating func continuing(_ key: String, abstractID: Int, value: Int) -> Int {
        if let current = running[key], current.value + 1 == value {
            running[key] = (current.numID, value)
            return current.numID
        }
        instances.append(Instance(abstractID: abstractID, start: value))
        let numID = instances.count
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
