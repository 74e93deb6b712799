import BerthLint

/// A lint run as the CI formats need it: the result, every rule berth knows (SARIF lists them all), the
/// level that fails the run, and the paths as the CI system knows them.
public struct LintReport: Sendable {
    public var result: LintResult
    public var rules: [RuleDescription]
    /// Findings at or above it fail the run: JUnit failures, GitHub errors.
    public var failureLevel: Severity
    /// Display path → path relative to the repository root, for the files where the two differ (berth run
    /// from a subdirectory). CI systems resolve paths from the repository root.
    public var repositoryPaths: [String: String]

    public init(result: LintResult, rules: [RuleDescription], failureLevel: Severity = .error,
                repositoryPaths: [String: String] = [:]) {
        self.result = result
        self.rules = rules
        self.failureLevel = failureLevel
        self.repositoryPaths = repositoryPaths
    }

    public func repositoryPath(_ displayPath: String) -> String {
        repositoryPaths[displayPath] ?? displayPath
    }

    /// The fingerprint of a finding, keyed by its repository path so it is the same from any directory.
    public func fingerprint(_ diagnostic: Diagnostic) -> String {
        diagnostic.fingerprint(path: repositoryPath(diagnostic.location.path))
    }
}
