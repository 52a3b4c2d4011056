// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "migration-docs",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "migration-docs", targets: ["migration-docs"]),
        .library(name: "MigrationRules", targets: ["MigrationRules"]),
        .library(name: "Markdown", targets: ["Markdown"]),
        .library(name: "Publishing", targets: ["Publishing"]),
        .library(name: "RuleDiff", targets: ["RuleDiff"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        // Debian's libcmark-dev, found through pkg-config's `libcmark`.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "Markdown", dependencies: ["CCmark"]),
        .target(name: "MigrationRules"),
        .target(
            name: "Publishing",
            dependencies: [
                "Markdown", "MigrationRules",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .target(name: "RuleDiff", dependencies: ["MigrationRules"]),
        .executableTarget(
            name: "migration-docs",
            dependencies: [
                "Publishing", "RuleDiff", "MigrationRules", "Markdown",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Golden-file assertions and a runner for the built binary, shared by the test targets.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(name: "MigrationRulesTests", dependencies: ["MigrationRules"]),
        .testTarget(name: "RuleDiffTests", dependencies: ["RuleDiff", "MigrationRules", "TestSupport"], exclude: ["Golden", "Fixtures"]),
        .testTarget(name: "PublishingTests", dependencies: ["Publishing", "MigrationRules", "Markdown", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "EndToEndTests", dependencies: ["migration-docs", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
