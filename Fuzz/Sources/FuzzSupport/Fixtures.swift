import BerthLint
import Foundation

/// The valid projects of the checkout the targets were built from, read once at start so that every run of a
/// target lints or plans fuzzed bytes beside the same files without touching the disk again.
public enum Fixtures {
    /// The checkout's root: this file is `Fuzz/Sources/FuzzSupport/Fixtures.swift` in it.
    public static let root: String = {
        var path = #filePath
        for _ in 0..<4 { path = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) }
        return path
    }()

    /// The spec files under `folders` (relative to the root), as the CLI finds them, with their bytes.
    public static func inputs(_ folders: [String]) -> [LintInput] {
        let discovery = FileDiscovery.discover(folders, workingDirectory: root)
        precondition(discovery.errors.isEmpty && !discovery.files.isEmpty, "fixtures missing under \(root): \(folders)")
        return discovery.files.map { file in
            guard let data = FileManager.default.contents(atPath: "\(root)/\(file.path)") else {
                preconditionFailure("cannot read fixture \(file.path)")
            }
            return LintInput(path: file.path, isExplicit: true, bytes: Array(data))
        }
    }

    /// The day suppressions' `until=` dates are compared with, fixed so a crash replays on any day.
    public static let today = CalendarDate(year: 2026, month: 1, day: 15)!
}
