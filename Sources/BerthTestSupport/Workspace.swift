import Foundation

/// A fresh temporary directory to run berth in, with helpers to write and read its files.
public struct Workspace {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("berth-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `text` at a path relative to the workspace, creating folders.
    public func write(_ path: String, _ text: String) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
    }

    public func read(_ path: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(path), encoding: .utf8)
    }

    public func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(path).path)
    }

    /// Runs the built berth in the workspace (or a folder of it).
    public func berth(_ arguments: [String], in folder: String = "", environment: [String: String] = [:],
                      timeout: TimeInterval = 120) throws -> Subprocess.Output {
        try BerthBinary.run(arguments, in: folder.isEmpty ? url : url.appendingPathComponent(folder),
                            environment: environment, timeout: timeout)
    }
}
