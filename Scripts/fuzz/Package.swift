// swift-tools-version:6.0
// libFuzzer targets for DraftDiff. Built only by Scripts/fuzz.sh, never by the main package.
// `DraftDiff` beside this file is a link to the repository root (a path dependency's name is its folder's).
import PackageDescription

let draftDiff: Target.Dependency = .product(name: "DraftDiff", package: "DraftDiff")
let zip: Target.Dependency = .product(name: "ZIPFoundation", package: "ZIPFoundation")

let package = Package(
    name: "DraftDiffFuzz",
    dependencies: [
        .package(path: "DraftDiff"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .target(name: "FuzzSupport"),
        // Any bytes as a plain-text draft.
        .executableTarget(name: "FuzzPlainText", dependencies: ["FuzzSupport", draftDiff]),
        // Any bytes as a whole .docx package (the zip container and everything in it).
        .executableTarget(name: "FuzzDocxPackage", dependencies: ["FuzzSupport", draftDiff]),
        // Any bytes as word/document.xml inside a well-formed minimal package built in memory.
        .executableTarget(name: "FuzzDocxDocumentXML", dependencies: ["FuzzSupport", draftDiff, zip]),
        // Any bytes cut in two, read as two plain-text drafts, aligned and written as redlines.
        .executableTarget(name: "FuzzCompare", dependencies: ["FuzzSupport", draftDiff]),
    ]
)
