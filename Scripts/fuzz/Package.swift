// swift-tools-version:6.0
// libFuzzer targets for DraftDiff. Built only by Scripts/fuzz.sh, never by the main package.
// `DraftDiff` beside this file is a link to the repository root (a path dependency's name is its folder's).
import PackageDescription

let package = Package(
    name: "DraftDiffFuzz",
    dependencies: [.package(path: "DraftDiff")],
    targets: [
        .target(name: "FuzzSupport"),
        .executableTarget(name: "FuzzPlainText", dependencies: ["FuzzSupport", .product(name: "DraftDiff", package: "DraftDiff")]),
    ]
)
