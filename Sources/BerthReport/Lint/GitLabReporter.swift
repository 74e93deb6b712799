import BerthLint

/// GitLab Code Quality: a JSON array of issues that GitLab shows in merge requests.
/// https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format
public enum GitLabReporter {
    public static func render(_ report: LintReport) -> String {
        // GitLab drops issues whose fingerprints repeat: a second finding with the same key gets a suffix.
        var seen: [String: Int] = [:]
        let issues: [JSONWriter.Value] = report.result.diagnostics.map { diagnostic in
            let base = report.fingerprint(diagnostic)
            let count = seen[base, default: 0]
            seen[base] = count + 1
            let range = diagnostic.location.range
            return .object([
                ("description", .string(diagnostic.message)),
                ("check_name", .string("\(diagnostic.ruleID) \(diagnostic.ruleName)")),
                ("fingerprint", .string(count == 0 ? base : "\(base)-\(count)")),
                ("severity", .string(severity(diagnostic.severity))),
                ("location", .object([
                    ("path", .string(report.repositoryPath(diagnostic.location.path))),
                    ("lines", .object([("begin", .int(range.start.line)), ("end", .int(range.end.line))])),
                ])),
            ])
        }
        return JSONWriter.render(.array(issues))
    }

    /// GitLab's scale is info, minor, major, critical, blocker: an error stops a deploy or a task (major), a
    /// warning is a risk (minor), an info is advice.
    private static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "major"
        case .warning: "minor"
        case .info: "info"
        }
    }
}
