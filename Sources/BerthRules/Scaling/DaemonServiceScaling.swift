import BerthLint
import BerthSpecs
import BerthYAML

/// A daemon service runs one task per instance and has no task count for Service Auto Scaling to change.
struct DaemonServiceScaling: Rule {
    static let kinds: Set<ResourceKind> = [.scalableTarget]

    static let description = RuleDescription(
        id: "ECS404", name: "daemon-service-scaling",
        summary: "Service Auto Scaling on a DAEMON service",
        rationale: """
        The DAEMON scheduling strategy places exactly one task on each container instance that meets the placement \
        constraints; it has no desired count, and ECS documents that daemon services do not use Service Auto Scaling. \
        A scalable target on one cannot change anything. AWS does not document whether registering it is rejected, so \
        this is a warning. Scale the cluster's instances (capacity provider or Auto Scaling group) instead, or use the \
        REPLICA strategy.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html#ECS-CreateService-request-schedulingStrategy",
        severity: .warning, category: .correctness,
        triggering: [
            """
            kind: TaskDefinition
            family: log-agent
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/log-agent
            containerDefinitions: [{name: agent, image: "fluent/fluent-bit:3.0", memory: 128}]
            ---
            kind: Service
            cluster: prod
            serviceName: log-agent
            taskDefinition: log-agent
            launchType: EC2
            schedulingStrategy: DAEMON
            ---
            kind: ScalableTarget
            ServiceNamespace: ecs
            ResourceId: ↓service/prod/log-agent
            ScalableDimension: ecs:service:DesiredCount
            MinCapacity: 1
            MaxCapacity: 4
            """,
            """
            kind: Service
            cluster: prod
            serviceName: node-exporter
            taskDefinition: node-exporter
            schedulingStrategy: DAEMON
            ---
            kind: ScalableTarget
            ServiceNamespace: ecs
            ResourceId: ↓service/prod/node-exporter
            ScalableDimension: ecs:service:DesiredCount
            MinCapacity: 0
            MaxCapacity: 1
            """,
        ],
        nonTriggering: [
            """
            kind: TaskDefinition
            family: worker
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/worker
            containerDefinitions: [{name: worker, image: "nginx:1.27", memory: 256}]
            ---
            kind: Service
            cluster: prod
            serviceName: worker
            taskDefinition: worker
            launchType: EC2
            desiredCount: 2
            ---
            kind: ScalableTarget
            ServiceNamespace: ecs
            ResourceId: service/prod/worker
            ScalableDimension: ecs:service:DesiredCount
            MinCapacity: 1
            MaxCapacity: 4
            """,
            """
            kind: Service
            cluster: prod
            serviceName: log-agent
            taskDefinition: log-agent
            schedulingStrategy: ${STRATEGY}
            ---
            kind: ScalableTarget
            ServiceNamespace: ecs
            ResourceId: service/prod/log-agent
            ScalableDimension: ecs:service:DesiredCount
            MinCapacity: 1
            MaxCapacity: 4
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard ScalingView(resource).isECS, let node = resource.body["ResourceId"], let resourceID = node.knownString,
              let service = project.service(resourceID: resourceID, near: resource),
              let strategy = service.body["schedulingStrategy"], strategy.knownString == "DAEMON" else { return }
        findings.add("\(service.label) uses the DAEMON scheduling strategy, one task per instance, which Service Auto Scaling cannot scale; remove this scalable target and scale the cluster's instances instead",
                     at: node, notes: [Note("schedulingStrategy DAEMON", at: strategy, in: service)])
    }
}
