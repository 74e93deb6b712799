/// A Fargate platform version such as `1.4.0`, compared part by part. `LATEST` is not a version: it always
/// means the newest one (Linux 1.4.0, Windows 1.0.0).
public struct PlatformVersion: Comparable, Sendable {
    public let major: Int
    public let minor: Int
    public let patch: Int

    public init(_ major: Int, _ minor: Int, _ patch: Int) {
        (self.major, self.minor, self.patch) = (major, minor, patch)
    }

    /// `1.4.0`, `1.4` or `1`; nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map { Int($0) }
        guard (1...3).contains(parts.count), !parts.contains(where: { ($0 ?? -1) < 0 }) else { return nil }
        let numbers = parts.compactMap { $0 } + [0, 0]
        self.init(numbers[0], numbers[1], numbers[2])
    }

    /// The first Linux version with EFS volumes, and what `LATEST` selects on Linux.
    public static let linuxCurrent = PlatformVersion(1, 4, 0)
    /// The only Windows version, what `LATEST` selects on Windows.
    public static let windows = PlatformVersion(1, 0, 0)

    public static func < (lhs: PlatformVersion, rhs: PlatformVersion) -> Bool {
        (lhs.major, lhs.minor, lhs.patch) < (rhs.major, rhs.minor, rhs.patch)
    }
}
