import BerthLint
import BerthSpecs
import BerthYAML

/// Fargate chooses where tasks run (spread across Availability Zones); there are no instances to place them on.
struct FargatePlacement: Rule {
    static let kinds: Set<ResourceKind> = [.service]

    static let description = RuleDescription(
        id: "ECS216", name: "fargate-placement",
        summary: "Task placement strategies or constraints on a Fargate service",
        rationale: """
        Placement strategies (binpack, spread, random) and constraints (distinctInstance, memberOf) choose among the \
        container instances of a cluster. Fargate has none: it spreads tasks across Availability Zones itself, and \
        CreateService rejects placementStrategy or placementConstraints for Fargate tasks. Remove them, or run the \
        service on EC2 capacity.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: Service
            serviceName: web
            taskDefinition: web
            launchType: FARGATE
            desiredCount: 2
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            ↓placementStrategy:
              - {type: spread, field: "attribute:ecs.availability-zone"}
            """,
            """
            kind: Service
            serviceName: batch
            taskDefinition: batch
            desiredCount: 2
            capacityProviderStrategy: [{capacityProvider: FARGATE_SPOT, weight: 1}]
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            ↓placementConstraints: [{type: distinctInstance}]
            """,
        ],
        nonTriggering: [
            """
            kind: Service
            serviceName: worker
            taskDefinition: worker
            launchType: EC2
            desiredCount: 2
            placementStrategy:
              - {type: spread, field: "attribute:ecs.availability-zone"}
              - {type: binpack, field: memory}
            placementConstraints: [{type: distinctInstance}]
            """,
            """
            kind: Service
            serviceName: web
            taskDefinition: web
            launchType: FARGATE
            desiredCount: 2
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            placementStrategy: []
            placementConstraints: []
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        let placements = [resource.body.pair("placementStrategy"), resource.body.pair("placementConstraints")]
            .compactMap { $0 }.filter { !$0.value.elements.isEmpty }
        guard !placements.isEmpty, let launch = project.launch(of: resource), launch.kind == .fargate else { return }
        for placement in placements {
            findings.add("\(resource.label) runs on Fargate, which does not support \(placement.key.text ?? ""); remove it (Fargate spreads tasks across Availability Zones)",
                         at: placement.key, notes: [Note(launch)])
        }
    }
}
