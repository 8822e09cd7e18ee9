import DraftDiff
import FuzzSupport

// libFuzzer target: any bytes read as a plain-text draft give a Draft or a ReadError, never a crash,
// and whatever is read writes back to text and JSON.
FuzzSupport.run { bytes in
    if let draft = try? DraftReader().read(bytes: bytes, file: "fuzz.txt") {
        _ = DraftTextWriter().write(draft)
        _ = DraftJSONWriter().write(draft)
    }
}
