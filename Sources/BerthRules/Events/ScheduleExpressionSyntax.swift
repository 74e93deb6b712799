import BerthLint
import BerthSpecs
import BerthYAML

/// The APIs check schedule expressions only when the resource is created; berth checks them in review.
struct ScheduleExpressionSyntax: Rule {
    static let kinds: Set<ResourceKind> = [.eventRule, .schedule, .scheduledAction]

    static let description = RuleDescription(
        id: "ECS506", name: "schedule-expression",
        summary: "A schedule expression that the API rejects",
        rationale: """
        EventBridge rules take rate(value unit) or cron(fields) in ScheduleExpression; EventBridge Scheduler schedules \
        (ScheduleExpression) and Application Auto Scaling scheduled actions (Schedule) also take at(yyyy-mm-ddThh:mm:ss) \
        for one run. A rate's value is a positive integer and its unit minute(s), hour(s) or day(s). A cron expression has \
        six fields: minutes 0-59, hours 0-23, day-of-month 1-31, month 1-12 or JAN-DEC, day-of-week 1-7 or SUN-SAT, year \
        1970-2199, each with its own wildcards (, - * / everywhere but day-of-week, which takes , - * ? L #; ? L W in \
        day-of-month); exactly one of day-of-month and day-of-week must be ?, and day-of-week holds at most one # \
        expression. A rule also needs a ScheduleExpression or an EventPattern. A rate whose unit does not agree with \
        its value, as in rate(1 minutes), gets a warning: AWS documents the singular for 1 and the plural otherwise.
        """,
        helpURI: "https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: EventRule
            Name: nightly-report
            ScheduleExpression: ↓cron(0 3 * * *)
            """,
            """
            kind: EventRule
            Name: ↓orphan
            Description: neither a schedule nor an event pattern
            """,
            """
            kind: EventRule
            Name: one-off
            ScheduleExpression: ↓at(2026-12-31T23:00:00)
            """,
            """
            kind: Schedule
            Name: weekdays
            ScheduleExpression: ↓cron(0 9 * * MON-FRI *)
            FlexibleTimeWindow: {Mode: "OFF"}
            Target: {Arn: "arn:aws:sqs:us-east-1:123456789012:jobs", RoleArn: "arn:aws:iam::123456789012:role/scheduler"}
            """,
            """
            kind: ScheduledAction
            ServiceNamespace: ecs
            ScheduledActionName: scale-up
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            Schedule: ↓rate(1 minutes)
            ScalableTargetAction: {MinCapacity: 4}
            """,
        ],
        nonTriggering: [
            """
            kind: EventRule
            Name: nightly-report
            ScheduleExpression: cron(0/15 8-17 ? * MON-FRI *)
            """,
            """
            kind: Schedule
            Name: launch-day
            ScheduleExpression: at(2026-12-31T23:00:00)
            ScheduleExpressionTimezone: Europe/Paris
            FlexibleTimeWindow: {Mode: "OFF"}
            Target: {Arn: "arn:aws:sqs:us-east-1:123456789012:jobs", RoleArn: "arn:aws:iam::123456789012:role/scheduler"}
            """,
            """
            kind: ScheduledAction
            ServiceNamespace: ecs
            ScheduledActionName: scale-up
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            Schedule: ${SCALE_UP_SCHEDULE}
            ScalableTargetAction: {MinCapacity: 4}
            """,
            """
            kind: EventRule
            Name: on-upload
            EventPattern: '{"source": ["aws.ecs"], "detail-type": ["ECS Task State Change"]}'
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        let field = resource.kind == .scheduledAction ? "Schedule" : "ScheduleExpression"
        let node = resource.body[field]
        if resource.kind == .eventRule, !Self.isSet(node), !Self.isSet(resource.body["EventPattern"]) {
            findings.add("\(resource.label) has neither ScheduleExpression nor EventPattern; PutRule needs at least one", at: resource.anchor)
        }
        guard let node, let text = node.knownString, !text.isEmpty else { return }
        switch ScheduleExpression.parse(text, allowingAt: resource.kind != .eventRule) {
        case .failure(let problem):
            findings.add("\(resource.label) has an invalid \(field) '\(text)': \(problem.message)", at: node)
        case .success(.rate(let rate)) where !rate.unitAgreesWithValue:
            let unit = rate.value == 1 ? rate.unit.rawValue : rate.unit.rawValue + "s"
            findings.add("\(resource.label) has \(field) '\(text)'; AWS documents the unit as singular for 1 and plural otherwise: write rate(\(rate.value) \(unit))",
                         at: node, severity: .warning)
        case .success:
            break
        }
    }

    private static func isSet(_ node: YAMLNode?) -> Bool {
        guard let node, !node.isNull else { return false }
        return node.isOpaque || node.string.map { !$0.isEmpty } ?? true
    }
}
