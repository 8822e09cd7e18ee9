import Testing
@testable import DraftStructure

/// The fixed wording that tells a draft's parts apart, however Word's export spaced and quoted it:
/// non-breaking and narrow spaces, tabs, curly apostrophes, spaces at either end, a colon or a comma.
@Suite("Fixed wording")
struct FixedWordingTests {
    @Test func theOperativeMarkerInEveryLanguageAndSpacing() {
        for text in ["DÉCIDE :", "DÉCIDE\u{00A0}:", "  décide\u{202F}:\t", "RESOLVES:", "RESUELVE:", "Decides to", "DÉCIDE DE :"] {
            #expect(LanguageCues.isOperativeMarker(text), "\(text)")
            #expect(LanguageCues.isOperativeMarker(Substring(text)), "\(text)")
        }
        for text in ["DÉCIDE QUE", "DÉ CIDE", "", ":", "De décider :"] {
            #expect(!LanguageCues.isOperativeMarker(text), "\(text)")
        }
    }

    @Test func theAssemblyLineWithEitherApostrophe() {
        for text in ["L’ASSEMBLÉE GÉNÉRALE,", "L'ASSEMBLÉE GÉNÉRALE,", "\u{00A0}L’Assemblée générale, ", "THE GENERAL ASSEMBLY,",
                     "LA ASAMBLEA GENERAL,", "A ASSEMBLEIA GERAL,", "LE CONSEIL PERMANENT,"] {
            #expect(LanguageCues.isAssemblyLine(text), "\(text)")
        }
        // The words inside keep their one space: two are not the fixed wording.
        #expect(!LanguageCues.isAssemblyLine("L’ASSEMBLÉE  GÉNÉRALE,"))
        #expect(!LanguageCues.isAssemblyLine("L’ASSEMBLÉE GÉNÉRALE DÉCIDE,"))
    }

    @Test func theNotesHeadingOfATextExport() {
        for text in ["NOTES DE BAS DE PAGE", "Notes de bas de page :", "\tFOOTNOTES", "NOTAS DE RODAPÉ", "Endnotes:"] {
            #expect(LanguageCues.isNotesHeading(text), "\(text)")
        }
        for text in ["NOTES DE BAS", "1.\tNOTES DE BAS DE PAGE", ""] {
            #expect(!LanguageCues.isNotesHeading(text), "\(text)")
        }
    }
}
