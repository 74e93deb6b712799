import BerthLint
import BerthSpecs
import BerthYAML

/// EventBridge calls ecs:RunTask as the target's role; without one it has no permission, and every run fails.
struct ECSTargetRole: Rule {
    static let kinds: Set<ResourceKind> = [.eventRule]

    static let description = RuleDescription(
        id: "ECS503", name: "ecs-target-role",
        summary: "An EventBridge rule's ECS target without RoleArn",
        rationale: """
        To start a task, EventBridge assumes the target's RoleArn: a role trusting events.amazonaws.com that may call \
        ecs:RunTask and iam:PassRole for the task's roles (the managed policy AmazonEC2ContainerServiceEventsRole grants \
        both). The API model marks RoleArn optional because other target types need none, but an ECS target without it \
        fails at every invocation. (EventBridge Scheduler requires its target's RoleArn already.)
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/CWE_IAM_role.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: EventRule
            Name: nightly-report
            ScheduleExpression: cron(0 3 * * ? *)
            Targets:
              - Id: report
                Arn: arn:aws:ecs:us-east-1:123456789012:cluster/prod
                ↓EcsParameters: {TaskDefinitionArn: "arn:aws:ecs:us-east-1:123456789012:task-definition/report:3", LaunchType: EC2}
            """,
            """
            kind: EventRule
            Name: on-upload
            EventPattern: '{"source": ["aws.s3"], "detail-type": ["Object Created"]}'
            RoleArn: arn:aws:iam::123456789012:role/rule-role
            Targets:
              - Id: notify
                Arn: arn:aws:sns:us-east-1:123456789012:uploads
              - Id: ingest
                Arn: arn:aws:ecs:us-east-1:123456789012:cluster/prod
                ↓EcsParameters:
                  TaskDefinitionArn: arn:aws:ecs:us-east-1:123456789012:task-definition/ingest
            """,
        ],
        nonTriggering: [
            """
            kind: EventRule
            Name: nightly-report
            ScheduleExpression: cron(0 3 * * ? *)
            Targets:
              - Id: report
                Arn: arn:aws:ecs:us-east-1:123456789012:cluster/prod
                RoleArn: ${EVENTS_ROLE_ARN}
                EcsParameters: {TaskDefinitionArn: "arn:aws:ecs:us-east-1:123456789012:task-definition/report:3", LaunchType: EC2}
            """,
            """
            kind: EventRule
            Name: on-upload
            EventPattern: '{"source": ["aws.s3"], "detail-type": ["Object Created"]}'
            Targets:
              - Id: notify
                Arn: arn:aws:sns:us-east-1:123456789012:uploads
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        for target in ECSTargetView.targets(of: resource) {
            if let role = target.role, !role.isNull { continue }
            findings.add("\(target.label) has no RoleArn; EventBridge needs a role with ecs:RunTask and iam:PassRole (such as ecsEventsRole) to start the task",
                         at: target.anchor)
        }
    }
}
