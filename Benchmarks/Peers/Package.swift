// swift-tools-version:6.1
// Peers that `scripts/bench http` runs Accord against. A package of its own so that
// Accord's product never depends on Hummingbird; build with `swift build -c release` here.
import PackageDescription

let package = Package(
    name: "AccordBenchmarkPeers",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.0.0"),
    ],
    targets: [
        // Reads the responses `scripts/bench http` captured from Accord.
        .target(name: "PeerCaptures"),
        .executableTarget(
            name: "HummingbirdPeer",
            dependencies: [
                "PeerCaptures",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]),
        // epoll and accept4, which Glibc's Swift module leaves out.
        .target(name: "CEpoll"),
        .executableTarget(name: "BarePeer", dependencies: ["PeerCaptures", "CEpoll"]),
    ]
)
