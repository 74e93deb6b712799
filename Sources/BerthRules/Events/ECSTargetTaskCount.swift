import BerthLint
import BerthSpecs
import BerthYAML

/// ECS starts at most 10 tasks per RunTask call, but the EventBridge rules API accepts any TaskCount.
struct ECSTargetTaskCount: Rule {
    static let kinds: Set<ResourceKind> = [.eventRule]

    static let description = RuleDescription(
        id: "ECS505", name: "ecs-target-task-count",
        summary: "An EventBridge rule's ECS target that asks for more than 10 tasks",
        rationale: """
        EcsParameters.TaskCount is the number of tasks each invocation starts (default 1). ECS RunTask starts at most 10 \
        tasks per call; the EventBridge rules API sets no maximum, so a larger count is accepted when the rule is created \
        and may fail or be capped when it fires (EventBridge Scheduler rejects it: its TaskCount is 1 to 10). Counts \
        below 1 are rejected by both APIs and reported as out of range.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html#ECS-RunTask-request-count",
        severity: .warning, category: .reliability,
        triggering: [
            """
            kind: EventRule
            Name: fan-out
            ScheduleExpression: rate(15 minutes)
            Targets:
              - Id: workers
                Arn: arn:aws:ecs:us-east-1:123456789012:cluster/prod
                RoleArn: arn:aws:iam::123456789012:role/ecsEventsRole
                EcsParameters:
                  TaskDefinitionArn: arn:aws:ecs:us-east-1:123456789012:task-definition/worker:12
                  LaunchType: EC2
                  TaskCount: ↓25
            """,
            """
            kind: EventRule
            Name: on-upload
            EventPattern: '{"source": ["aws.s3"], "detail-type": ["Object Created"]}'
            Targets:
              - Id: ingest
                Arn: arn:aws:ecs:us-east-1:123456789012:cluster/prod
                RoleArn: arn:aws:iam::123456789012:role/ecsEventsRole
                EcsParameters: {TaskDefinitionArn: "arn:aws:ecs:us-east-1:123456789012:task-definition/ingest:3", TaskCount: ↓11}
            """,
        ],
        nonTriggering: [
            """
            kind: EventRule
            Name: fan-out
            ScheduleExpression: rate(15 minutes)
            Targets:
              - Id: workers
                Arn: arn:aws:ecs:us-east-1:123456789012:cluster/prod
                RoleArn: arn:aws:iam::123456789012:role/ecsEventsRole
                EcsParameters:
                  TaskDefinitionArn: arn:aws:ecs:us-east-1:123456789012:task-definition/worker:12
                  LaunchType: EC2
                  TaskCount: 10
            """,
            """
            kind: EventRule
            Name: fan-out
            ScheduleExpression: rate(15 minutes)
            Targets:
              - Id: workers
                Arn: arn:aws:ecs:us-east-1:123456789012:cluster/prod
                RoleArn: arn:aws:iam::123456789012:role/ecsEventsRole
                EcsParameters:
                  TaskDefinitionArn: arn:aws:ecs:us-east-1:123456789012:task-definition/worker:12
                  TaskCount: ${WORKER_COUNT}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        for target in ECSTargetView.targets(of: resource) {
            guard let node = target.taskCount, let count = node.int, count > 10 else { continue }
            findings.add("\(target.label) asks for \(count) tasks per invocation, but ECS RunTask starts at most 10 per call: use 10 or fewer, or split it into several targets",
                         at: node)
        }
    }
}
