import BerthLint
import BerthSpecs
import BerthYAML

/// An awsvpc task gets an elastic network interface, and the service must say in which subnets and
/// security groups; other network modes must not.
struct AwsvpcNetworkConfiguration: Rule {
    static let kinds: Set<ResourceKind> = [.service]

    static let description = RuleDescription(
        id: "ECS202", name: "awsvpc-network-configuration",
        summary: "An awsvpc service without networkConfiguration, or a non-awsvpc service with one",
        rationale: """
        A service whose tasks use the awsvpc network mode (every Fargate service) must set \
        networkConfiguration.awsvpcConfiguration with its subnets (and usually security groups); CreateService rejects \
        it otherwise. The configuration is not valid for tasks in the bridge, host or none modes. Services with the \
        EXTERNAL deployment controller configure networking on their task sets instead.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html#ECS-CreateService-request-networkConfiguration",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "256"
            memory: "512"
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions: [{name: web, image: nginx}]
            ---
            kind: Service
            serviceName: web
            taskDefinition: ↓web
            desiredCount: 2
            """,
            """
            kind: TaskDefinition
            family: worker
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/worker
            containerDefinitions: [{name: worker, image: nginx, memory: 256}]
            ---
            kind: Service
            serviceName: worker
            taskDefinition: worker:3
            ↓networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            """,
            """
            kind: Service
            serviceName: api
            taskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/api:7
            launchType: ↓FARGATE
            """,
        ],
        nonTriggering: [
            """
            kind: Service
            serviceName: web
            taskDefinition: web
            launchType: FARGATE
            networkConfiguration:
              awsvpcConfiguration: {subnets: [subnet-0a1b2c3d, subnet-4e5f6a7b], securityGroups: [sg-0123456789abcdef0]}
            """,
            """
            kind: Service
            serviceName: blue-green
            taskDefinition: web
            launchType: FARGATE
            deploymentController: {type: EXTERNAL}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        if resource.body["deploymentController", "type"]?.knownString == "EXTERNAL" { return }
        let configuration = resource.body.pair("networkConfiguration")
        let hasAwsvpc = configuration?.value["awsvpcConfiguration"].map { !$0.isNull } ?? false
        let taskDefinition = project.taskDefinition(of: resource)
        let mode = taskDefinition.flatMap { TaskDefinitionView($0).effectiveNetworkMode }
        let launch = project.launch(of: resource)
        if mode == "awsvpc" || (mode == nil && launch?.kind == .fargate) {
            guard !hasAwsvpc else { return }
            let why: String
            var notes: [Note] = []
            let anchor: YAMLNode
            if let taskDefinition, mode == "awsvpc" {
                why = "its task definition '\(taskDefinition.name ?? "")' uses networkMode awsvpc"
                notes.append(Note("networkMode awsvpc", at: taskDefinition.body["networkMode"] ?? taskDefinition.anchor, in: taskDefinition))
                anchor = resource.body["taskDefinition"] ?? resource.anchor
            } else {
                why = "Fargate tasks use networkMode awsvpc"
                anchor = launch.map { $0.isWithin(resource) ? $0.node : resource.anchor } ?? resource.anchor
                if let launch, !launch.isWithin(resource) { notes.append(Note(launch)) }
            }
            findings.add("\(resource.label) needs networkConfiguration.awsvpcConfiguration (subnets and security groups): \(why)",
                         at: anchor, notes: notes)
        } else if let mode, let configuration, let taskDefinition, launch?.kind != .fargate {
            // On Fargate the configuration is right and the task definition's mode is wrong (ECS105 says so).
            findings.add("\(resource.label) sets networkConfiguration, which is only valid for awsvpc tasks; its task definition uses '\(mode)'",
                         at: configuration.key,
                         notes: [Note("network mode \(mode)", at: taskDefinition.body["networkMode"] ?? taskDefinition.anchor, in: taskDefinition)])
        }
    }
}
