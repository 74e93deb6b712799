import ArgumentParser
import BerthLint
import BerthRules
import BerthSpecs

/// The settings `lint` and `plan` share: which configuration file, and the command-line layer over it.
struct PolicyOptions: ParsableArguments {
    @Option(help: "Configuration file (default: the nearest .berth.yaml at or above the working directory).")
    var config: String?

    @Flag(help: "Ignore any .berth.yaml.")
    var noConfig = false

    @Option(parsing: .singleValue, help: "Run only these rules: ids, id prefixes (ECS2), names or ALL; comma-separated, repeatable.")
    var select: [String] = []

    @Option(parsing: .singleValue, help: "Do not run these rules (same forms as --select).")
    var ignore: [String] = []

    @Option(parsing: .singleValue, help: "Override a rule's severity: RULE=error|warning|info|off (repeatable).")
    var severity: [String] = []

    @Flag(help: "Report findings that # berth:disable comments would silence.")
    var noSuppressions = false

    @Option(help: "The AWS account the specs deploy to, for rules that compare accounts (overrides .berth.yaml).")
    var accountId: String?

    @Option(help: "The AWS Region the specs deploy to, for rules that compare Regions (overrides .berth.yaml).")
    var region: String?

    func validate() throws {
        if noConfig && config != nil { throw ValidationError("give --config or --no-config, not both") }
        _ = try commandLineLayer()
        if let accountId, !ProjectDefaults.isAccountID(accountId) { throw ValidationError("--account-id is 12 digits") }
        if let region, !ProjectDefaults.isRegion(region) { throw ValidationError("--region '\(region)' is not an AWS Region code such as us-east-1") }
    }

    /// The command-line layer: the last word, over the configuration file. A pattern that names no rule is a
    /// usage error: a typo in `--select` would otherwise turn every rule off and report no problems.
    func commandLineLayer() throws -> LintPolicy.Layer {
        func pattern(_ text: String, _ option: String) throws -> RulePattern {
            let pattern = RulePattern(text)
            if let message = pattern.unknownMessage(in: RuleSet.builtin.descriptions) {
                throw ValidationError("\(option) \(message)")
            }
            return pattern
        }
        func split(_ values: [String], _ option: String) throws -> [RulePattern] {
            try values.flatMap { $0.split(separator: ",") }.map { try pattern(String($0.filter { $0 != " " }), option) }
        }
        var layer = LintPolicy.Layer(select: select.isEmpty ? nil : try split(select, "--select"),
                                     ignore: try split(ignore, "--ignore"))
        for entry in severity {
            let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let level = LintPolicy.level(named: parts[1]) else {
                throw ValidationError("--severity '\(entry)' is not RULE=\(LintPolicy.levelNames.joined(separator: "|"))")
            }
            layer.severities.append((try pattern(parts[0], "--severity"), level))
        }
        return layer
    }

    /// The configuration that applies, if any; an invalid one stops berth with `invalidStatus` (lint: 2, plan: 1).
    func loadConfiguration(workingDirectory: String, invalidStatus: Int32) throws -> Configuration? {
        guard !noConfig, let path = config ?? Configuration.find(from: workingDirectory) else { return nil }
        switch Configuration.load(path: path, workingDirectory: workingDirectory, rules: RuleSet.builtin.descriptions) {
        case .success(let configuration): return configuration
        case .failure(let invalid):
            Terminal.error(invalid.rendered)
            Terminal.error("berth: invalid configuration \(path)\n")
            throw ExitCode(invalidStatus)
        }
    }

    /// Defaults < configuration file < inline comments < command line.
    func policy(configuration: Configuration?, workingDirectory: String) throws -> LintPolicy {
        var defaults = configuration?.defaults ?? ProjectDefaults()
        if let accountId { defaults.accountID = accountId }
        if let region { defaults.region = region }
        var policy = LintPolicy(
            layers: (configuration.map { [$0.layer] } ?? []) + [try commandLineLayer()],
            pathIgnores: configuration?.pathIgnores ?? [], honoursSuppressions: !noSuppressions,
            defaults: defaults, workingDirectory: workingDirectory)
        if let configuration { policy.sources = [configuration.path: configuration.text] }
        return policy
    }
}
