import BerthLint
import BerthSpecs
import BerthYAML

/// A daemon runs one task on every container instance, which Fargate does not have and which blue/green or
/// external deployments cannot manage.
struct DaemonSchedulingUnsupported: Rule {
    static let kinds: Set<ResourceKind> = [.service]

    static let description = RuleDescription(
        id: "ECS204", name: "daemon-scheduling-unsupported",
        summary: "The DAEMON scheduling strategy on Fargate or with the CODE_DEPLOY or EXTERNAL deployment controller",
        rationale: """
        The DAEMON scheduling strategy places exactly one task on each active container instance of the cluster. \
        Tasks on Fargate, and services that use the CODE_DEPLOY or EXTERNAL deployment controller, do not support it; \
        CreateService rejects the combination. Use the REPLICA strategy there, or run the daemon on EC2 capacity with \
        the ECS deployment controller.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html#ECS-CreateService-request-schedulingStrategy",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: Service
            serviceName: log-router
            taskDefinition: log-router
            launchType: FARGATE
            schedulingStrategy: ↓DAEMON
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            """,
            """
            kind: Service
            serviceName: node-exporter
            taskDefinition: node-exporter
            launchType: EC2
            schedulingStrategy: ↓DAEMON
            deploymentController: {type: EXTERNAL}
            """,
        ],
        nonTriggering: [
            """
            kind: TaskDefinition
            family: node-exporter
            requiresCompatibilities: [EC2]
            networkMode: host
            taskRoleArn: arn:aws:iam::123456789012:role/node-exporter
            containerDefinitions: [{name: exporter, image: "prom/node-exporter:v1.8.2", memory: 128}]
            ---
            kind: Service
            serviceName: node-exporter
            taskDefinition: node-exporter
            launchType: EC2
            schedulingStrategy: DAEMON
            """,
            """
            kind: Service
            serviceName: log-router
            taskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/log-router:4
            schedulingStrategy: DAEMON
            deploymentController: {type: "${DEPLOYMENT_CONTROLLER}"}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        let view = ServiceView(resource)
        guard view.scheduling == .daemon, let strategy = resource.body["schedulingStrategy"] else { return }
        var unsupported: [String] = []
        var notes: [Note] = []
        if let launch = project.launch(of: resource), launch.kind == .fargate {
            unsupported.append("Fargate")
            notes.append(Note(launch))
        }
        if let controller = view.controller, controller != .ecs, let node = view.controllerNode {
            unsupported.append("the \(controller.rawValue) deployment controller")
            notes.append(Note("deployment controller \(controller.rawValue)", at: node, in: resource))
        }
        guard !unsupported.isEmpty else { return }
        let verb = unsupported.count == 1 ? "does" : "do"
        findings.add("\(resource.label) uses the DAEMON scheduling strategy, which \(unsupported.joined(separator: " and ")) \(verb) not support; use REPLICA",
                     at: strategy, notes: notes)
    }
}
