// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "berth",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "berth", targets: ["berth"]),
        // The modules without the CLI, for the libFuzzer package in Fuzz/ (docs/fuzzing.md).
        .library(name: "BerthModules", targets: ["BerthYAML", "BerthSpecs", "BerthLint", "BerthRules", "BerthPlan", "BerthReport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // libyaml from the system (apt: libyaml-dev, brew: libyaml). Only BerthYAML imports it.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "BerthYAML", dependencies: ["CYAML"]),
        .target(name: "BerthSpecs", dependencies: ["BerthYAML"]),
        .target(name: "BerthLint", dependencies: ["BerthSpecs"]),
        .target(name: "BerthRules", dependencies: ["BerthLint"]),
        .target(name: "BerthPlan", dependencies: ["BerthSpecs"]),
        .target(name: "BerthReport", dependencies: ["BerthLint", "BerthPlan"]),
        .target(
            name: "BerthCLI",
            dependencies: [
                "BerthRules", "BerthReport", "BerthPlan",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "berth", dependencies: ["BerthCLI"]),
        .executableTarget(name: "berth-bench", dependencies: ["CYAML", "BerthCLI"], path: "Sources/BerthBench"),
        .target(name: "BerthTestSupport"),
        .testTarget(name: "BerthYAMLTests", dependencies: ["BerthYAML", "BerthTestSupport"]),
        .testTarget(name: "BerthLintTests", dependencies: ["BerthLint", "BerthTestSupport"]),
        .testTarget(name: "BerthSpecsTests", dependencies: ["BerthSpecs", "BerthTestSupport"]),
        .testTarget(name: "BerthRulesTests", dependencies: ["BerthRules", "BerthTestSupport"]),
        .testTarget(name: "BerthPlanTests", dependencies: ["BerthPlan", "BerthTestSupport"]),
        .testTarget(name: "BerthReportTests", dependencies: ["BerthReport", "BerthRules", "BerthTestSupport"]),
        .testTarget(name: "BerthCLITests", dependencies: ["BerthCLI", "BerthTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
