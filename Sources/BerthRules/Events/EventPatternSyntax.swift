import BerthLint
import BerthSpecs

/// PutRule rejects an EventPattern that is not a JSON object of non-empty arrays and objects.
struct EventPatternSyntax: Rule {
    static let kinds: Set<ResourceKind> = [.eventRule]

    static let description = RuleDescription(
        id: "ECS509", name: "event-pattern-syntax",
        summary: "An EventBridge rule's EventPattern that PutRule rejects",
        rationale: """
        An event pattern is a JSON object whose values are non-empty arrays of values or nested objects ("source": \
        ["aws.ecs"], not "source": "aws.ecs"). PutRule refuses text that is not JSON — single-quoted strings, bare \
        words, YAML block syntax written inside the string — and patterns with a bare value or an empty array, so the \
        rule is never created.
        """,
        helpURI: "https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: EventRule
            Name: on-upload
            EventPattern: ↓'{"source": "aws.s3", "detail-type": ["Object Created"]}'
            """,
            """
            kind: EventRule
            Name: on-upload
            EventPattern: ↓"{source: ['aws.s3']}"
            """,
            """
            kind: EventRule
            Name: stopped
            EventPattern: ↓'{"source": ["aws.ecs"], "detail": {"lastStatus": []}}'
            """,
        ],
        nonTriggering: [
            """
            kind: EventRule
            Name: service-tasks
            EventPattern: '{"source": ["aws.ecs"], "detail": {"group": [{"prefix": "service:"}], "stopCode": [{"anything-but": "UserInitiated"}]}}'
            """,
            """
            kind: EventRule
            Name: per-environment
            EventPattern: |
              {"source": ["${EVENT_SOURCE}"], "detail-type": ["ECS Deployment State Change"]}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard case .invalid(let problem) = EventPatternText.read(resource), let node = resource.body["EventPattern"] else { return }
        findings.add("\(resource.label) has an EventPattern that \(problem); PutRule rejects it", at: node)
    }
}
