import Testing
@testable import DraftWriting
import WordDiff

/// The redline's fallback script: common prefix and suffix in whole scalars, worked out on UTF-8 bytes.
@Suite("Coarse edit scripts")
struct CoarseScriptTests {
    /// The same answer, scalar by scalar: what the byte version must give.
    static func reference(old: String, new: String) -> [WordChange] {
        let a = Array(old.unicodeScalars), b = Array(new.unicodeScalars)
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String { String(String.UnicodeScalarView(scalars)) }
        var script: [WordChange] = []
        if prefix > 0 { script.append(WordChange(.equal, text(a[0..<prefix]))) }
        if a.count - suffix > prefix { script.append(WordChange(.delete, text(a[prefix..<(a.count - suffix)]))) }
        if b.count - suffix > prefix { script.append(WordChange(.insert, text(b[prefix..<(b.count - suffix)]))) }
        if suffix > 0 { script.append(WordChange(.equal, text(a[(a.count - suffix)...]))) }
        return script
    }

    @Test func sameRunsAsScalarByScalarOnTextsSharingUTF8Bytes() {
        // Scalars chosen to share lead or trailing bytes: é (C3 A9), © (C2 A9), è (C3 A8), ’ (E2 80 99), ” (E2 80 9D), 😀.
        let alphabet: [String] = ["a", "e", "é", "©", "è", "’", "”", "😀", " ", "\u{301}"]
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<2_000 {
            let old = (0..<next(8)).map { _ in alphabet[next(alphabet.count)] }.joined()
            var new = old.unicodeScalars.map(String.init)
            for _ in 0..<next(3) {
                let index = next(new.count + 1)
                if index < new.count, next(2) == 0 { new[index] = alphabet[next(alphabet.count)] } else { new.insert(alphabet[next(alphabet.count)], at: index) }
            }
            let newText = new.joined()
            let script = EditScript.coarse(old: old, new: newText)
            let expected = Self.reference(old: old, new: newText)
            #expect(script.map(\.operation) == expected.map(\.operation), "\(old) → \(newText)")
            #expect(script.map { Array($0.text.utf8) } == expected.map { Array($0.text.utf8) }, "\(old) → \(newText)")
            #expect(script.rebuilds(old: old, new: newText))
        }
    }

    @Test func identicalTextsAreOneEqualRun() {
        #expect(EditScript.coarse(old: "De réaffirmer.", new: "De réaffirmer.") == [WordChange(.equal, "De réaffirmer.")])
        #expect(EditScript.coarse(old: "", new: "").isEmpty)
    }
}
