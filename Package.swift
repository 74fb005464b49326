// swift-tools-version: 6.1
import PackageDescription

// Dependencies point one way: CLI -> stages -> core -> YAML binding -> CYAML (libyaml).
// Stage modules never import each other; the core knows no stage by name.

let package = Package(
    name: "LaunchKit",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "launchkit", targets: ["launchkit"]),
        // The core: other packages depend on this to write their own stages.
        .library(name: "LaunchKit", targets: ["LaunchKitCore", "LaunchKitYAML"]),
        // The command line and the built-in stages, so a package can build its own
        // `launchkit` with extra stages in a few lines (see Examples/CustomStage).
        .library(name: "LaunchKitCLI", targets: ["LaunchKitCLI"]),
        // The Vale-compatible style engine, usable on its own.
        .library(name: "LaunchKitStyles", targets: ["LaunchKitStyles"]),
        .plugin(name: "LaunchKitPlugin", targets: ["LaunchKitPlugin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // SHA-256 of every packet file in summary.json; ~36 s of a cold build, measured.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // External stages (`run:`): process groups, concurrent pipe reads, teardown on cancellation.
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
    ],
    targets: [
        // MARK: libyaml

        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "LaunchKitYAML", dependencies: ["CYAML"]),
        // One system call Swift's Glibc overlay does not expose: an atomic swap of two directories.
        .target(name: "CAtomicRename"),

        // MARK: Core runtime and shared engines

        .target(
            name: "LaunchKitCore",
            dependencies: [
                "LaunchKitYAML", "CAtomicRename",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Subprocess", package: "swift-subprocess"),
            ]
        ),
        .target(name: "LaunchKitText"),
        .target(name: "LaunchKitStyles", dependencies: ["LaunchKitYAML"]),
        .target(
            name: "LaunchKitTemplates",
            plugins: [.plugin(name: "EmbedTemplates")]
        ),

        // MARK: Built-in stages (each depends on the core, never on another stage)

        .target(name: "PersonaImport", dependencies: ["LaunchKitCore"], path: "Sources/Stages/PersonaImport"),
        .target(
            name: "MessageSimplification",
            dependencies: ["LaunchKitCore", "LaunchKitText", "LaunchKitStyles"],
            path: "Sources/Stages/MessageSimplification"
        ),
        .target(
            name: "EnablementSheets",
            dependencies: ["LaunchKitCore", "LaunchKitTemplates"],
            path: "Sources/Stages/EnablementSheets"
        ),
        .target(
            name: "ReadinessPacket",
            dependencies: ["LaunchKitCore", "LaunchKitTemplates", .product(name: "Crypto", package: "swift-crypto")],
            path: "Sources/Stages/ReadinessPacket"
        ),

        // MARK: Command line

        .target(
            name: "LaunchKitCLI",
            dependencies: [
                "LaunchKitCore", "LaunchKitStyles", "LaunchKitTemplates",
                "PersonaImport", "MessageSimplification", "EnablementSheets", "ReadinessPacket",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "launchkit", dependencies: ["LaunchKitCLI"]),

        // MARK: Plugins

        .executableTarget(name: "TemplateEmbedder", path: "Sources/TemplateEmbedder"),
        .plugin(
            name: "EmbedTemplates",
            capability: .buildTool(),
            dependencies: ["TemplateEmbedder"]
        ),
        .plugin(
            name: "LaunchKitPlugin",
            capability: .command(
                intent: .custom(verb: "launchkit", description: "Build a launch-readiness packet with launchkit"),
                permissions: [.writeToPackageDirectory(reason: "launchkit writes the packet into the output directory of the kit")]
            ),
            dependencies: ["launchkit"]
        ),

        // MARK: Tests

        .target(
            name: "LaunchKitTestSupport",
            dependencies: ["LaunchKitCore", "LaunchKitYAML"],
            path: "Tests/LaunchKitTestSupport"
        ),
        .testTarget(name: "LaunchKitYAMLTests", dependencies: ["LaunchKitYAML", "LaunchKitTestSupport"]),
        // Test-only: a stage executable that speaks the external stage protocol (docs/external-stages.md).
        .executableTarget(name: "ExternalStageFixture", path: "Tests/ExternalStageFixture"),
        .testTarget(
            name: "LaunchKitCoreTests",
            dependencies: ["LaunchKitCore", "LaunchKitTestSupport", "ExternalStageFixture", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .testTarget(name: "LaunchKitTextTests", dependencies: ["LaunchKitText", "LaunchKitTestSupport"]),
        .testTarget(name: "LaunchKitStylesTests", dependencies: ["LaunchKitStyles", "LaunchKitTestSupport"]),
        .testTarget(name: "PersonaImportTests", dependencies: ["PersonaImport", "LaunchKitTestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "MessageSimplificationTests", dependencies: ["MessageSimplification", "LaunchKitTestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "EnablementSheetsTests", dependencies: ["EnablementSheets", "LaunchKitTestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "ReadinessPacketTests", dependencies: ["ReadinessPacket", "LaunchKitTestSupport"], exclude: ["Snapshots"]),
        .testTarget(
            name: "LaunchKitCLITests",
            dependencies: ["LaunchKitCLI", "LaunchKitTestSupport", "launchkit"],
            exclude: ["Snapshots"]
        ),
    ]
)
