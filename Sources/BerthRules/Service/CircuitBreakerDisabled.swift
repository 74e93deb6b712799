import BerthLint
import BerthSpecs
import BerthYAML

/// Without the circuit breaker, a deployment whose tasks never become healthy retries for hours.
struct CircuitBreakerDisabled: Rule {
    static let kinds: Set<ResourceKind> = [.service]

    static let description = RuleDescription(
        id: "ECS215", name: "circuit-breaker-disabled",
        summary: "A rolling deployment without the deployment circuit breaker",
        rationale: """
        A rolling deployment whose new tasks keep failing (a bad image, a missing secret, a failing health check) \
        keeps launching replacements and never ends unless the deployment circuit breaker is on. With \
        deploymentConfiguration.deploymentCircuitBreaker {enable: true, rollback: true} ECS marks the deployment \
        failed after repeated task failures and rolls back to the last deployment that completed. It applies to the \
        rolling update (ECS controller) only.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentCircuitBreaker.html",
        severity: .info, category: .reliability,
        triggering: [
            """
            kind: Service
            serviceName: ↓web
            taskDefinition: web
            launchType: EC2
            desiredCount: 2
            """,
            """
            kind: Service
            serviceName: api
            taskDefinition: api
            launchType: EC2
            desiredCount: 2
            deploymentConfiguration:
              deploymentCircuitBreaker: {enable: ↓false, rollback: false}
            """,
        ],
        nonTriggering: [
            """
            kind: Service
            serviceName: web
            taskDefinition: web
            launchType: EC2
            desiredCount: 2
            deploymentConfiguration:
              deploymentCircuitBreaker: {enable: true, rollback: true}
            """,
            """
            kind: Service
            serviceName: node-exporter
            taskDefinition: node-exporter
            launchType: EC2
            schedulingStrategy: DAEMON
            ---
            kind: Service
            serviceName: api
            taskDefinition: api
            launchType: EC2
            desiredCount: 2
            deploymentConfiguration:
              deploymentCircuitBreaker: {enable: "${CIRCUIT_BREAKER}", rollback: true}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        let configuration = resource.body.pair("deploymentConfiguration")
        let breaker = configuration?.value.pair("deploymentCircuitBreaker")
        let enable = breaker?.value["enable"]
        if enable?.bool == true || enable?.isOpaque == true { return }
        guard ServiceView(resource).isRollingReplica else { return }
        let anchor = enable ?? breaker?.key ?? configuration?.key ?? resource.anchor
        findings.add("\(resource.label) deploys without the deployment circuit breaker, so a deployment whose tasks keep failing never stops; set deploymentConfiguration.deploymentCircuitBreaker {enable: true, rollback: true}",
                     at: anchor)
    }
}
