// swift-tools-version: 6.1
import PackageDescription

// Performance workloads for LaunchKit, in their own package so the product's build and CI never
// compile them, and so Yams (a peer measured here) never links into `launchkit`.
//
// Yams bundles its own static copy of libyaml: a binary that links both Yams and LaunchKit's CYAML
// resolves every yaml_* call to Yams' copy. So `lkbench` (LaunchKit) and `yams-bench` (Yams) are
// separate executables and share only plain Swift models (`BenchModels`).

let package = Package(
    name: "LaunchKitBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "LaunchKit", path: "../"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        // The engine under LaunchKit's template layer, measured alone to split engine from layer.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // Decodable models of the large kit's YAML files and the timing helpers, with no YAML library.
        .target(name: "BenchSupport", path: "Sources/BenchSupport"),
        // Workloads over LaunchKit's own modules.
        .executableTarget(
            name: "lkbench",
            dependencies: [
                "BenchSupport",
                .product(name: "LaunchKit", package: "LaunchKit"),
                .product(name: "LaunchKitCLI", package: "LaunchKit"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            path: "Sources/lkbench"
        ),
        // The same YAML workloads through jpsim/Yams, the peer.
        .executableTarget(
            name: "yams-bench",
            dependencies: ["BenchSupport", .product(name: "Yams", package: "Yams")],
            path: "Sources/yams-bench"
        ),
        // The seeded generator of synthetic large kits.
        .executableTarget(name: "kitgen", dependencies: ["BenchSupport"], path: "Sources/kitgen"),
    ]
)
