import BerthLint
import BerthSpecs
import BerthYAML

/// A scheduled or event-driven ECS task runs the task definition and cluster its target names; a typo in
/// either surfaces only when the rule fires and the task does not start.
struct ECSTargetTaskDefinition: Rule {
    static let kinds: Set<ResourceKind> = [.eventRule, .schedule]

    static let description = RuleDescription(
        id: "ECS501", name: "ecs-target-task-definition",
        summary: "An ECS target whose Arn is not a cluster ARN, or whose task definition the project does not define",
        rationale: """
        An EventBridge rule or EventBridge Scheduler schedule that runs an ECS task names the task definition in \
        EcsParameters.TaskDefinitionArn and the cluster in the target's Arn, which must be an ECS cluster ARN \
        (arn:aws:ecs:<region>:<account>:cluster/<name>); anything else is an error. A task definition given by family \
        name that the project does not define is a warning: it is likely a typo, and a task definition kept elsewhere \
        is better named by its full ARN. Full ARNs from outside the project are fine.
        """,
        helpURI: "https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_EcsParameters.html",
        severity: .warning, category: .correctness,
        triggering: [
            """
            kind: TaskDefinition
            family: report
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "256"
            memory: "512"
            taskRoleArn: arn:aws:iam::123456789012:role/report
            containerDefinitions: [{name: report, image: "nginx:1.27"}]
            ---
            kind: EventRule
            Name: nightly-report
            ScheduleExpression: cron(0 3 * * ? *)
            Targets:
              - Id: report
                Arn: ↓prod
                RoleArn: arn:aws:iam::123456789012:role/ecsEventsRole
                EcsParameters:
                  TaskDefinitionArn: ↓reports
                  LaunchType: FARGATE
                  NetworkConfiguration: {awsvpcConfiguration: {Subnets: [subnet-0a1b2c3d]}}
            """,
            """
            kind: Schedule
            Name: cleanup
            ScheduleExpression: rate(1 day)
            FlexibleTimeWindow: {Mode: "OFF"}
            Target:
              Arn: ↓arn:aws:ecs:us-east-1:123456789012:task-definition/cleanup:4
              RoleArn: arn:aws:iam::123456789012:role/scheduler-ecs
              EcsParameters:
                TaskDefinitionArn: ↓cleanup:4
                LaunchType: EC2
            """,
        ],
        nonTriggering: [
            """
            kind: TaskDefinition
            family: report
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "256"
            memory: "512"
            taskRoleArn: arn:aws:iam::123456789012:role/report
            containerDefinitions: [{name: report, image: "nginx:1.27"}]
            ---
            kind: EventRule
            Name: nightly-report
            ScheduleExpression: cron(0 3 * * ? *)
            Targets:
              - Id: report
                Arn: arn:aws:ecs:us-east-1:123456789012:cluster/prod
                RoleArn: arn:aws:iam::123456789012:role/ecsEventsRole
                EcsParameters:
                  TaskDefinitionArn: report:7
                  LaunchType: FARGATE
                  NetworkConfiguration: {awsvpcConfiguration: {Subnets: [subnet-0a1b2c3d]}}
            """,
            """
            kind: Schedule
            Name: cleanup
            ScheduleExpression: rate(1 day)
            FlexibleTimeWindow: {Mode: "OFF"}
            Target:
              Arn: ${CLUSTER_ARN}
              RoleArn: arn:aws:iam::123456789012:role/scheduler-ecs
              EcsParameters:
                TaskDefinitionArn: arn:aws:ecs:us-east-1:123456789012:task-definition/cleanup:4
                LaunchType: EC2
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        for target in ECSTargetView.targets(of: resource) {
            if let arn = target.clusterArn, let text = arn.knownString, !Self.isClusterARN(text) {
                findings.add("\(target.label) has Arn '\(text)', which is not an ECS cluster ARN; an ECS target's Arn is the cluster that runs the task (arn:aws:ecs:<region>:<account>:cluster/<name>)",
                             at: arn, severity: .error)
            }
            guard let node = target.taskDefinitionArn, let text = node.knownString, !text.hasPrefix("arn:"),
                  let family = target.family, !project.defines(.taskDefinition, named: family) else { continue }
            let hint = Suggestion.closest(to: family, in: project.names(of: .taskDefinition) ?? []).map { "did you mean '\($0)'? Otherwise " } ?? ""
            findings.add("\(target.label) runs task definition '\(text)', which the project does not define; \(hint)name it by its full task definition ARN",
                         at: node)
        }
    }

    /// `arn:<partition>:ecs:<region>:<account>:cluster/<name>`.
    private static func isClusterARN(_ text: String) -> Bool {
        let parts = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        return parts.count == 6 && parts[0] == "arn" && parts[1].hasPrefix("aws") && parts[2] == "ecs" && !parts[3].isEmpty
            && parts[4].count == 12 && parts[4].allSatisfy(\.isNumber)
            && parts[5].hasPrefix("cluster/") && parts[5].count > "cluster/".count
    }
}
