import BerthLint
import BerthSpecs
import BerthYAML

/// A service gets its capacity either from a launch type or from a capacity provider strategy, never both.
struct LaunchTypeWithStrategy: Rule {
    static let kinds: Set<ResourceKind> = [.service]

    static let description = RuleDescription(
        id: "ECS205", name: "launch-type-with-strategy",
        summary: "A service that sets both launchType and capacityProviderStrategy",
        rationale: """
        launchType and capacityProviderStrategy are mutually exclusive in CreateService: when a strategy is given, \
        launchType must be omitted, and CreateService rejects a request with both. Keep the strategy for Fargate Spot, \
        ECS Managed Instances or Auto Scaling group capacity providers; keep launchType alone otherwise. With neither, \
        the cluster's default capacity provider strategy applies.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html#ECS-CreateService-request-launchType",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: Service
            serviceName: web
            taskDefinition: web
            desiredCount: 2
            ↓launchType: FARGATE
            capacityProviderStrategy:
              - {capacityProvider: FARGATE_SPOT, weight: 1}
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            """,
            """
            kind: Service
            serviceName: worker
            taskDefinition: worker
            desiredCount: 2
            capacityProviderStrategy: [{capacityProvider: workers-asg, weight: 1}]
            ↓launchType: EC2
            """,
        ],
        nonTriggering: [
            """
            kind: Service
            serviceName: web
            taskDefinition: web
            desiredCount: 2
            launchType: FARGATE
            capacityProviderStrategy: []
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            """,
            """
            kind: Service
            serviceName: web
            taskDefinition: web
            desiredCount: 2
            capacityProviderStrategy:
              - {capacityProvider: FARGATE, weight: 1, base: 1}
              - {capacityProvider: FARGATE_SPOT, weight: 3}
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard let launchType = resource.body.pair("launchType"), let value = launchType.value.knownString, !value.isEmpty,
              let strategy = resource.body.pair("capacityProviderStrategy"), !strategy.value.elements.isEmpty else { return }
        findings.add("\(resource.label) sets both launchType '\(value)' and capacityProviderStrategy, which CreateService rejects; remove launchType to use the strategy, or the strategy to use launchType",
                     at: launchType.key, notes: [Note("capacity provider strategy", at: strategy.key, in: resource)])
    }
}
