import BerthLint
import BerthSpecs
import BerthYAML

/// A flexible time window lets EventBridge Scheduler spread invocations, and it needs its width.
struct FlexibleTimeWindow: Rule {
    static let kinds: Set<ResourceKind> = [.schedule]

    static let description = RuleDescription(
        id: "ECS507", name: "flexible-time-window",
        summary: "A schedule's FlexibleTimeWindow whose Mode and MaximumWindowInMinutes disagree",
        rationale: """
        Every EventBridge Scheduler schedule says whether it runs in a flexible time window. With Mode FLEXIBLE, the \
        Scheduler guide requires MaximumWindowInMinutes (1 to 1440): how long after the scheduled time the target may be \
        invoked. With Mode OFF the target runs at the scheduled time, and a MaximumWindowInMinutes is meaningless \
        (a warning: the guide does not say whether the API rejects it).
        """,
        helpURI: "https://docs.aws.amazon.com/scheduler/latest/UserGuide/managing-schedule-flexible-time-windows.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: Schedule
            Name: nightly-report
            ScheduleExpression: cron(0 3 * * ? *)
            FlexibleTimeWindow: {Mode: ↓FLEXIBLE}
            Target: {Arn: "arn:aws:sqs:us-east-1:123456789012:jobs", RoleArn: "arn:aws:iam::123456789012:role/scheduler"}
            """,
            """
            kind: Schedule
            Name: nightly-report
            ScheduleExpression: cron(0 3 * * ? *)
            FlexibleTimeWindow:
              Mode: "OFF"
              ↓MaximumWindowInMinutes: 15
            Target: {Arn: "arn:aws:sqs:us-east-1:123456789012:jobs", RoleArn: "arn:aws:iam::123456789012:role/scheduler"}
            """,
        ],
        nonTriggering: [
            """
            kind: Schedule
            Name: nightly-report
            ScheduleExpression: cron(0 3 * * ? *)
            FlexibleTimeWindow: {Mode: FLEXIBLE, MaximumWindowInMinutes: 15}
            Target: {Arn: "arn:aws:sqs:us-east-1:123456789012:jobs", RoleArn: "arn:aws:iam::123456789012:role/scheduler"}
            """,
            """
            kind: Schedule
            Name: nightly-report
            ScheduleExpression: cron(0 3 * * ? *)
            FlexibleTimeWindow: {Mode: "{{ .flexible_mode }}"}
            Target: {Arn: "arn:aws:sqs:us-east-1:123456789012:jobs", RoleArn: "arn:aws:iam::123456789012:role/scheduler"}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard let window = resource.body["FlexibleTimeWindow"], let mode = window["Mode"], let text = mode.knownString else { return }
        let maximum = window.pair("MaximumWindowInMinutes").flatMap { $0.value.isNull ? nil : $0 }
        if text == "FLEXIBLE", maximum == nil {
            findings.add("\(resource.label) has a FLEXIBLE time window without MaximumWindowInMinutes: set how many minutes (1 to 1440) after the scheduled time the target may run",
                         at: mode)
        } else if text == "OFF", let maximum {
            findings.add("\(resource.label) sets MaximumWindowInMinutes with Mode OFF, where it has no effect: remove it, or use Mode FLEXIBLE",
                         at: maximum.key, severity: .warning)
        }
    }
}
