import BerthLint
import BerthSpecs
import BerthYAML

/// Where an ECS target's task runs decides which of its parameters are allowed; contradictions make every
/// invocation fail.
struct ECSTargetLaunch: Rule {
    static let kinds: Set<ResourceKind> = [.eventRule, .schedule]

    static let description = RuleDescription(
        id: "ECS504", name: "ecs-target-launch",
        summary: "An ECS target whose launch settings contradict each other or its task definition",
        rationale: """
        In EcsParameters, LaunchType and CapacityProviderStrategy are mutually exclusive. AssignPublicIp ENABLED is \
        allowed only when LaunchType is FARGATE (an error with EC2 or EXTERNAL, a warning when LaunchType is unset and \
        no Fargate capacity provider is named). PlatformVersion is used only for Fargate (a warning: it is ignored). \
        Running on Fargate, by LaunchType or a FARGATE/FARGATE_SPOT capacity provider, needs a task definition \
        registered for Fargate: requiresCompatibilities must list FARGATE (it defaults to EC2), or RunTask fails with \
        "Task definition does not support launch_type FARGATE". A definition registered for Fargate also runs on EC2.
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
                LaunchType: ↓EC2
                CapacityProviderStrategy: [{capacityProvider: spot-fleet, weight: 1}]
                ↓PlatformVersion: 1.4.0
                NetworkConfiguration:
                  awsvpcConfiguration: {Subnets: [subnet-0a1b2c3d], AssignPublicIp: ↓ENABLED}
            """,
            """
            kind: TaskDefinition
            family: report
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
                  TaskDefinitionArn: report
                  LaunchType: ↓FARGATE
                  NetworkConfiguration: {awsvpcConfiguration: {Subnets: [subnet-0a1b2c3d]}}
              - Id: report-public
                Arn: arn:aws:ecs:us-east-1:123456789012:cluster/prod
                RoleArn: arn:aws:iam::123456789012:role/ecsEventsRole
                EcsParameters:
                  TaskDefinitionArn: arn:aws:ecs:us-east-1:123456789012:task-definition/public:2
                  NetworkConfiguration: {awsvpcConfiguration: {Subnets: [subnet-0a1b2c3d], AssignPublicIp: ↓ENABLED}}
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
                  TaskDefinitionArn: report
                  LaunchType: FARGATE
                  PlatformVersion: 1.4.0
                  NetworkConfiguration: {awsvpcConfiguration: {Subnets: [subnet-0a1b2c3d], AssignPublicIp: ENABLED}}
              - Id: report-on-ec2
                Arn: arn:aws:ecs:us-east-1:123456789012:cluster/prod
                RoleArn: arn:aws:iam::123456789012:role/ecsEventsRole
                EcsParameters:
                  TaskDefinitionArn: report
                  LaunchType: EC2
                  NetworkConfiguration: {awsvpcConfiguration: {Subnets: [subnet-0a1b2c3d]}}
            """,
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
                PlatformVersion: LATEST
                NetworkConfiguration: {awsvpcConfiguration: {Subnets: [subnet-0a1b2c3d], AssignPublicIp: ENABLED}}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        for target in ECSTargetView.targets(of: resource) {
            let launchType = target.launchType?.knownString
            if let node = target.launchType, !node.isNull, !target.capacityProviders.isEmpty {
                findings.add("\(target.label) sets both LaunchType and CapacityProviderStrategy, which exclude each other: keep one",
                             at: node)
            }
            if let assign = target.awsvpcConfiguration?["AssignPublicIp"], assign.knownString == "ENABLED" {
                if let launchType, launchType != "FARGATE" {
                    findings.add("\(target.label) sets AssignPublicIp ENABLED, which is allowed only with LaunchType FARGATE, not '\(launchType)': remove it",
                                 at: assign)
                } else if target.launchType == nil, target.fargate == nil {
                    findings.add("\(target.label) sets AssignPublicIp ENABLED without LaunchType; it is allowed only with LaunchType FARGATE: set LaunchType FARGATE",
                                 at: assign, severity: .warning)
                }
            }
            if let version = target.platformVersion, let launchType, launchType != "FARGATE" {
                findings.add("\(target.label) sets PlatformVersion, which only Fargate uses; with LaunchType '\(launchType)' it is ignored: remove it",
                             at: version.key, severity: .warning)
            }
            if let fargate = target.fargate, let taskDefinition = target.taskDefinition(in: project),
               let declared = Self.compatibilities(of: taskDefinition), !declared.contains("FARGATE") {
                let note = taskDefinition.body["requiresCompatibilities"].map { Note("requiresCompatibilities without FARGATE", at: $0, in: taskDefinition) }
                    ?? Note("no requiresCompatibilities, so registered for EC2", at: taskDefinition.anchor, in: taskDefinition)
                findings.add("\(target.label) runs task definition '\(taskDefinition.name ?? "")' on Fargate, but it is registered for \(declared.joined(separator: ", ")) only; RunTask fails: add FARGATE to its requiresCompatibilities",
                             at: fargate, notes: [note])
            }
        }
    }

    /// The launch types a task definition is registered for (EC2 when requiresCompatibilities is absent);
    /// nil when a placeholder hides them. Describe output also lists what ECS validated in `compatibilities`.
    private static func compatibilities(of taskDefinition: Resource) -> [String]? {
        let nodes = ["requiresCompatibilities", "compatibilities"].compactMap { taskDefinition.body[$0] }
        if nodes.contains(where: \.isOpaque) { return nil }
        let values = nodes.flatMap(\.elements).map(\.knownString)
        if values.contains(nil) { return nil }
        return values.isEmpty ? ["EC2"] : Array(Set(values.compactMap { $0 })).sorted()
    }
}
