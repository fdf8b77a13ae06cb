// swift-tools-version:6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny")
]

let package = Package(
    name: "Accord",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "accord", targets: ["accord"]),
        // For the fuzzing package in Fuzz/, which builds these with libFuzzer and AddressSanitizer.
        .library(name: "AccordHTTP", targets: ["AccordHTTP"]),
        .library(name: "AccordExtract", targets: ["AccordExtract"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.3.0"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.5.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.1.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.0"..<"5.0.0"),
    ],
    targets: [
        // System libraries: zlib for gzip, libcurl for outbound fetches.
        .systemLibrary(
            name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(
            name: "CCurl", path: "Sources/CCurl", pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]),
        // curl_easy_setopt is variadic and cannot be called from Swift: typed wrappers.
        .target(name: "CCurlShim", dependencies: ["CCurl"]),

        // epoll and eventfd, which Glibc's Swift module does not export, for the HTTP event loops.
        .target(name: "CEpoll"),

        .target(name: "AccordModel", swiftSettings: strict),
        .target(
            name: "AccordHTTP",
            dependencies: [
                "CZlib", "CEpoll",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: strict),
        .target(name: "AccordStore", dependencies: ["AccordModel"], swiftSettings: strict),
        // Which reports are one agreement, and which commitments one promise: records in, records out.
        .target(name: "AccordMerge", dependencies: ["AccordModel"], swiftSettings: strict),
        .target(
            name: "AccordExtract",
            dependencies: ["AccordModel", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict),
        .target(
            name: "AccordFetch",
            dependencies: ["CCurlShim", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict),
        .target(
            name: "AccordIngest",
            dependencies: [
                "AccordModel", "AccordStore", "AccordExtract", "AccordFetch", "AccordMerge",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Metrics", package: "swift-metrics"),
            ],
            swiftSettings: strict),
        // Scores extraction against gold annotations, by the rules of the shared scoring tool.
        .target(
            name: "AccordEvaluation",
            dependencies: [
                "AccordModel", "AccordIngest", "AccordExtract", "AccordFetch", "AccordStore",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict),
        .target(
            name: "AccordAPI",
            dependencies: [
                "AccordModel", "AccordHTTP", "AccordStore", "AccordIngest", "AccordMerge",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: strict),
        .executableTarget(
            name: "accord",
            dependencies: [
                "AccordAPI", "AccordHTTP", "AccordIngest", "AccordExtract", "AccordStore", "AccordEvaluation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: strict),

        // Benchmarks: `scripts/bench`.
        .executableTarget(
            name: "ExtractionBenchmark", dependencies: ["AccordExtract"], path: "Benchmarks/ExtractionBenchmark",
            swiftSettings: strict),
        .executableTarget(
            name: "QueryBenchmark",
            dependencies: [
                "AccordAPI", "AccordHTTP", "AccordIngest", "AccordExtract", "AccordFetch", "AccordStore", "AccordModel",
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            path: "Benchmarks/QueryBenchmark", swiftSettings: strict),

        .testTarget(
            name: "AccordHTTPTests",
            dependencies: ["AccordHTTP", "CZlib", .product(name: "HTTPTypes", package: "swift-http-types")],
            swiftSettings: strict),
        .testTarget(name: "AccordStoreTests", dependencies: ["AccordStore", "AccordModel"], swiftSettings: strict),
        .testTarget(
            name: "AccordMergeTests",
            dependencies: [
                "AccordMerge", "AccordModel", "AccordExtract", "AccordIngest", "AccordStore", "AccordFetch",
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(
            name: "AccordExtractTests", dependencies: ["AccordExtract", "AccordModel"],
            resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(
            name: "AccordFetchTests", dependencies: ["AccordFetch", "AccordHTTP"], swiftSettings: strict),
        .testTarget(
            name: "AccordEvaluationTests",
            dependencies: [
                "AccordEvaluation", "AccordIngest", "AccordExtract", "AccordFetch", "AccordStore", "AccordModel",
            ],
            swiftSettings: strict),
        .testTarget(
            name: "AccordAPITests",
            dependencies: [
                "AccordAPI", "AccordHTTP", "AccordIngest", "AccordExtract", "AccordFetch", "AccordStore", "AccordModel",
            ],
            swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
