import Foundation
import Testing
import DraftDiff

/// The properties of `AlignmentPropertyTests`, over many revisions generated from fixed seeds instead of one
/// hand-made revision: edit scripts rebuild both versions, no word is missing from the redlines, output is
/// deterministic, and comparisons both ways are mirror images.
@Suite("Alignment properties over seeded revisions")
struct SeededPropertyTests {
    static let seeds: [UInt64] = Array(1...24)
    static let global = try! DraftReader().read(path: Fixtures.globalResolution)

    private func pair(_ seed: UInt64) -> (Draft, Draft, Alignment) {
        let new = SeededRevisions.revise(Self.global, seed: seed)
        return (Self.global, new, DraftAligner().align(Self.global, new))
    }

    @Test(arguments: seeds) func applyingTheEditScriptsGivesTheNewDraftAndRevertingGivesTheOld(seed: UInt64) {
        let (old, new, alignment) = pair(seed)
        var rebuiltNew: [BlockPath: String] = [:], rebuiltOld: [BlockPath: String] = [:]
        for entry in alignment.entries {
            let oldTexts = entry.old.map { old[$0].text }, newTexts = entry.new.map { new[$0].text }
            // The edit script applied to the old side's text gives the new side's, and reverted gives the old side's;
            // an insertion or deletion carries its blocks whole; several blocks are joined with "\n".
            let forward: String, backward: String
            if entry.old.isEmpty || entry.new.isEmpty || entry.changes.isEmpty {
                (forward, backward) = (newTexts.joined(separator: "\n"), oldTexts.joined(separator: "\n"))
                if !entry.old.isEmpty && !entry.new.isEmpty { #expect(forward == backward, "seed \(seed): \(entry.old)") }
            } else {
                #expect(entry.changes.oldText == oldTexts.joined(separator: "\n"), "seed \(seed): \(entry.old)")
                (forward, backward) = (entry.changes.newText, entry.changes.oldText)
            }
            let forwardParts = Self.blocks(forward, count: entry.new.count)
            let backwardParts = Self.blocks(backward, count: entry.old.count)
            guard forwardParts.count == entry.new.count, backwardParts.count == entry.old.count else {
                Issue.record("seed \(seed): \(entry.kind) \(entry.old) → \(entry.new) rebuilds the wrong number of blocks")
                continue
            }
            for (path, text) in zip(entry.new, forwardParts) { rebuiltNew[path] = text }
            for (path, text) in zip(entry.old, backwardParts) { rebuiltOld[path] = text }
        }
        let wrongNew = new.flattened.filter { rebuiltNew[$0.path] != $0.block.text }.map(\.path)
        let wrongOld = old.flattened.filter { rebuiltOld[$0.path] != $0.block.text }.map(\.path)
        #expect(wrongNew.isEmpty && wrongOld.isEmpty, "seed \(seed): new \(wrongNew.prefix(5)), old \(wrongOld.prefix(5))")
    }

    @Test(arguments: seeds) func noWordOfEitherVersionIsMissingFromTheRedlines(seed: UInt64) throws {
        let (old, new, alignment) = pair(seed)
        // JSON: every block of both versions, whole, in exactly one entry.
        let json = try Redline.write(alignment, format: .json, options: ReportOptions())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
        let entries = try #require(object["alignment"] as? [[String: Any]])
        func texts(_ side: String) -> [String] {
            entries.flatMap { ($0[side] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String } }.sorted()
        }
        #expect(texts("old") == old.flattened.map(\.block.text).sorted(), "seed \(seed)")
        #expect(texts("new") == new.flattened.map(\.block.text).sorted(), "seed \(seed)")
        // Text: every word of every entry that is not unchanged, as often as either version has it.
        let text = String(decoding: try Redline.write(alignment, format: .text, options: ReportOptions(color: false)), as: UTF8.self)
        let printed = Self.wordCounts(text)
        var needed: [Substring: Int] = [:]
        for entry in alignment.entries where entry.kind != .unchanged {
            let before = Self.wordCounts(entry.old.map { old[$0].text }.joined(separator: " "))
            let after = Self.wordCounts(entry.new.map { new[$0].text }.joined(separator: " "))
            for word in Set(before.keys).union(after.keys) { needed[word, default: 0] += max(before[word] ?? 0, after[word] ?? 0) }
        }
        let missing = needed.filter { printed[$0.key, default: 0] < $0.value }
        #expect(missing.isEmpty, "seed \(seed): \(missing.prefix(5))")
    }

    @Test(arguments: seeds.prefix(8)) func theSameInputsGiveByteIdenticalOutput(seed: UInt64) throws {
        let new = SeededRevisions.revise(Self.global, seed: seed)
        let options = ReportOptions(date: Date(timeIntervalSince1970: 0))
        for format in [OutputFormat.text, .json] {
            let first = try Redline.write(DraftAligner().align(Self.global, new), format: format, options: options)
            let second = try Redline.write(DraftAligner().align(Self.global, new), format: format, options: options)
            #expect(first == second, "seed \(seed), \(format)")
        }
        #expect(SeededRevisions.revise(Self.global, seed: seed) == new)
    }

    @Test(arguments: seeds.prefix(8)) func aRevisionComparedWithItselfHasNoChange(seed: UInt64) {
        let new = SeededRevisions.revise(Self.global, seed: seed)
        let alignment = DraftAligner().align(new, new)
        #expect(!alignment.hasDifferences)
        #expect(alignment.entries.allSatisfy { $0.kind == .unchanged && $0.changes.isEmpty && $0.renumbered == nil })
    }

    @Test(arguments: seeds) func comparisonsBothWaysAreMirrorImages(seed: UInt64) {
        let (old, new, forward) = pair(seed)
        let backward = DraftAligner().align(new, old)
        let mirror: [AlignmentKind: AlignmentKind] = [.inserted: .deleted, .deleted: .inserted, .split: .merged, .merged: .split]
        let forwardLinks = Set(forward.entries.map { "\($0.old)|\($0.new)|\(mirror[$0.kind] ?? $0.kind)" })
        let backwardLinks = Set(backward.entries.map { "\($0.new)|\($0.old)|\($0.kind)" })
        #expect(forwardLinks == backwardLinks, "seed \(seed): \(forwardLinks.symmetricDifference(backwardLinks).sorted().prefix(6))")
        for (a, b) in zip(forward.entries.sorted { $0.old.lexicographicallyPrecedes($1.old) },
                          backward.entries.sorted { $0.new.lexicographicallyPrecedes($1.new) }) where !a.changes.isEmpty {
            #expect(a.changes.oldText == b.changes.newText && a.changes.newText == b.changes.oldText, "seed \(seed)")
        }
    }

    /// The texts of `count` blocks joined with "\n" (one block's text is whole, newlines and all).
    static func blocks(_ joined: String, count: Int) -> [String] {
        count <= 1 ? Array(repeating: joined, count: count) : joined.components(separatedBy: "\n")
    }

    static func wordCounts(_ text: String) -> [Substring: Int] {
        var counts: [Substring: Int] = [:]
        for word in text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) { counts[word, default: 0] += 1 }
        return counts
    }
}
