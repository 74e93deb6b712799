import BerthSpecs
import BerthYAML

/// A file to lint: its display path, and whether the user named it (a named file that is not a spec is
/// worth a word; one found by walking a directory is skipped silently).
public struct LintInput: Sendable {
    public var path: String
    public var isExplicit: Bool
    /// The bytes, when the caller already has them (tests, stdin); otherwise the file at `path` is read.
    public var bytes: [UInt8]?

    public init(path: String, isExplicit: Bool, bytes: [UInt8]? = nil) {
        self.path = path
        self.isExplicit = isExplicit
        self.bytes = bytes
    }
}

/// Everything a lint run produced.
public struct LintResult: Sendable {
    /// Sorted by path, line, column and rule id.
    public var diagnostics: [Diagnostic]
    /// The text of every file that a diagnostic or note points into, for snippets.
    public var sources: [String: SourceText]
    /// Byte ranges of the secrets in `sources`, in order: snippets mask them.
    public var secrets: [String: [Range<Int>]]
    /// Files read (specs or not).
    public var fileCount: Int
    /// Files that could not be read at all: berth could not do its job for them (exit 2).
    public var failures: [(path: String, message: String)]
    /// Every file read, with its resources: what `berth plan` compares.
    public var files: [SpecFile]
    /// Set when the findings were compared with a baseline: `diagnostics` then holds the new ones only.
    public var baseline: Baseline.Comparison?
}

/// The pipeline: read and parse files in parallel, validate their shapes, build the project graph, run
/// every rule over every resource in parallel, merge in a stable order.
public struct Linter: Sendable {
    public let ruleSet: RuleSet
    public let loader: SpecLoader
    public let policy: LintPolicy

    public init(ruleSet: RuleSet, limits: YAMLLimits = YAMLLimits(), policy: LintPolicy = .builtin) {
        self.ruleSet = ruleSet
        self.loader = SpecLoader(limits: limits)
        self.policy = policy
    }

    public func lint(_ inputs: [LintInput]) -> LintResult {
        let (files, failures) = load(inputs)
        let project = Project(resources: files.flatMap(\.resources), defaults: policy.defaults)
        let severities = policy.resolve(ruleSet.descriptions)
        var diagnostics = files.flatMap(structuralDiagnostics)
        diagnostics = applySupersession(ruleDiagnostics(project, severities: severities), over: diagnostics)
        diagnostics = applyPolicy(to: diagnostics, files: files, severities: severities)
        diagnostics.sort(by: Diagnostic.precedes)
        Self.capPerFileAndRule(&diagnostics)
        Self.assignSubjects(&diagnostics, resources: project.resources)

        var sources: [String: SourceText] = [:]
        var secrets: [String: FileSecrets] = [:]
        let cited = Set(diagnostics.flatMap { [$0.location.path] + $0.notes.map(\.location.path) })
        let citedFiles = files.filter { cited.contains($0.path) }
        // Secrets are looked for only where a finding points: files without findings print nothing.
        for (file, found) in zip(citedFiles, parallelMap(citedFiles) { FileSecrets($0.yaml) }) {
            sources[file.path] = file.yaml.text
            if !found.secrets.isEmpty { secrets[file.path] = found }
        }
        for (path, text) in policy.sources where cited.contains(path) { sources[path] = text }
        if !secrets.isEmpty {
            for index in diagnostics.indices { diagnostics[index].mask(secrets) }
        }
        return LintResult(diagnostics: diagnostics, sources: sources, secrets: secrets.mapValues { $0.secrets.map(\.range) },
                          fileCount: files.count, failures: failures, files: files, baseline: nil)
    }

    /// Reads and parses the files in parallel and validates their shapes, without running rules: the current
    /// state of a plan. Files that cannot be read at all come back as failures.
    public func load(_ inputs: [LintInput]) -> (files: [SpecFile], failures: [(path: String, message: String)]) {
        let loader = self.loader
        let loaded: [Loaded] = parallelMap(inputs) { input in
            if let bytes = input.bytes {
                return .file(loader.load(path: input.path, bytes: bytes, isExplicit: input.isExplicit))
            }
            switch POSIXFiles.readFile(input.path, limit: loader.limits.maxFileBytes) {
            case .bytes(let bytes): return .file(loader.load(path: input.path, bytes: bytes, isExplicit: input.isExplicit))
            case .tooLarge(let size): return .file(loader.loadTooLarge(path: input.path, byteCount: size))
            case .failed(let message): return .failure(path: input.path, message: message)
            }
        }
        var files: [SpecFile] = []
        var failures: [(path: String, message: String)] = []
        for item in loaded {
            switch item {
            case .file(let file): files.append(file)
            case .failure(let path, let message): failures.append((path, message))
            }
        }
        return (files, failures)
    }

    /// Lists at most `Capped.limit` findings of one rule in one file (a file of 32,000 task definitions without a
    /// role would otherwise list 32,000), the first by position, with a summary of the rest.
    private static func capPerFileAndRule(_ diagnostics: inout [Diagnostic]) {
        guard diagnostics.count > Capped<Int, Diagnostic>.limit else { return }
        var capped = Capped<String, Diagnostic>()
        for diagnostic in diagnostics { capped.append(diagnostic, kind: diagnostic.location.path + "\u{0}" + diagnostic.ruleID) }
        guard capped.items.count < diagnostics.count else { return }
        diagnostics = capped.finished { first, count in
            var summary = first
            summary.message += "; \(Capped<String, Diagnostic>.omission(count))"
            return summary
        }
        diagnostics.sort(by: Diagnostic.precedes)
    }

    /// Names each diagnostic's resource and field, for fingerprints that survive moved lines. A file's
    /// resources are disjoint and in source order, so each diagnostic finds its own by binary search (a scan
    /// of every resource per diagnostic made a file of 32,000 task definitions take half a minute).
    private static func assignSubjects(_ diagnostics: inout [Diagnostic], resources: [Resource]) {
        guard !diagnostics.isEmpty else { return }
        // Names are looked up once: a lookup walks the resource's keys, which a hostile file has by the million.
        let byPath = Dictionary(grouping: resources, by: \.path).mapValues { resources in
            resources.sorted { $0.body.startOffset < $1.body.startOffset }.map { resource in
                (resource: resource, name: resource.name ?? "document \(resource.documentIndex + 1)")
            }
        }
        for index in diagnostics.indices {
            let location = diagnostics[index].location
            guard let resources = byPath[location.path] else { continue }
            let offset = location.range.start.offset
            let low = resources.partitioningIndex { $0.resource.body.startOffset > offset }
            guard low > 0 else { continue }
            let (resource, name) = resources[low - 1]
            guard let field = resource.body.fieldPath(toOffset: offset) else { continue }
            diagnostics[index].subject = "\(resource.kind.rawValue) \(name): \(field)"
        }
    }

    private enum Loaded: Sendable {
        case file(SpecFile)
        case failure(path: String, message: String)
    }

    /// The YAML front end's and the shape validator's problems, under their rule ids.
    private func structuralDiagnostics(_ file: SpecFile) -> [Diagnostic] {
        let yaml = file.yamlProblems.map { (ruleSet.yaml[$0.code], $0.message, $0.range, $0.notes) }
        let spec = file.problems.map { (ruleSet.spec[$0.code], $0.message, $0.range, $0.notes) }
        return (yaml + spec).compactMap { rule, message, range, notes in
            guard let rule else { return nil }
            return Diagnostic(rule: rule, message: message, location: Location(path: file.path, range: range),
                              notes: notes.map { Note($0.message, at: Location(path: file.path, range: $0.range)) })
        }
    }

    /// The rules the policy leaves on, over every resource in parallel.
    private func ruleDiagnostics(_ project: Project, severities: [String: Severity]) -> [Diagnostic] {
        // Chosen once per kind: looking each rule up per resource showed in profiles.
        var active: [ResourceKind: [any Rule]] = [:]
        for kind in ResourceKind.allCases {
            active[kind] = ruleSet.rules(for: kind).filter { severities[type(of: $0).description.id] != nil }
        }
        let rulesByKind = active
        let perResource: [[Diagnostic]] = parallelMap(project.resources) { resource in
            var diagnostics: [Diagnostic] = []
            for rule in rulesByKind[resource.kind] ?? [] {
                var findings = Findings(resource: resource)
                rule.check(resource, in: project, findings: &findings)
                let description = type(of: rule).description
                for finding in findings.items {
                    diagnostics.append(Diagnostic(rule: description, severity: finding.severity, message: finding.message,
                                                  location: finding.location, notes: finding.notes))
                }
            }
            return diagnostics
        }
        return perResource.flatMap { $0 }
    }

    /// A rule that explains a structural finding better (an invented S3 volume key is more than an unknown
    /// field) replaces it at the same place.
    private func applySupersession(_ fromRules: [Diagnostic], over structural: [Diagnostic]) -> [Diagnostic] {
        var superseded = Set<String>()
        for diagnostic in fromRules {
            guard let rule = ruleSet.description(for: diagnostic.ruleID) else { continue }
            for id in rule.supersedes { superseded.insert(Self.key(id, diagnostic.location)) }
        }
        guard !superseded.isEmpty else { return structural + fromRules }
        return structural.filter { !superseded.contains(Self.key($0.ruleID, $0.location)) } + fromRules
    }

    private static func key(_ id: String, _ location: Location) -> String {
        "\(id)|\(location.path)|\(location.range.start.offset)|\(location.range.end.offset)"
    }
}
