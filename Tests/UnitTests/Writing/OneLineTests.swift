import Testing
import DraftModel

/// Texts named in one-line labels and messages: line breaks and the blanks around them become one space;
/// other text, and text without a break, is left as it is.
struct OneLineTests {
    @Test func lineBreaksAndTheirBlanksBecomeOneSpace() {
        #expect("ACTIVITÉS … CONTINENTALE \nET DES ÉTATS MEMBRES".onOneLine == "ACTIVITÉS … CONTINENTALE ET DES ÉTATS MEMBRES")
        #expect("a\r\n\tb\u{2028}c\n\n d".onOneLine == "a b c d")
        #expect("\nUne ligne\n".onOneLine == "Une ligne")
        #expect("  D’encourager\u{A0}: deux  espaces ".onOneLine == "  D’encourager\u{A0}: deux  espaces ")
        #expect("\n \n".onOneLine == "")
    }
}
