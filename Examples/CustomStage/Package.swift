// swift-tools-version: 6.1
import PackageDescription

// A team's own LaunchKit: the built-in stages plus a `pricing-sheet` stage, in its own package.
// It depends on LaunchKit by path here; a real team writes
//   .package(url: "https://github.com/<org>/launchkit", from: "0.1.0")
// instead.
let package = Package(
    name: "CustomStage",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "acme-launchkit", targets: ["acme-launchkit"]),
    ],
    dependencies: [
        .package(name: "LaunchKit", path: "../.."),
    ],
    targets: [
        // The stage: depends on the LaunchKit library only.
        .target(name: "PricingSheet", dependencies: [.product(name: "LaunchKit", package: "LaunchKit")]),
        // The team's `launchkit`: the command line with the built-in stages and this one.
        .executableTarget(
            name: "acme-launchkit",
            dependencies: ["PricingSheet", .product(name: "LaunchKitCLI", package: "LaunchKit")]
        ),
        .testTarget(name: "PricingSheetTests", dependencies: ["PricingSheet", .product(name: "LaunchKit", package: "LaunchKit")]),
    ]
)
