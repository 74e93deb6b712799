import BerthSpecs
import BerthYAML

/// Which rules run, how severe their findings are and where they are silenced. Settings come in layers with
/// one precedence: built-in defaults < configuration file < inline comments < command line. The layers here
/// are the configuration file and the command line; inline comments (`# berth:disable-…`) silence single
/// findings after both have chosen the rules, and the command line's `--no-suppressions` sets them aside.
public struct LintPolicy: Sendable {
    /// The settings of one source.
    public struct Layer: Sendable {
        /// Only these rules run (nil: every rule the earlier layers left on).
        public var select: [RulePattern]?
        public var ignore: [RulePattern]
        /// Severity overrides; nil turns the rule off.
        public var severities: [(pattern: RulePattern, severity: Severity?)]

        public init(select: [RulePattern]? = nil, ignore: [RulePattern] = [], severities: [(pattern: RulePattern, severity: Severity?)] = []) {
            self.select = select
            self.ignore = ignore
            self.severities = severities
        }
    }

    public var layers: [Layer]
    public var pathIgnores: [PathIgnore]
    public var honoursSuppressions: Bool
    /// The day suppressions with `until=` are checked against.
    public var today: CalendarDate
    public var defaults: ProjectDefaults
    /// Display paths are relative to it; path ignores are matched on absolute paths.
    public var workingDirectory: String
    /// Problems found in the configuration file (unknown rule names), reported with the lint's findings.
    public var findings: [PolicyFinding] = []
    /// The configuration file's text, for snippets of those findings.
    public var sources: [String: SourceText] = [:]

    public init(layers: [Layer] = [], pathIgnores: [PathIgnore] = [], honoursSuppressions: Bool = true,
                today: CalendarDate = .today(), defaults: ProjectDefaults = ProjectDefaults(), workingDirectory: String = "/") {
        self.layers = layers
        self.pathIgnores = pathIgnores
        self.honoursSuppressions = honoursSuppressions
        self.today = today
        self.defaults = defaults
        self.workingDirectory = workingDirectory
    }

    /// The levels a severity override names; `off` turns the rule off.
    public static let levelNames = ["error", "warning", "info", "off"]

    /// `.some(nil)` for `off`; nil for a name that is no level.
    public static func level(named name: String) -> Severity?? {
        name == "off" ? .some(nil) : Severity(rawValue: name).map { .some($0) }
    }

    /// Every rule on, at its own severity, suppression comments honoured.
    public static let builtin = LintPolicy()

    /// The effective severity of every rule the policy leaves on, by id.
    public func resolve(_ rules: [RuleDescription]) -> [String: Severity] {
        var result: [String: Severity] = [:]
        for rule in rules {
            if let severity = resolve(rule) { result[rule.id] = severity }
        }
        return result
    }

    private func resolve(_ rule: RuleDescription) -> Severity? {
        var enabled = true
        var severity = rule.severity
        for layer in layers {
            let selected = Self.narrowest(layer.select ?? [], for: rule)
            let ignored = Self.narrowest(layer.ignore, for: rule)
            switch (selected, ignored) {
            case (nil, nil): if layer.select != nil { enabled = false }
            case (.some, nil): enabled = true
            case (nil, .some): enabled = false
            case (let selected?, let ignored?): enabled = selected > ignored
            }
            let overrides = layer.severities.filter { $0.pattern.matches(rule) }
            // The narrowest override wins; among equals, the last written.
            if let chosen = overrides.enumerated().max(by: { first, second in
                let (a, b) = (first.element.pattern.specificity(for: rule), second.element.pattern.specificity(for: rule))
                return a != b ? a < b : first.offset < second.offset
            })?.element {
                if let level = chosen.severity { severity = level } else { enabled = false }
            }
        }
        return enabled ? severity : nil
    }

    private static func narrowest(_ patterns: [RulePattern], for rule: RuleDescription) -> Int? {
        patterns.filter { $0.matches(rule) }.map { $0.specificity(for: rule) }.max()
    }

    /// Whether `per-path-ignores` turn the rule off for the file at a display path.
    public func ignores(_ rule: RuleDescription, atPath displayPath: String) -> Bool {
        guard !pathIgnores.isEmpty else { return false }
        let absolute = ProjectPaths.absolute(displayPath, workingDirectory: workingDirectory)
        return pathIgnores.contains { entry in entry.rules.contains { $0.matches(rule) } && entry.matches(absolutePath: absolute) }
    }
}
