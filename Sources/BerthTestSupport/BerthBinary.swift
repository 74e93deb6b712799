import Foundation

/// The `berth` executable built beside the test bundle, run as a user would.
public enum BerthBinary {
    public static var url: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("berth")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return PackageRoot.url.appendingPathComponent(".build/debug/berth")
    }

    /// Runs berth from `directory` (the package root by default) without colour or a terminal.
    public static func run(_ arguments: [String], in directory: URL = PackageRoot.url,
                           environment: [String: String] = [:], timeout: TimeInterval = 120) throws -> Subprocess.Output {
        try Subprocess.run(url.path, arguments, in: directory, environment: environment, timeout: timeout)
    }
}
