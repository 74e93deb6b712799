/// Paths between the places a run knows: the working directory, the repository root, the configuration's
/// directory. Lexical, like git's pathspecs: symlinks are not resolved.
public enum ProjectPaths {
    /// `path` made absolute against `workingDirectory` (absolute), without `.`, `..` or empty components.
    public static func absolute(_ path: String, workingDirectory: String) -> String {
        String(decoding: FileDiscovery.normalized(Array(path.utf8), in: Array(workingDirectory.utf8)), as: UTF8.self)
    }

    /// `path` relative to `directory` (both absolute and normalised), or nil when it is not below it.
    public static func relative(_ path: String, to directory: String) -> String? {
        if directory == "/" { return String(path.dropFirst()) }
        guard path.hasPrefix(directory) else { return nil }
        let rest = path.dropFirst(directory.count)
        if rest.isEmpty { return "." }
        guard rest.first == "/" else { return nil }
        return String(rest.dropFirst())
    }

    /// The nearest of `directory` and its ancestors that holds an entry `name` (`.git`, `.berth.yaml`).
    public static func nearestAncestor(of directory: String, containing name: String) -> String? {
        var current = directory
        while true {
            let candidate = current == "/" ? "/" + name : current + "/" + name
            if POSIXFiles.exists(Array(candidate.utf8)) { return current }
            guard current != "/", let slash = current.lastIndex(of: "/") else { return nil }
            current = slash == current.startIndex ? "/" : String(current[..<slash])
        }
    }

    /// The repository root: the nearest ancestor holding `.git`, else the working directory.
    public static func repositoryRoot(workingDirectory: String) -> String {
        nearestAncestor(of: workingDirectory, containing: ".git") ?? workingDirectory
    }

    /// A small text file (configuration, baseline), or why it cannot be read.
    public static func read(_ path: String, limit: Int = 16 << 20) -> Result<[UInt8], FileFailure> {
        switch POSIXFiles.readFile(path, limit: limit) {
        case .bytes(let bytes): .success(bytes)
        case .tooLarge(let size): .failure(FileFailure(message: "is \(size) bytes, more than the \(limit) berth reads"))
        case .failed(let message): .failure(FileFailure(message: message))
        }
    }

    /// Writes a report, baseline or starter file (see `OutputFile`).
    public static func write(_ text: String, to path: String) throws(FileFailure) {
        if let failure = OutputFile.write(Array(text.utf8), to: path) {
            throw FileFailure(message: "cannot write \(path): \(failure.message)")
        }
    }

    public static func exists(_ path: String) -> Bool {
        POSIXFiles.exists(Array(path.utf8))
    }

    public struct FileFailure: Error, Sendable {
        public let message: String
    }
}
