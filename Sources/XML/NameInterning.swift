import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Element and attribute local names as Swift strings, made once per distinct name, each with a
/// number (its index in `strings`).
///
/// libxml2 interns names in its dictionary: the same name is the same pointer for the
/// parser's lifetime. The table is keyed by that pointer, with open addressing and a multiplicative
/// hash of the address (Swift's `Dictionary` would hash every lookup with SipHash).
struct InternedNames {
    private var keys: [UnsafePointer<UInt8>?] = Array(repeating: nil, count: 64)
    private var numbers: [Int32] = Array(repeating: 0, count: 64)
    /// The names met, by number.
    private(set) var strings: [String] = []

    /// The string for `pointer` ("" for nil).
    mutating func string(_ pointer: UnsafePointer<UInt8>?) -> String {
        guard let pointer else { return "" }
        return strings[Int(number(pointer) { String(cString: $0) })]
    }

    /// The number of `pointer`'s name, made by `make` the first time the pointer is met.
    mutating func number(_ pointer: UnsafePointer<UInt8>, orMake make: (UnsafePointer<UInt8>) -> String) -> Int32 {
        var slot = Self.slot(pointer, mask: keys.count - 1)
        while let key = keys[slot] {
            if key == pointer { return numbers[slot] }
            slot = (slot + 1) & (keys.count - 1)
        }
        let number = Int32(strings.count)
        strings.append(make(pointer))
        keys[slot] = pointer
        numbers[slot] = number
        if strings.count * 2 > keys.count { grow() }
        return number
    }

    private static func slot(_ pointer: UnsafePointer<UInt8>, mask: Int) -> Int {
        let address = UInt(bitPattern: pointer)
        return Int(truncatingIfNeeded: (address >> 3) &* 0x9E37_79B9_7F4A_7C15 >> 40) & mask
    }

    private mutating func grow() {
        let old = zip(keys, numbers)
        keys = Array(repeating: nil, count: keys.count * 2)
        numbers = Array(repeating: 0, count: keys.count)
        for case (let key?, let number) in old {
            var slot = Self.slot(key, mask: keys.count - 1)
            while keys[slot] != nil { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = key
            numbers[slot] = number
        }
    }
}

/// Namespace URIs as Swift strings, made once per distinct URI: libxml2 interns them too, so a
/// URI is looked up by its pointer, and its text is compared with the caller's URIs only the
/// first time.
struct InternedNamespaces {
    /// The URIs met, numbered (`byPointer.strings`).
    private(set) var byPointer = InternedNames()
    private let known: [(bytes: [CChar], uri: String)]
    /// The URI met last: nearly every name of a Word part is in the same namespace as the one before.
    private var last: (pointer: UnsafePointer<UInt8>, number: Int32)?

    /// Starts with `uris` (`XMLParseOptions.namespaces`): those are returned as given.
    init(_ uris: [String] = []) {
        known = uris.map { (Array($0.utf8CString), $0) }
    }

    /// The string for the NUL-terminated URI at `href` ("" for nil).
    mutating func string(_ href: UnsafePointer<UInt8>?) -> String {
        let number = number(href)
        return number < 0 ? "" : byPointer.strings[Int(number)]
    }

    /// The number of the URI at `href` (-1 for nil).
    mutating func number(_ href: UnsafePointer<UInt8>?) -> Int32 {
        guard let href else { return -1 }
        if let last, last.pointer == href { return last.number }
        let number = byPointer.number(href) { href in
            let text = UnsafeRawPointer(href).assumingMemoryBound(to: CChar.self)
            let match = known.first { entry in entry.bytes.withUnsafeBufferPointer { strcmp($0.baseAddress!, text) == 0 } }
            return match?.uri ?? String(cString: href)
        }
        last = (href, number)
        return number
    }
}
