import BerthLint

/// Descriptions of the problems berth finds in its own settings: suppression comments and rule names in
/// `.berth.yaml`. They are findings like any other, so a team that does not want reasons on suppressions
/// ignores BERTH001 as it would any rule.
enum PolicyRules {
    static let all: [PolicyProblem: RuleDescription] = [
        .missingReason: missingReason, .unusedSuppression: unused, .expiredSuppression: expired,
        .unknownRule: unknownRule, .malformedSuppression: malformed,
    ]

    private static let helpURI = BerthVersion.homepage + "#suppressions"

    /// A task definition whose image has the tag latest (ECS124), with `comment` on the line above the image.
    private static func taskDefinition(comment: String) -> String {
        """
        kind: TaskDefinition
        family: web
        requiresCompatibilities: [EC2]
        taskRoleArn: arn:aws:iam::123456789012:role/web
        containerDefinitions:
          - name: web
            \(comment)
            image: nginx:latest
            memory: 256
        """
    }

    static let missingReason = RuleDescription(
        id: "BERTH001", name: "suppression-without-reason",
        summary: "A suppression comment without a reason",
        rationale: "A silenced finding is a decision someone will revisit; the reason after `--` tells them whether it still holds. Teams that do not want reasons ignore this rule in .berth.yaml.",
        helpURI: helpURI,
        severity: .warning, category: .correctness,
        triggering: [taskDefinition(comment: "↓# berth:disable-next-line ECS124")],
        nonTriggering: [taskDefinition(comment: "# berth:disable-next-line ECS124 -- rebuilt nightly, pinned by digest at deploy")])

    static let unused = RuleDescription(
        id: "BERTH002", name: "unused-suppression",
        summary: "A suppression comment that silences no finding",
        rationale: "A suppression outlives the finding it was written for once the spec is fixed; left in place it would silence the next, unrelated finding of that rule on the line. Rules turned off by the configuration are not reported.",
        helpURI: helpURI,
        severity: .warning, category: .correctness,
        triggering: [taskDefinition(comment: "# berth:disable-next-line ECS124, ↓ECS127 -- rebuilt nightly")],
        nonTriggering: [taskDefinition(comment: "# berth:disable-next-line ECS124 -- rebuilt nightly")])

    static let expired = RuleDescription(
        id: "BERTH003", name: "expired-suppression",
        summary: "A suppression comment past its until= date",
        rationale: "`until=YYYY-MM-DD` makes a suppression temporary: after that day (UTC) it silences nothing, its findings are reported again, and this warning points at the comment to fix or renew.",
        helpURI: helpURI,
        severity: .warning, category: .correctness,
        triggering: [taskDefinition(comment: "# berth:disable-next-line ECS124 ↓until=2020-01-31 -- until the base image is pinned")],
        nonTriggering: [taskDefinition(comment: "# berth:disable-next-line ECS124 until=2999-12-31 -- until the base image is pinned")])

    static let unknownRule = RuleDescription(
        id: "BERTH004", name: "unknown-rule",
        summary: "A suppression comment naming no rule",
        rationale: "A misspelt id silences nothing, silently. The nearest id or name is suggested. (In .berth.yaml and on the command line a rule name that names no rule is an error.)",
        helpURI: helpURI,
        severity: .warning, category: .correctness,
        triggering: [taskDefinition(comment: "# berth:disable-next-line ECS124, ↓ECS1240 -- rebuilt nightly")],
        nonTriggering: [taskDefinition(comment: "# berth:disable-next-line image-latest-tag -- rebuilt nightly")])

    static let malformed = RuleDescription(
        id: "BERTH005", name: "malformed-suppression",
        summary: "A berth: comment that berth cannot read",
        rationale: "A comment addressed to berth with a misspelt action, no rules, a date that is not YYYY-MM-DD, or an enable with no disable above it does not do what its author meant.",
        helpURI: helpURI,
        severity: .warning, category: .correctness,
        triggering: [taskDefinition(comment: "# berth:↓disable-nextline ECS124 -- rebuilt nightly")],
        nonTriggering: [taskDefinition(comment: "# berth:disable-next-line ECS124 -- rebuilt nightly")])
}
