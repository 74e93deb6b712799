// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets for berth (docs/fuzzing.md), kept out of the root package so `swift build` and
// `swift test` never build them. .ci/fuzz builds them with `--sanitize fuzzer --sanitize address`: each
// executable defines LLVMFuzzerTestOneInput and no main, and libFuzzer's main drives it.

// A path dependency's identity is its folder's name, which is whatever the checkout is called.
let root = String(Context.packageDirectory.split(separator: "/").dropLast().last ?? "berth")
let berth = Target.Dependency.product(name: "BerthModules", package: root)

let package = Package(
    name: "berth-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [berth]),
    ] + ["yaml", "specs", "lint", "plan", "config"].map { name in
        .executableTarget(name: "fuzz-\(name)", dependencies: ["FuzzSupport", berth])
    },
    swiftLanguageModes: [.v6]
)
