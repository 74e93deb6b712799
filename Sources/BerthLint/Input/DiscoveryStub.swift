// TEMPORARY stand-in until the real FileDiscovery lands; deleted before commit.
public struct DiscoveredFile: Sendable, Hashable { public let path: String; public let isExplicit: Bool }
public struct DiscoveryError: Sendable, Hashable, Error { public let path: String; public let message: String }
public struct Discovery: Sendable { public var files: [DiscoveredFile]; public var errors: [DiscoveryError] }
public enum FileDiscovery {
    public static func discover(_ paths: [String], workingDirectory: String) -> Discovery {
        Discovery(files: paths.map { DiscoveredFile(path: $0, isExplicit: true) }, errors: [])
    }
}
