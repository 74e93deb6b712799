import BerthSpecs
import BerthYAML

/// Turns the YAML of `.berth.yaml` into a `Configuration`, collecting every problem in one pass: unknown keys
/// with the nearest real one, wrong types, bad values, rule names that name no rule (a typo in `select` would
/// otherwise turn every rule off and report no problems).
struct ConfigurationReader {
    let path: String
    let directory: String
    let rules: [RuleDescription]
    private var problems: [(message: String, range: SourceRange)] = []

    init(path: String, directory: String, rules: [RuleDescription]) {
        self.path = path
        self.directory = directory
        self.rules = rules
    }

    private static let keys = ["include", "exclude", "select", "ignore", "severity", "per-path-ignores", "defaults", "fail-on", "plan"]

    mutating func read(_ file: YAMLFile) -> Result<Configuration, Configuration.Invalid> {
        var configuration = Configuration(path: path, directory: directory, text: file.text)
        for problem in file.problems where problem.code != .yaml11Ambiguity {
            problems.append((problem.message, problem.range))
        }
        if file.documents.count > 1, let second = file.documents[1].root {
            problems.append(("a configuration is one YAML document", second.range))
        }
        if let root = file.documents.first?.root, !root.isNull {
            if root.isMapping {
                readRoot(root, into: &configuration)
            } else {
                problems.append(("a configuration is a mapping of settings (\(Self.keys.joined(separator: ", ")))", root.range))
            }
        }
        guard problems.isEmpty else { return .failure(Configuration.Invalid(path: path, problems: problems.map { ($0.message, $0.range) })) }
        return .success(configuration)
    }

    private mutating func readRoot(_ root: YAMLNode, into configuration: inout Configuration) {
        for pair in root.pairs {
            guard let key = pair.key.text else { continue }
            let value = pair.value
            switch key {
            case "include": configuration.include = strings(value, key)
            case "exclude": configuration.exclude = strings(value, key)
            case "select": configuration.layer.select = patterns(value, key)
            case "ignore": configuration.layer.ignore = patterns(value, key)
            case "severity": configuration.layer.severities = severities(value)
            case "per-path-ignores": configuration.pathIgnores = pathIgnores(value)
            case "defaults": configuration.defaults = defaults(value)
            case "fail-on": configuration.failOn = level(value, key, allowingOff: false) ?? nil
            case "plan": configuration.ownedElsewhere = plan(value)
            default: unknownKey(pair.key, key, among: Self.keys)
            }
        }
    }

    private mutating func strings(_ node: YAMLNode, _ key: String) -> [String] {
        guard node.isSequence else {
            problems.append(("\(key) is a list of strings", node.range))
            return []
        }
        return node.elements.compactMap { element in
            guard let text = element.text else {
                problems.append(("\(key) holds strings only", element.range))
                return nil
            }
            return text
        }
    }

    private mutating func patterns(_ node: YAMLNode, _ key: String) -> [RulePattern] {
        guard node.isSequence else {
            problems.append(("\(key) is a list of rule ids, id prefixes or names", node.range))
            return []
        }
        return node.elements.compactMap { rulePattern($0, key) }
    }

    /// A rule id, prefix, name or ALL that names at least one rule.
    private mutating func rulePattern(_ node: YAMLNode, _ key: String) -> RulePattern? {
        guard let text = node.text, !node.isMapping, !node.isSequence else {
            problems.append(("\(key) holds rule ids, id prefixes or names", node.range))
            return nil
        }
        let pattern = RulePattern(text)
        if let message = pattern.unknownMessage(in: rules) {
            problems.append(("\(key): \(message)", node.range))
            return nil
        }
        return pattern
    }

    private mutating func severities(_ node: YAMLNode) -> [(pattern: RulePattern, severity: Severity?)] {
        guard node.isMapping else {
            problems.append(("severity maps rules to a level (\(LintPolicy.levelNames.joined(separator: ", ")))", node.range))
            return []
        }
        return node.pairs.compactMap { pair in
            guard let pattern = rulePattern(pair.key, "severity"),
                  let level = level(pair.value, "severity of '\(pattern)'", allowingOff: true) else { return nil }
            return (pattern, level)
        }
    }

    /// `.some(nil)` is `off`; nil is a problem, already recorded.
    private mutating func level(_ node: YAMLNode, _ what: String, allowingOff: Bool) -> Severity?? {
        let allowed = allowingOff ? LintPolicy.levelNames : LintPolicy.levelNames.filter { $0 != "off" }
        guard let text = node.text, allowed.contains(text), let level = LintPolicy.level(named: text) else {
            let hint = node.text.flatMap { Suggestion.closest(to: $0, in: allowed) }.map { "; did you mean '\($0)'?" } ?? ""
            problems.append(("\(what) is one of \(allowed.joined(separator: ", "))\(hint)", node.range))
            return nil
        }
        return level
    }

    private mutating func pathIgnores(_ node: YAMLNode) -> [PathIgnore] {
        guard node.isMapping else {
            problems.append(("per-path-ignores maps path patterns to the rules they ignore", node.range))
            return []
        }
        return node.pairs.compactMap { pair in
            guard let pattern = pair.key.text else {
                problems.append(("a per-path-ignores key is a path pattern", pair.key.range))
                return nil
            }
            return PathIgnore(pattern: pattern, base: directory, rules: patterns(pair.value, "per-path-ignores '\(pattern)'"))
        }
    }

    private mutating func defaults(_ node: YAMLNode) -> ProjectDefaults {
        var defaults = ProjectDefaults()
        guard node.isMapping else {
            problems.append(("defaults is a mapping (account-id, region)", node.range))
            return defaults
        }
        for pair in node.pairs {
            guard let key = pair.key.text else { continue }
            let text = pair.value.text ?? ""
            switch key {
            case "account-id":
                if ProjectDefaults.isAccountID(text) {
                    defaults.accountID = text
                } else {
                    problems.append(("account-id is 12 digits (quote it so YAML keeps leading zeros)", pair.value.range))
                }
            case "region":
                if ProjectDefaults.isRegion(text) {
                    defaults.region = text
                } else {
                    problems.append(("region '\(text)' is not an AWS Region code such as us-east-1", pair.value.range))
                }
            default: unknownKey(pair.key, key, among: ["account-id", "region"])
            }
        }
        return defaults
    }

    private mutating func plan(_ node: YAMLNode) -> [(field: String, range: SourceRange)] {
        guard node.isMapping else {
            problems.append(("plan is a mapping (owned-elsewhere)", node.range))
            return []
        }
        var owned: [(field: String, range: SourceRange)] = []
        for pair in node.pairs {
            guard let key = pair.key.text else { continue }
            guard key == "owned-elsewhere" else {
                unknownKey(pair.key, key, among: ["owned-elsewhere"])
                continue
            }
            guard pair.value.isSequence else {
                problems.append(("owned-elsewhere is a list of 'Kind:field.path' entries", pair.value.range))
                continue
            }
            for element in pair.value.elements {
                if let text = element.text { owned.append((text, element.range)) } else {
                    problems.append(("owned-elsewhere holds 'Kind:field.path' strings", element.range))
                }
            }
        }
        return owned
    }

    private mutating func unknownKey(_ node: YAMLNode, _ key: String, among keys: [String]) {
        let hint = Suggestion.closest(to: key, in: keys).map { "; did you mean '\($0)'?" } ?? " (known: \(keys.joined(separator: ", ")))"
        problems.append(("unknown setting '\(key)'\(hint)", node.range))
    }
}
