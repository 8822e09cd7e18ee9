import XMLStreaming

/// Office Math (`m:oMath`): an equation reads as its own text (`m:t`) plus the characters Word
/// draws from the structure rather than from text, written as in Word's linear format:
/// the delimiters of `m:d` ("(", "|", ")" unless `m:dPr` names others), the operator of
/// `m:nary` ("∫" unless `m:chr` names another), "√" for `m:rad`, and between the numerator and
/// the denominator of a fraction "/" (or "¦" when it has no bar, as in a binomial coefficient).
/// So "(x+a)ⁿ = Σ…" reads "(x+a)n=∑k=0n…" rather than "x+an=k=0n…", and "x/1!" does not run
/// into "x1!".
extension ContentWalker {
    /// Handles an Office Math element; false when its children are to be walked as usual.
    mutating func math<Element: XMLReadableElement>(_ element: Element, into paragraph: inout RawParagraph, boxes: inout [RawBlock]) -> Bool {
        let properties = element.mathChild(element.localName + "Pr")
        switch element.localName {
        case "t":
            appendShown(element.ownText, to: &paragraph)
        case "d":
            let separator = properties.mathCharacter("sepChr", default: "|")
            appendShown(properties.mathCharacter("begChr", default: "("), to: &paragraph)
            for (index, argument) in element.mathChildren("e").enumerated() {
                if index > 0 { appendShown(separator, to: &paragraph) }
                inline(argument, into: &paragraph, boxes: &boxes)
            }
            appendShown(properties.mathCharacter("endChr", default: ")"), to: &paragraph)
        case "nary":
            appendShown(properties.mathCharacter("chr", default: "∫"), to: &paragraph)
            for child in element.childElements { inline(child, into: &paragraph, boxes: &boxes) }
        case "rad":
            appendShown("√", to: &paragraph)
            for child in element.childElements { inline(child, into: &paragraph, boxes: &boxes) }
        case "f":
            let stacked = properties?.mathChild("type")?.mathAttribute("val") == "noBar"
            for child in element.childElements {
                if child.isMath("den") { appendShown(stacked ? "¦" : "/", to: &paragraph) }
                inline(child, into: &paragraph, boxes: &boxes)
            }
        case let name where name.hasSuffix("Pr"):
            break  // properties: fonts, alignment, the characters read above
        default:
            return false
        }
        return true
    }
}

extension XMLReadableElement {
    /// Whether this is the Office Math element `local`.
    func isMath(_ local: String) -> Bool { localName == local && WordNamespace.isMath(namespace) }

    /// The first Office Math child named `local`.
    func mathChild(_ local: String) -> Self? { childElements.first { $0.isMath(local) } }

    /// The Office Math children named `local`.
    func mathChildren(_ local: String) -> [Self] { childElements.filter { $0.isMath(local) } }

    /// An Office Math attribute (`m:val`), whichever flavour of the namespace it uses.
    func mathAttribute(_ local: String) -> String? {
        attribute(local, where: WordNamespace.isMath)
    }
}

extension Optional where Wrapped: XMLReadableElement {
    /// The character a math property such as `m:begChr` names: `m:val`, possibly empty (no
    /// character); the default when the property or its value is absent.
    func mathCharacter(_ local: String, default character: String) -> String {
        self?.mathChild(local)?.mathAttribute("val") ?? character
    }
}
