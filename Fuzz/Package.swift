// swift-tools-version:6.1
// libFuzzer targets for Accord. Build and run them with `scripts/fuzz` from the repository root;
// the sanitizer flags (-sanitize=fuzzer,address) are passed on the command line, not here.
import PackageDescription

/// Each target defines LLVMFuzzerTestOneInput and no top-level code. In debug builds SwiftPM links
/// executables with `--defsym main=<Target>_main` (testable executables), which would hide libFuzzer's
/// own main(), so each target also defines `<Target>_main` and starts libFuzzer through
/// LLVMFuzzerRunDriver (declared in CFuzzDriver). Release builds use libFuzzer's main() directly.
let fuzzTarget: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "AccordFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Accord", path: "..")
    ],
    targets: [
        .target(name: "CFuzzDriver"),
        .executableTarget(
            name: "FuzzRequestParser",
            dependencies: ["CFuzzDriver", .product(name: "AccordHTTP", package: "Accord")],
            swiftSettings: fuzzTarget),
        .executableTarget(
            name: "FuzzDocumentReader",
            dependencies: ["CFuzzDriver", .product(name: "AccordExtract", package: "Accord")],
            swiftSettings: fuzzTarget),
    ],
    swiftLanguageModes: [.v6]
)
