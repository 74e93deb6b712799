/// `per-path-ignores` in `.berth.yaml`: rules that do not apply to files matching a pattern. Patterns use
/// `.gitignore` syntax relative to the configuration's directory (`legacy/`, `**/*.json`, `/prod/*.yaml`).
public struct PathIgnore: Sendable {
    public let pattern: String
    public let rules: [RulePattern]
    private let matcher: PathMatcher

    /// `base` is the absolute directory the pattern is relative to.
    public init(pattern: String, base: String, rules: [RulePattern]) {
        self.pattern = pattern
        self.rules = rules
        matcher = PathMatcher(patterns: [pattern], base: base)
    }

    public func matches(absolutePath: String) -> Bool {
        matcher.matches(absolutePath)
    }
}

/// Files matched by `.gitignore`-style patterns, as `include`, `exclude` and `per-path-ignores` use them: a
/// file matches when it or a directory above it (below `base`) does, as git ignores a folder's content.
public struct PathMatcher: Sendable {
    private let rules: GitIgnore

    public init(patterns: [String], base: String) {
        rules = GitIgnore(patterns.joined(separator: "\n"), base: base)
    }

    public func matches(_ absolutePath: String) -> Bool {
        guard let relative = ProjectPaths.relative(absolutePath, to: rules.base), relative != "." else { return false }
        var prefix = ""
        let components = relative.split(separator: "/")
        for (index, component) in components.enumerated() {
            prefix += (prefix.isEmpty ? "" : "/") + component
            let isDirectory = index < components.count - 1
            if rules.match(rules.base == "/" ? "/" + prefix : rules.base + "/" + prefix, isDirectory: isDirectory) == true { return true }
        }
        return false
    }
}
