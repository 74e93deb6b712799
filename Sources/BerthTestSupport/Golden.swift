import Foundation

/// Compares output with a golden file under `Tests/Golden/` (or another folder of the package, for generated
/// documentation). Run the tests with `BERTH_UPDATE_GOLDEN=1` to rewrite the files after an intended change,
/// then review the diff.
public enum Golden {
    public static var root: URL { PackageRoot.url.appendingPathComponent("Tests/Golden") }

    /// Returns nil when `actual` matches the golden file, else a message with the first differing line.
    public static func mismatch(_ actual: String, file name: String, in directory: URL = root) -> String? {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["BERTH_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return nil
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "golden file \(name) is missing; run with BERTH_UPDATE_GOLDEN=1 to create it"
        }
        guard expected != actual else { return nil }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let want = index < expectedLines.count ? String(expectedLines[index]) : "<end of file>"
            let got = index < actualLines.count ? String(actualLines[index]) : "<end of file>"
            if want != got {
                return "\(name) differs at line \(index + 1):\n  expected: \(want)\n  actual:   \(got)\n(BERTH_UPDATE_GOLDEN=1 rewrites it)"
            }
        }
        return "\(name) differs"
    }
}
