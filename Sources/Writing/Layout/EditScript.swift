import UTF8Text
import WordDiff

/// The edit script a writer can trust: the alignment's own when it rebuilds both texts exactly,
/// otherwise a coarse one (common start and end kept, the middle deleted and inserted), so a redline
/// never loses or invents a word whatever the aligner gave.
enum EditScript {
    static func checked(_ script: [WordChange], old: String, new: String) -> [WordChange] {
        if !script.isEmpty, script.rebuilds(old: old, new: new) { return script }
        return coarse(old: old, new: new)
    }

    /// Keeps the longest common prefix and suffix (in whole Unicode scalars) and replaces the middle.
    /// Worked out on UTF-8 bytes: a common byte prefix cut back to a scalar's start is the common scalar
    /// prefix (UTF-8 is prefix-free), and likewise for the suffix.
    static func coarse(old: String, new: String) -> [WordChange] {
        var old = old, new = new
        return old.withUTF8 { a in
            new.withUTF8 { b in
                var prefix = 0
                while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
                while prefix > 0, prefix < a.count, isContinuation(a[prefix]) { prefix -= 1 }
                var suffix = 0
                while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
                    suffix += 1
                }
                while suffix > 0, isContinuation(a[a.count - suffix]) { suffix -= 1 }
                func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
                    String(repairingUTF8: UnsafeBufferPointer(rebasing: bytes[range]))
                }
                var script: [WordChange] = []
                if prefix > 0 { script.append(WordChange(.equal, text(a, 0..<prefix))) }
                if a.count - suffix > prefix { script.append(WordChange(.delete, text(a, prefix..<(a.count - suffix)))) }
                if b.count - suffix > prefix { script.append(WordChange(.insert, text(b, prefix..<(b.count - suffix)))) }
                if suffix > 0 { script.append(WordChange(.equal, text(a, (a.count - suffix)..<a.count))) }
                return script
            }
        }
    }

    /// A UTF-8 byte inside a scalar, not at its start.
    private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
}
