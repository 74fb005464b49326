// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets, in their own package: `--sanitize=fuzzer` in the root package would also
// rebuild its plugin tools and break their link. Build and run with `Fuzz/run.sh`.
let package = Package(
    name: "LaunchKitFuzz",
    dependencies: [.package(name: "LaunchKit", path: "..")],
    targets: [
        .target(name: "FuzzSupport"),
        .executableTarget(name: "FuzzYAMLConfig", dependencies: ["FuzzSupport", .product(name: "LaunchKit", package: "LaunchKit")]),
        .executableTarget(name: "FuzzCSV", dependencies: ["FuzzSupport", .product(name: "LaunchKit", package: "LaunchKit")]),
        .executableTarget(name: "FuzzStageJSON", dependencies: ["FuzzSupport", .product(name: "LaunchKit", package: "LaunchKit")]),
        .executableTarget(name: "FuzzTemplates", dependencies: ["FuzzSupport", .product(name: "LaunchKit", package: "LaunchKit")]),
        .executableTarget(name: "FuzzStyles", dependencies: ["FuzzSupport", .product(name: "LaunchKitStyles", package: "LaunchKit")]),
    ]
)
