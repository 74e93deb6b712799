import BerthLint
import BerthSpecs
import BerthYAML

/// EventBridge starts an awsvpc task with the subnets its target gives; without them RunTask fails at every
/// invocation, and with them a task in another network mode fails too.
struct ECSTargetNetworkConfiguration: Rule {
    static let kinds: Set<ResourceKind> = [.eventRule, .schedule]

    static let description = RuleDescription(
        id: "ECS502", name: "ecs-target-network-configuration",
        summary: "An ECS target without the network configuration its task needs, or with one it must not have",
        rationale: """
        A task in the awsvpc network mode, which every Fargate task is, gets its own network interface, so RunTask needs \
        EcsParameters.NetworkConfiguration.awsvpcConfiguration with its Subnets (and usually SecurityGroups); the \
        EventBridge API model makes it required with LaunchType FARGATE, and a Fargate capacity provider means the same. \
        The same model states that a NetworkConfiguration for a task that does not use awsvpc makes the task fail. \
        Either way the rule or schedule is accepted and the task fails each time it fires.
        """,
        helpURI: "https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_EcsParameters.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: Schedule
            Name: nightly-report
            ScheduleExpression: cron(0 3 * * ? *)
            FlexibleTimeWindow: {Mode: "OFF"}
            Target:
              Arn: arn:aws:ecs:us-east-1:123456789012:cluster/prod
              RoleArn: arn:aws:iam::123456789012:role/scheduler-ecs
              EcsParameters:
                TaskDefinitionArn: arn:aws:ecs:us-east-1:123456789012:task-definition/report:3
                LaunchType: ↓FARGATE
            """,
            """
            kind: TaskDefinition
            family: report
            networkMode: awsvpc
            taskRoleArn: arn:aws:iam::123456789012:role/report
            containerDefinitions: [{name: report, image: "nginx:1.27", memory: 512}]
            ---
            kind: EventRule
            Name: nightly-report
            ScheduleExpression: cron(0 3 * * ? *)
            Targets:
              - Id: report
                Arn: arn:aws:ecs:us-east-1:123456789012:cluster/prod
                RoleArn: arn:aws:iam::123456789012:role/ecsEventsRole
                EcsParameters:
                  TaskDefinitionArn: ↓report
                  LaunchType: EC2
            """,
            """
            kind: TaskDefinition
            family: worker
            taskRoleArn: arn:aws:iam::123456789012:role/worker
            containerDefinitions: [{name: worker, image: "nginx:1.27", memory: 512}]
            ---
            kind: EventRule
            Name: hourly-worker
            ScheduleExpression: rate(1 hour)
            Targets:
              - Id: worker
                Arn: arn:aws:ecs:us-east-1:123456789012:cluster/prod
                RoleArn: arn:aws:iam::123456789012:role/ecsEventsRole
                EcsParameters:
                  TaskDefinitionArn: worker
                  ↓NetworkConfiguration: {awsvpcConfiguration: {Subnets: [subnet-0a1b2c3d]}}
            """,
        ],
        nonTriggering: [
            """
            kind: Schedule
            Name: nightly-report
            ScheduleExpression: cron(0 3 * * ? *)
            FlexibleTimeWindow: {Mode: "OFF"}
            Target:
              Arn: arn:aws:ecs:us-east-1:123456789012:cluster/prod
              RoleArn: arn:aws:iam::123456789012:role/scheduler-ecs
              EcsParameters:
                TaskDefinitionArn: arn:aws:ecs:us-east-1:123456789012:task-definition/report:3
                CapacityProviderStrategy: [{capacityProvider: FARGATE_SPOT, weight: 1}]
                NetworkConfiguration:
                  awsvpcConfiguration: {Subnets: [subnet-0a1b2c3d, subnet-4e5f6a7b], SecurityGroups: [sg-0123456789abcdef0]}
            """,
            """
            kind: TaskDefinition
            family: worker
            taskRoleArn: arn:aws:iam::123456789012:role/worker
            containerDefinitions: [{name: worker, image: "nginx:1.27", memory: 512}]
            ---
            kind: EventRule
            Name: hourly-worker
            ScheduleExpression: rate(1 hour)
            Targets:
              - Id: worker
                Arn: arn:aws:ecs:us-east-1:123456789012:cluster/prod
                RoleArn: arn:aws:iam::123456789012:role/ecsEventsRole
                EcsParameters: {TaskDefinitionArn: worker, LaunchType: EC2}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        for target in ECSTargetView.targets(of: resource) {
            if target.networkConfiguration?.value.isOpaque == true { continue }
            let taskDefinition = target.taskDefinition(in: project)
            let mode = taskDefinition.flatMap { TaskDefinitionView($0).effectiveNetworkMode }
            if let taskDefinition, mode == "awsvpc" {
                guard target.awsvpcConfiguration == nil else { continue }
                findings.add("\(target.label) needs NetworkConfiguration.awsvpcConfiguration with Subnets: its task definition '\(taskDefinition.name ?? "")' uses networkMode awsvpc",
                             at: target.networkConfiguration?.key ?? target.taskDefinitionArn ?? target.anchor,
                             notes: [Note("networkMode awsvpc", at: taskDefinition.body["networkMode"] ?? taskDefinition.anchor, in: taskDefinition)])
            } else if let fargate = target.fargate, taskDefinition == nil {
                // With the task definition known and not awsvpc, running it on Fargate is ECS504's mistake.
                guard target.awsvpcConfiguration == nil else { continue }
                findings.add("\(target.label) needs NetworkConfiguration.awsvpcConfiguration with Subnets: it runs on Fargate ('\(fargate.text ?? "")'), where every task uses networkMode awsvpc",
                             at: target.networkConfiguration?.key ?? fargate)
            } else if let taskDefinition, let mode, let configuration = target.networkConfiguration, !configuration.value.isNull {
                findings.add("\(target.label) sets NetworkConfiguration, but its task definition '\(taskDefinition.name ?? "")' uses networkMode '\(mode)'; the task fails to start: remove it, or use awsvpc",
                             at: configuration.key,
                             notes: [Note("networkMode \(mode)", at: taskDefinition.body["networkMode"] ?? taskDefinition.anchor, in: taskDefinition)])
            }
        }
    }
}
