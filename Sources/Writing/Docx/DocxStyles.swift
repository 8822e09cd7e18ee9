import DraftModel

/// The paragraph and character styles a DraftDiff .docx uses, and the settings part.
///
/// Headings use Word's built-in style ids ("Heading1"…), so Word's navigation pane and outline
/// see them; the other roles of a resolution get their own styles.
enum DocxStyles {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// The paragraph style id for a block.
    static func paragraphStyle(for block: Block, isSubparagraph: Bool) -> String {
        switch block.kind {
        case .title: return "DraftTitle"
        case .preamble: return "Preamble"
        case .operativeMarker: return "OperativeMarker"
        case .heading: return "Heading\(min(max(block.level, 1), 6))"
        case .paragraph: return isSubparagraph ? "SubParagraph" : "OperativeParagraph"
        case .table: return "Normal"
        }
    }

    /// The language tag Word's proofing uses for a draft's language (French when unknown).
    static func languageTag(_ language: Language?) -> String {
        switch language {
        case .english: return "en-US"
        case .spanish: return "es-ES"
        case .portuguese: return "pt-BR"
        case .french, nil: return "fr-FR"
        }
    }

    /// `word/styles.xml`.
    static func stylesPart(language: Language?) -> [UInt8] {
        var xml = XMLBuffer()
        xml.open("w:styles", ["xmlns:w": wordNamespace])
        xml.append(raw: """
            <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" \
            w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/>\
            <w:lang w:val="\(languageTag(language))"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="240"/></w:pPr></w:pPrDefault></w:docDefaults>
            """)
        paragraphStyle(&xml, id: "Normal", name: "Normal", isDefault: true)
        paragraphStyle(&xml, id: "DraftTitle", name: "Draft Title", pPr: "<w:keepNext/><w:jc w:val=\"center\"/>", rPr: "<w:b/>")
        for level in 1...6 {
            paragraphStyle(&xml, id: "Heading\(level)", name: "heading \(level)",
                           pPr: "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"240\"/><w:jc w:val=\"left\"/><w:outlineLvl w:val=\"\(level - 1)\"/>",
                           rPr: level == 1 ? "<w:b/><w:caps/>" : "<w:b/>")
        }
        paragraphStyle(&xml, id: "Preamble", name: "Preamble", pPr: "<w:ind w:firstLine=\"720\"/>")
        paragraphStyle(&xml, id: "OperativeMarker", name: "Operative Marker", pPr: "<w:keepNext/><w:ind w:firstLine=\"720\"/>")
        paragraphStyle(&xml, id: "OperativeParagraph", name: "Operative Paragraph", pPr: "<w:ind w:left=\"0\" w:firstLine=\"0\"/>")
        paragraphStyle(&xml, id: "SubParagraph", name: "Sub-paragraph", pPr: "<w:ind w:left=\"1440\" w:hanging=\"720\"/>")
        paragraphStyle(&xml, id: "JobCode", name: "Job Code", pPr: "<w:spacing w:before=\"240\" w:after=\"0\"/>",
                       rPr: "<w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>")
        paragraphStyle(&xml, id: "FootnoteText", name: "footnote text",
                       pPr: "<w:spacing w:after=\"0\"/>", rPr: "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>")
        xml.append(raw: """
            <w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>\
            <w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>\
            <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>\
            <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>\
            <w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>\
            </w:tblCellMar></w:tblPr></w:style>\
            <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>\
            <w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
            <w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
            <w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
            <w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
            """)
        xml.close("w:styles")
        return xml.bytes
    }

    private static func paragraphStyle(
        _ xml: inout XMLBuffer, id: String, name: String, isDefault: Bool = false, pPr: String = "", rPr: String = ""
    ) {
        var attributes = [("w:type", "paragraph")]
        if isDefault { attributes.append(("w:default", "1")) }
        attributes.append(("w:styleId", id))
        xml.open("w:style", attributes: attributes)
        xml.empty("w:name", ["w:val": name])
        if !isDefault {
            xml.empty("w:basedOn", ["w:val": "Normal"])
            xml.empty("w:qFormat")
        } else {
            xml.empty("w:qFormat")
        }
        if !pPr.isEmpty { xml.append(raw: "<w:pPr>" + pPr + "</w:pPr>") }
        if !rPr.isEmpty { xml.append(raw: "<w:rPr>" + rPr + "</w:rPr>") }
        xml.close("w:style")
    }

    /// `word/settings.xml`: tracked changes shown, footnote separators declared when there are footnotes.
    static func settingsPart(hasFootnotes: Bool) -> [UInt8] {
        var xml = XMLBuffer()
        xml.open("w:settings", ["xmlns:w": wordNamespace])
        xml.empty("w:defaultTabStop", ["w:val": "720"])
        xml.empty("w:characterSpacingControl", ["w:val": "doNotCompress"])
        if hasFootnotes {
            xml.append(raw: "<w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>")
        }
        xml.empty("w:compat")
        xml.close("w:settings")
        return xml.bytes
    }
}
