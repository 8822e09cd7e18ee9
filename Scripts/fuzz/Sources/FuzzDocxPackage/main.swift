import DraftDiff
import FuzzSupport

// libFuzzer target: any bytes read as a .docx package, in both views of tracked changes, give a Draft
// or a ReadError, never a crash, a hang or a memory blow-up; whatever is read writes back to text and JSON.
FuzzSupport.run { bytes in
    for view in TrackedChangesView.allCases {
        let reader = DocxReader(options: DocxReadOptions(view: view, maximumPartSize: 16 * 1024 * 1024))
        guard let document = try? reader.read(bytes, file: "fuzz.docx") else { return }
        let draft = DraftStructurer().structure(document)
        _ = DraftTextWriter().write(draft)
        _ = DraftJSONWriter().write(draft)
    }
}
