import DraftDiff
import Foundation
import FuzzSupport

// libFuzzer target: the input cut in two at its first NUL byte (else in the middle), both halves read
// as plain-text drafts, aligned both ways and in fragment mode, and written as text, JSON, Markdown and
// HTML redlines.
// Never a crash, a hang or a memory blow-up.
FuzzSupport.run { bytes in
    let cut = bytes.firstIndex(of: 0) ?? bytes.count / 2
    let first = Array(bytes[..<cut])
    let second = Array(bytes[min(cut + 1, bytes.count)...])
    guard let old = try? DraftReader().read(bytes: first, file: "old.txt"),
          let new = try? DraftReader().read(bytes: second, file: "new.txt") else { return }
    let aligner = DraftAligner()
    for alignment in [aligner.align(old, new), aligner.align(new, old), aligner.alignFragment(global: old, fragment: new)] {
        for format in [OutputFormat.text, .json, .markdown, .html] {
            _ = try? Redline.write(alignment, format: format, options: ReportOptions(date: Date(timeIntervalSince1970: 0)))
        }
    }
}
