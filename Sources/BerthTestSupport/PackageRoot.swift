import Foundation

/// Paths inside this package, for tests that read samples or run the built binary.
public enum PackageRoot {
    public static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func path(_ relative: String) -> String {
        url.appendingPathComponent(relative).path
    }
}
