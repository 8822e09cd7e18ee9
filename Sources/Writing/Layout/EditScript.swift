import WordDiff

/// The edit script a writer can trust: the alignment's own when it rebuilds both texts exactly,
/// otherwise a coarse one (common start and end kept, the middle deleted and inserted), so a redline
/// never loses or invents a word whatever the aligner gave.
enum EditScript {
    static func checked(_ script: [WordChange], old: String, new: String) -> [WordChange] {
        if !script.isEmpty, script.oldText == old, script.newText == new { return script }
        return coarse(old: old, new: new)
    }

    /// Keeps the longest common prefix and suffix (in Unicode scalars) and replaces the middle.
    static func coarse(old: String, new: String) -> [WordChange] {
        let a = Array(old.unicodeScalars), b = Array(new.unicodeScalars)
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
            suffix += 1
        }
        func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            return String(view)
        }
        var script: [WordChange] = []
        if prefix > 0 { script.append(WordChange(.equal, text(a[0..<prefix]))) }
        if a.count - suffix > prefix { script.append(WordChange(.delete, text(a[prefix..<(a.count - suffix)]))) }
        if b.count - suffix > prefix { script.append(WordChange(.insert, text(b[prefix..<(b.count - suffix)]))) }
        if suffix > 0 { script.append(WordChange(.equal, text(a[(a.count - suffix)...]))) }
        return script
    }
}
