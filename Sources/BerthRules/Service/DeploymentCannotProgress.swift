import BerthLint
import BerthSpecs
import BerthYAML

/// A rolling deployment needs room either to start a new task or to stop an old one.
struct DeploymentCannotProgress: Rule {
    static let kinds: Set<ResourceKind> = [.service]

    static let description = RuleDescription(
        id: "ECS212", name: "deployment-cannot-progress",
        summary: "A rolling deployment whose percents leave no room to start or stop a task",
        rationale: """
        During a rolling deployment of a REPLICA service the scheduler keeps at least ⌈desiredCount × \
        minimumHealthyPercent / 100⌉ tasks healthy and runs at most ⌊desiredCount × maximumPercent / 100⌋ tasks \
        (defaults 100 and 200). When the two bounds are equal it can neither start a new task nor stop an old one, and \
        the deployment never progresses; with both percents at 100 CreateService refuses outright ("Both \
        maximumPercent and minimumHealthyPercent cannot be 100 as this will block deployments"). Raise maximumPercent \
        or lower minimumHealthyPercent.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentConfiguration.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: Service
            serviceName: web
            taskDefinition: web
            launchType: EC2
            desiredCount: 1
            deploymentConfiguration:
              minimumHealthyPercent: 50
              maximumPercent: ↓100
            """,
            """
            kind: Service
            serviceName: api
            taskDefinition: api
            launchType: EC2
            desiredCount: 2
            deploymentConfiguration: {minimumHealthyPercent: 75, maximumPercent: ↓100}
            ---
            kind: Service
            serviceName: api-canary
            taskDefinition: api
            launchType: EC2
            deploymentConfiguration: {minimumHealthyPercent: 100, maximumPercent: ↓100}
            """,
        ],
        nonTriggering: [
            """
            kind: Service
            serviceName: web
            taskDefinition: web
            launchType: EC2
            desiredCount: 4
            deploymentConfiguration:
              minimumHealthyPercent: 50
              maximumPercent: 100
            """,
            """
            kind: Service
            serviceName: api
            taskDefinition: api
            launchType: EC2
            desiredCount: 1
            deploymentConfiguration: {minimumHealthyPercent: 0, maximumPercent: 100}
            """,
            """
            kind: Service
            serviceName: jobs
            taskDefinition: jobs
            launchType: EC2
            desiredCount: 2
            deploymentConfiguration: {minimumHealthyPercent: 100, maximumPercent: "${MAX_PERCENT}"}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        let view = ServiceView(resource)
        // The defaults (100, 200) never block, so at least one percent is written; out of range, they are ECS214's.
        guard let anchor = view.maximumPercentNode ?? view.minimumHealthyPercentNode,
              let minimum = view.minimumHealthyPercent, let maximum = view.maximumPercent,
              (0...100).contains(minimum), (100...Int(Int32.max)).contains(maximum), view.isRollingReplica else { return }
        let message: String
        // The API's counts and percents are 32-bit, so within that range the products below cannot overflow.
        if let desired = view.desiredCount, (1...Int(Int32.max)).contains(desired) {
            let healthy = (desired * minimum + 99) / 100
            let running = desired * maximum / 100
            guard running - healthy < 1 else { return }
            // The smallest maximumPercent that allows one extra task, and the largest minimum that allows stopping one.
            let maximumNeeded = ((healthy + 1) * 100 + desired - 1) / desired
            let minimumAllowed = (running - 1) * 100 / desired
            message = "\(desired) task\(desired == 1 ? "" : "s"): at least \(healthy) healthy, at most \(running) running; the deployment of \(resource.label) can neither start a new task nor stop an old one; raise maximumPercent to \(maximumNeeded) or lower minimumHealthyPercent to \(minimumAllowed)"
        } else {
            // Whatever the desired count, CreateService rejects 100 / 100; other pairs depend on the count.
            guard minimum == 100, maximum == 100 else { return }
            message = "minimumHealthyPercent 100 and maximumPercent 100 block every deployment of \(resource.label), and CreateService rejects them; raise maximumPercent or lower minimumHealthyPercent"
        }
        findings.add(message, at: anchor)
    }
}
