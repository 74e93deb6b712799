import BerthLint
import BerthSpecs
import BerthYAML

/// With no healthy minimum, a rolling deployment may stop every running task before replacements are healthy.
struct DeploymentDowntime: Rule {
    static let kinds: Set<ResourceKind> = [.service]

    static let description = RuleDescription(
        id: "ECS213", name: "deployment-downtime",
        summary: "A rolling deployment that may stop every task first",
        rationale: """
        minimumHealthyPercent is the share of desiredCount that must stay healthy during a rolling deployment, rounded \
        up. At 0 the scheduler may stop all running tasks before their replacements are healthy, so every deployment \
        (and every instance drain) can take the service down. Keep a minimum above 0, with maximumPercent above 100 \
        so new tasks can start first. DAEMON services default to 0 and are not concerned.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentConfiguration.html",
        severity: .warning, category: .reliability,
        triggering: [
            """
            kind: Service
            serviceName: web
            taskDefinition: web
            launchType: EC2
            desiredCount: 2
            deploymentConfiguration:
              minimumHealthyPercent: ↓0
              maximumPercent: 100
            """,
            """
            kind: Service
            serviceName: api
            taskDefinition: api
            launchType: EC2
            deploymentConfiguration: {minimumHealthyPercent: ↓0}
            """,
        ],
        nonTriggering: [
            """
            kind: Service
            serviceName: node-exporter
            taskDefinition: node-exporter
            launchType: EC2
            schedulingStrategy: DAEMON
            deploymentConfiguration: {minimumHealthyPercent: 0, maximumPercent: 100}
            """,
            """
            kind: Service
            serviceName: web
            taskDefinition: web
            launchType: EC2
            desiredCount: 2
            deploymentConfiguration: {minimumHealthyPercent: 50, maximumPercent: 200}
            ---
            kind: Service
            serviceName: paused
            taskDefinition: web
            launchType: EC2
            desiredCount: 0
            deploymentConfiguration: {minimumHealthyPercent: 0}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        let view = ServiceView(resource)
        guard let node = view.minimumHealthyPercentNode, node.int == 0, view.isRollingReplica else { return }
        let desired = view.desiredCount
        if desired == 0 { return }
        let tasks = desired.map { $0 == 1 ? "its only task" : "all \($0) tasks" } ?? "every task"
        findings.add("\(resource.label) sets minimumHealthyPercent 0: a deployment may stop \(tasks) before replacements are healthy; raise it (with maximumPercent above 100 new tasks start first)",
                     at: node)
    }
}
