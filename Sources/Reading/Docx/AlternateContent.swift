import XMLStreaming

/// `mc:AlternateContent`: the same content written several ways. Exactly one branch is
/// read: the first `mc:Choice` whose required namespaces DraftDiff understands, else `mc:Fallback`.
enum AlternateContent {
    static func isAlternateContent(_ element: XMLElement) -> Bool {
        element.name.local == "AlternateContent" && element.name.namespace == WordNamespace.markupCompatibility
    }

    /// The index in `element.elements` of the branch to read. `scope` holds the namespace
    /// prefixes declared further up (the document element's).
    static func chosenBranch(of element: XMLElement, scope: [String: String]) -> Int? {
        element.elements.firstIndex { branch in
            guard branch.name.namespace == WordNamespace.markupCompatibility else { return false }
            switch branch.name.local {
            case "Choice": return understands(branch, within: element, scope: scope)
            case "Fallback": return true
            default: return false
            }
        }
    }

    private static func understands(_ choice: XMLElement, within parent: XMLElement, scope: [String: String]) -> Bool {
        guard let requires = choice.attribute("", "Requires") else { return false }
        return requires.split(separator: " ").allSatisfy { prefix in
            let key = String(prefix)
            guard let uri = choice.namespaceDeclarations[key] ?? parent.namespaceDeclarations[key] ?? scope[key] else { return false }
            return WordNamespace.understood.contains(uri)
        }
    }
}
