import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Element and attribute local names as Swift strings, made once per distinct name.
///
/// libxml2 interns names in its dictionary: the same name is the same pointer for the
/// parser's lifetime. The table is keyed by that pointer, with open addressing and a multiplicative
/// hash of the address (Swift's `Dictionary` would hash every lookup with SipHash).
struct InternedNames {
    private var keys: [UnsafePointer<UInt8>?] = Array(repeating: nil, count: 64)
    private var values: [String] = Array(repeating: "", count: 64)
    private var count = 0

    /// The string for `pointer` ("" for nil).
    mutating func string(_ pointer: UnsafePointer<UInt8>?) -> String {
        string(pointer) { String(cString: $0) }
    }

    /// The string for `pointer` ("" for nil), made by `make` the first time the pointer is met.
    mutating func string(_ pointer: UnsafePointer<UInt8>?, orMake make: (UnsafePointer<UInt8>) -> String) -> String {
        guard let pointer else { return "" }
        var slot = Self.slot(pointer, mask: keys.count - 1)
        while let key = keys[slot] {
            if key == pointer { return values[slot] }
            slot = (slot + 1) & (keys.count - 1)
        }
        let text = make(pointer)
        keys[slot] = pointer
        values[slot] = text
        count += 1
        if count * 2 > keys.count { grow() }
        return text
    }

    private static func slot(_ pointer: UnsafePointer<UInt8>, mask: Int) -> Int {
        let address = UInt(bitPattern: pointer)
        return Int(truncatingIfNeeded: (address >> 3) &* 0x9E37_79B9_7F4A_7C15 >> 40) & mask
    }

    private mutating func grow() {
        let old = zip(keys, values)
        keys = Array(repeating: nil, count: keys.count * 2)
        values = Array(repeating: "", count: keys.count)
        for case (let key?, let value) in old {
            var slot = Self.slot(key, mask: keys.count - 1)
            while keys[slot] != nil { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = key
            values[slot] = value
        }
    }
}

/// Namespace URIs as Swift strings, made once per distinct URI: libxml2 interns them too, so a
/// URI is looked up by its pointer, and its text is compared with the caller's URIs only the
/// first time.
struct InternedNamespaces {
    private var byPointer = InternedNames()
    private let known: [(bytes: [CChar], uri: String)]
    /// The URI met last: nearly every name of a Word part is in the same namespace as the one before.
    private var last: (pointer: UnsafePointer<UInt8>, uri: String)?

    /// Starts with `uris` (`XMLParseOptions.namespaces`): those are returned as given.
    init(_ uris: [String] = []) {
        known = uris.map { (Array($0.utf8CString), $0) }
    }

    /// The string for the NUL-terminated URI at `href`.
    mutating func string(_ href: UnsafePointer<UInt8>) -> String {
        if let last, last.pointer == href { return last.uri }
        let uri = byPointer.string(href) { href in
            let text = UnsafeRawPointer(href).assumingMemoryBound(to: CChar.self)
            let match = known.first { entry in entry.bytes.withUnsafeBufferPointer { strcmp($0.baseAddress!, text) == 0 } }
            return match?.uri ?? String(cString: href)
        }
        last = (href, uri)
        return uri
    }
}
