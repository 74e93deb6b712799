import BerthSpecs
import BerthYAML

/// `.berth.yaml`: the settings a project keeps beside its specs. Found by walking up from the working
/// directory, or named with `--config`. Paths in it are relative to its own directory.
public struct Configuration: Sendable {
    /// As given or found, for messages.
    public var path: String
    /// The absolute directory holding it: the base of its path patterns.
    public var directory: String
    public var text: SourceText
    /// Only files matching these (`.gitignore` syntax) are linted; empty means every spec file.
    public var include: [String] = []
    public var exclude: [String] = []
    public var layer = LintPolicy.Layer()
    public var pathIgnores: [PathIgnore] = []
    public var defaults = ProjectDefaults()
    /// The level that fails `berth lint` (`--strict` raises it to warning).
    public var failOn: Severity?
    /// `plan.owned-elsewhere`: fields other tools set, as `Kind:path`, with where each is written.
    public var ownedElsewhere: [(field: String, range: SourceRange)] = []

    /// The file's problems that make it unusable: berth stops with exit 2.
    public struct Invalid: Error, Sendable {
        public var path: String
        /// Where each problem is; nil for a file that cannot be read at all.
        public var problems: [(message: String, range: SourceRange?)]

        /// `path:line:col: error: message`, one per line.
        public var rendered: String {
            problems.map { problem in
                let place = problem.range.map { ":\($0.start.line):\($0.start.column)" } ?? ""
                return "\(path)\(place): error: \(problem.message)\n"
            }.joined()
        }
    }

    /// The configuration that applies in `workingDirectory`: the nearest `.berth.yaml` at or above it, as a path
    /// relative to the working directory (`.berth.yaml`, `../../.berth.yaml`).
    public static func find(from workingDirectory: String) -> String? {
        guard let directory = ProjectPaths.nearestAncestor(of: workingDirectory, containing: fileName) else { return nil }
        let depth = ProjectPaths.relative(workingDirectory, to: directory).map { $0 == "." ? 0 : $0.split(separator: "/").count } ?? 0
        return String(repeating: "../", count: depth) + fileName
    }

    public static let fileName = ".berth.yaml"

    /// Reads and checks a configuration file; `rules` are the rules its names must match.
    public static func load(path: String, workingDirectory: String, rules: [RuleDescription]) -> Result<Configuration, Invalid> {
        let absolute = ProjectPaths.absolute(path, workingDirectory: workingDirectory)
        let bytes: [UInt8]
        switch ProjectPaths.read(absolute, limit: 1 << 20) {
        case .success(let read): bytes = read
        case .failure(let failure): return .failure(Invalid(path: path, problems: [(failure.message, nil)]))
        }
        let directory = String(absolute[..<(absolute.lastIndex(of: "/") ?? absolute.startIndex)])
        var reader = ConfigurationReader(path: path, directory: directory.isEmpty ? "/" : directory, rules: rules)
        return reader.read(YAMLFile.read(bytes: bytes))
    }
}
