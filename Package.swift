// swift-tools-version:6.0
import PackageDescription

// One module per concern; the picture is in README.md ("Layout") and ../shared/DESIGN.md. MigrationRules and
// Diagnostics depend on nothing of ours; only the executable imports everything.
let package = Package(
    name: "migration-docs",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "migration-docs", targets: ["migration-docs"]),
        .library(name: "MigrationRules", targets: ["MigrationRules"]),
        .library(name: "Markdown", targets: ["Markdown"]),
        .library(name: "Diagnostics", targets: ["Diagnostics"]),
        .library(name: "Templating", targets: ["Templating"]),
        .library(name: "Profiles", targets: ["Profiles"]),
        .library(name: "Browser", targets: ["Browser"]),
        .library(name: "Checklists", targets: ["Checklists"]),
        .library(name: "Site", targets: ["Site"]),
        .library(name: "RuleDiff", targets: ["RuleDiff"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // Property-based tests (Swift Testing) for the escapers, slugs, phone numbers and the canonical snapshot.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // Debian's libcmark-dev, found through pkg-config's `libcmark`.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // The only code that touches cmark.
        .target(name: "Markdown", dependencies: ["CCmark"]),
        // The rule book as Swift values, customer profiles and their evaluation.
        .target(name: "MigrationRules"),
        // Diagnostic, ExitStatus and output writing: what every module reports and writes through.
        .target(name: "Diagnostics"),
        // The Mustache layer: HTML escaping, typed tag values, two-stage templates.
        .target(
            name: "Templating",
            dependencies: ["Diagnostics", .product(name: "Mustache", package: "swift-mustache")]
        ),
        // Customer profiles from YAML, JSON and CSV; phone numbers; validation with did-you-mean.
        .target(
            name: "Profiles",
            dependencies: [
                "Diagnostics", "MigrationRules",
                .product(name: "Yams", package: "Yams"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // Headless Chromium: HTML printed to PDF.
        .target(name: "Browser", dependencies: ["Diagnostics", "MigrationRules"]),
        // A customer's plan and one renderer per format.
        .target(
            name: "Checklists",
            dependencies: ["Diagnostics", "MigrationRules", "Markdown", "Profiles", "Templating", "Browser"]
        ),
        // Content loading, validation, the site model and one renderer or exporter per output.
        .target(
            name: "Site",
            dependencies: [
                "Diagnostics", "MigrationRules", "Markdown", "Templating",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // Canonical snapshot, diff, change classification, one reporter per format.
        .target(name: "RuleDiff", dependencies: ["Diagnostics", "MigrationRules"]),
        .executableTarget(
            name: "migration-docs",
            dependencies: [
                "Diagnostics", "Site", "Checklists", "Profiles", "RuleDiff", "MigrationRules", "Markdown",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer harnesses for every parser of untrusted input; scripts/fuzz builds them with -sanitize=fuzzer.
        .executableTarget(
            name: "migration-docs-fuzz",
            dependencies: [
                "Profiles", "Site", "RuleDiff", "Templating", "MigrationRules",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            path: "Sources/FuzzHarnesses",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
        // Golden-file assertions, rule-book variants and a runner for the built binary, shared by the test targets.
        .target(name: "TestSupport", dependencies: ["MigrationRules", "Profiles", "Diagnostics"], path: "Tests/TestSupport"),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(name: "MigrationRulesTests", dependencies: ["MigrationRules"]),
        .testTarget(name: "ProfilesTests", dependencies: ["Profiles", "Diagnostics", "MigrationRules", "TestSupport"]),
        .testTarget(
            name: "ChecklistsTests",
            dependencies: ["Checklists", "Profiles", "Browser", "MigrationRules", "Markdown", "TestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "SiteTests", dependencies: ["Site", "Templating", "Diagnostics", "MigrationRules", "Markdown", "TestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "PropertyTests",
            dependencies: [
                "Checklists", "Markdown", "Profiles", "RuleDiff", "Templating",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "LanguageTests", dependencies: ["Checklists", "Site", "MigrationRules", "TestSupport"]),
        .testTarget(name: "RuleDiffTests", dependencies: ["RuleDiff", "MigrationRules", "TestSupport"], exclude: ["Golden", "Fixtures"]),
        .testTarget(name: "EndToEndTests", dependencies: ["migration-docs", "TestSupport"], exclude: ["StandIns"]),
    ],
    swiftLanguageModes: [.v6]
)
