// swift-tools-version:6.0
import PackageDescription
#if canImport(Glibc)
import Glibc
#endif

// Release builds on Linux link with lld (part of the Swift toolchain), which puts the functions a run executes
// side by side at the front of the code (Scripts/link/hot-functions.txt, written by Scripts/hot-functions): the
// kernel maps code in 64 KB blocks around each page touched, and a run then maps 4 MB of code instead of 9 MB.
// Where glibc reads packed relative relocations (2.36 and later), they are packed: 1.8 MB of relocation records,
// read at every start, become 34 KB. Without lld on the PATH, the default linker links as before.
var hotFunctionsFirst: [LinkerSetting] {
    guard lldIsOnPath else { return [] }
    var flags = ["-use-ld=lld",
                 "-Xlinker", "--symbol-ordering-file=\(Context.packageDirectory)/Scripts/link/hot-functions.txt",
                 "-Xlinker", "--no-warn-symbol-ordering"]
    if glibcReadsPackedRelocations {
        flags += ["-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"]
    }
    return [.unsafeFlags(flags, .when(platforms: [.linux], configuration: .release))]
}

/// Whether `ld.lld` is in a folder of the PATH (the Swift toolchain's `bin`, where `swift` was found).
var lldIsOnPath: Bool {
    #if canImport(Glibc)
    guard let path = getenv("PATH") else { return false }
    return String(cString: path).split(separator: ":").contains { access("\($0)/ld.lld", X_OK) == 0 }
    #else
    return false
    #endif
}

/// Whether the glibc of the machine building is 2.36 or later (the first to read DT_RELR).
var glibcReadsPackedRelocations: Bool {
    #if canImport(Glibc)
    var text = [CChar](repeating: 0, count: 64)  // "glibc 2.36"
    guard confstr(Int32(_CS_GNU_LIBC_VERSION), &text, text.count) > 0 else { return false }
    let name = String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    let version = name.split(separator: " ").last?.split(separator: ".").compactMap { Int($0) } ?? []
    return version.count >= 2 && (version[0], version[1]) >= (2, 36)
    #else
    return false
    #endif
}

// The pipeline, one target per stage:
//   read (plain text | .docx) → structure (Draft) → align (paragraphs) → diff (words) → merge → write
let package = Package(
    name: "DraftDiff",
    products: [
        .executable(name: "draftdiff", targets: ["draftdiff"]),
        .library(name: "DraftDiff", targets: ["DraftDiff"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        // Text as UTF-8 bytes: scanning, counting, and strings made from checked bytes (every stage's hot paths).
        .target(name: "UTF8Text", path: "Sources/UTF8Text"),

        // The Draft model: the single meeting point of every stage.
        .target(name: "DraftModel", path: "Sources/Model"),

        // C at the edge: libxml2's streaming reader, wrapped in Swift types.
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        .target(name: "XMLStreaming", dependencies: ["CLibXML2", "UTF8Text"], path: "Sources/XML"),

        // structure: recovers title, preamble, operative part, headings, paragraphs from source paragraphs.
        .target(name: "DraftStructure", dependencies: ["DraftModel", "UTF8Text"], path: "Sources/Structure"),

        // read: plain text exported from Word, and .docx.
        .target(
            name: "DraftReading",
            dependencies: [
                "DraftModel", "DraftStructure", "XMLStreaming", "UTF8Text",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            path: "Sources/Reading"),

        // diff: word-level edit scripts.
        .target(name: "WordDiff", dependencies: ["DraftModel", "UTF8Text"], path: "Sources/Diff"),

        // align: paragraph alignment of two drafts.
        .target(name: "DraftAlignment", dependencies: ["DraftModel", "WordDiff", "UTF8Text"], path: "Sources/Alignment"),

        // merge: consolidation of committee fragments into the global draft.
        .target(name: "DraftMerge", dependencies: ["DraftModel", "DraftAlignment", "WordDiff"], path: "Sources/Merge"),

        // write: text, Markdown, HTML, JSON, .docx.
        .target(
            name: "DraftWriting",
            dependencies: [
                "DraftModel", "DraftAlignment", "WordDiff", "DraftMerge", "UTF8Text",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            path: "Sources/Writing"),

        // The public façade: one import for library users.
        .target(
            name: "DraftDiff",
            dependencies: ["DraftModel", "DraftStructure", "DraftReading", "WordDiff", "DraftAlignment", "DraftMerge", "DraftWriting"],
            path: "Sources/DraftDiff"),

        // glibc's allocator settings, for the tool alone (see MemoryTuning).
        .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),

        // The thin command-line tool.
        .executableTarget(
            name: "draftdiff",
            dependencies: [
                "DraftDiff", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/draftdiff",
            linkerSettings: hotFunctionsFirst),

        .testTarget(
            name: "UnitTests",
            dependencies: ["DraftDiff", "XMLStreaming", "UTF8Text", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/UnitTests",
            // Fuzzer findings, read from the checkout by path (not bundled).
            exclude: ["Fuzz/Inputs"]),
        .testTarget(name: "EndToEndTests", dependencies: ["DraftDiff", "draftdiff"], path: "Tests/EndToEndTests"),
    ]
)
