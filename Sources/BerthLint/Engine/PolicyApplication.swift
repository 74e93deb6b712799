import BerthSpecs

extension Linter {
    /// The policy over the raw findings: rules turned off or ignored for a path drop out, severities are
    /// overridden, suppression comments silence single findings, and the policy's own problems join them.
    func applyPolicy(to diagnostics: [Diagnostic], files: [SpecFile], severities: [String: Severity]) -> [Diagnostic] {
        let policy = policy
        let ruleSet = ruleSet
        @Sendable func active(_ rule: RuleDescription, _ path: String) -> Bool {
            severities[rule.id] != nil && !policy.ignores(rule, atPath: path)
        }
        var byPath: [String: [Diagnostic]] = [:]
        for var diagnostic in diagnostics {
            guard let severity = severities[diagnostic.ruleID],
                  let rule = ruleSet.description(for: diagnostic.ruleID),
                  !policy.ignores(rule, atPath: diagnostic.location.path) else { continue }
            // A finding that a rule gives a severity other than its default keeps it unless overridden.
            if severity != rule.severity || diagnostic.severity == rule.severity { diagnostic.severity = severity }
            byPath[diagnostic.location.path, default: []].append(diagnostic)
        }
        var findings = policy.findings
        if policy.honoursSuppressions {
            let grouped = byPath
            let results: [(path: String, kept: [Diagnostic], findings: [PolicyFinding])?] = parallelMap(files) { file in
                guard var suppressions = FileSuppressions(file: file.yaml, path: file.path) else { return nil }
                let (kept, found) = suppressions.apply(
                    to: grouped[file.path] ?? [], rules: ruleSet.descriptions, today: policy.today,
                    rule: { ruleSet.description(for: $0) }, isActive: { active($0, file.path) })
                return (file.path, kept, found)
            }
            for case let (path, kept, found)? in results {
                byPath[path] = kept
                findings += found
            }
        }
        var result = byPath.values.flatMap { $0 }
        for finding in findings {
            guard let rule = ruleSet.policy[finding.problem], let severity = severities[rule.id],
                  !policy.ignores(rule, atPath: finding.location.path) else { continue }
            result.append(Diagnostic(rule: rule, severity: severity, message: finding.message, location: finding.location))
        }
        return result
    }
}
