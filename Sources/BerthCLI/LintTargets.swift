import BerthLint

/// The files a lint reads and the ones whose findings count. With `--project DIR` (the pre-commit hook), the
/// whole project is read so references resolve, but only findings in the named paths are reported.
struct LintTargets {
    var inputs: [LintInput]
    /// Display paths whose findings are reported; nil for all.
    var focus: Set<String>?
    var errors: [DiscoveryError]

    static func collect(paths: [String], project: String?, configuration: Configuration?, workingDirectory: String) -> LintTargets {
        let named = FileDiscovery.discover(paths.isEmpty ? ["."] : paths, workingDirectory: workingDirectory)
        var files = named.files
        var errors = named.errors
        var focus: Set<String>?
        if let project {
            let whole = FileDiscovery.discover([project], workingDirectory: workingDirectory)
            errors += whole.errors
            let namedPaths = Set(named.files.map(\.path))
            focus = namedPaths
            // Files handed over by a hook are candidates, not choices: a YAML file that is no spec (a workflow,
            // a compose file) is skipped silently, as in a directory walk.
            files = named.files.map { DiscoveredFile(path: $0.path, isExplicit: false) }
                + whole.files.filter { !namedPaths.contains($0.path) }
        }
        files = selected(files, by: configuration, workingDirectory: workingDirectory)
        return LintTargets(inputs: files.map { LintInput(path: $0.path, isExplicit: $0.isExplicit) }, focus: focus, errors: errors)
    }

    /// The files `include` and `exclude` in the configuration leave, named or found alike.
    static func selected(_ files: [DiscoveredFile], by configuration: Configuration?, workingDirectory: String) -> [DiscoveredFile] {
        let isSelected = selection(configuration, workingDirectory: workingDirectory)
        return files.filter { isSelected($0.path) }
    }

    /// Whether `include` and `exclude` leave a display path.
    static func selection(_ configuration: Configuration?, workingDirectory: String) -> (String) -> Bool {
        guard let configuration, !configuration.include.isEmpty || !configuration.exclude.isEmpty else { return { _ in true } }
        let include = configuration.include.isEmpty ? nil : PathMatcher(patterns: configuration.include, base: configuration.directory)
        let exclude = PathMatcher(patterns: configuration.exclude, base: configuration.directory)
        return { path in
            let absolute = ProjectPaths.absolute(path, workingDirectory: workingDirectory)
            return !exclude.matches(absolute) && include.map { $0.matches(absolute) } ?? true
        }
    }

    /// Display path → path from the repository root, for every path of the result that differs (berth run
    /// from a subdirectory, or files named with `../`).
    static func repositoryPaths(of result: LintResult, workingDirectory: String) -> [String: String] {
        let root = ProjectPaths.repositoryRoot(workingDirectory: workingDirectory)
        var paths = Set(result.files.map(\.path)).union(result.failures.map(\.path))
        for diagnostic in result.diagnostics {
            paths.insert(diagnostic.location.path)
            for note in diagnostic.notes { paths.insert(note.location.path) }
        }
        var mapping: [String: String] = [:]
        for path in paths {
            let absolute = ProjectPaths.absolute(path, workingDirectory: workingDirectory)
            let relative = ProjectPaths.relative(absolute, to: root) ?? absolute
            if relative != path { mapping[path] = relative }
        }
        return mapping
    }
}
