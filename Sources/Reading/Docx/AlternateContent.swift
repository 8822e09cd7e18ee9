import XMLStreaming

/// `mc:AlternateContent`: the same content written several ways. Exactly one branch is
/// read: the first `mc:Choice` whose required namespaces DraftDiff understands, else `mc:Fallback`.
enum AlternateContent {
    static func isAlternateContent(_ element: some XMLReadableElement) -> Bool {
        element.localName == "AlternateContent" && element.namespace == WordNamespace.markupCompatibility
    }

    /// The index in `element.childElements` of the branch to read. `scope` holds the namespace
    /// prefixes declared further up (the document element's).
    static func chosenBranch<Element: XMLReadableElement>(of element: Element, scope: [String: String]) -> Int? {
        element.childElements.enumerated().first { _, branch in
            guard branch.namespace == WordNamespace.markupCompatibility else { return false }
            switch branch.localName {
            case "Choice": return understands(branch, within: element, scope: scope)
            case "Fallback": return true
            default: return false
            }
        }?.offset
    }

    private static func understands<Element: XMLReadableElement>(_ choice: Element, within parent: Element, scope: [String: String]) -> Bool {
        guard let requires = choice.attribute("", "Requires") else { return false }
        return requires.split(separator: " ").allSatisfy { prefix in
            let key = String(prefix)
            guard let uri = choice.namespaceDeclarations[key] ?? parent.namespaceDeclarations[key] ?? scope[key] else { return false }
            return WordNamespace.understood.contains(uri)
        }
    }
}
