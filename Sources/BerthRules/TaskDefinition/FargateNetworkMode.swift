import BerthLint
import BerthSpecs
import BerthYAML

/// Every Fargate task gets its own elastic network interface, which is the awsvpc network mode.
struct FargateNetworkMode: Rule {
    static let kinds: Set<ResourceKind> = [.taskDefinition]

    static let description = RuleDescription(
        id: "ECS105", name: "fargate-network-mode",
        summary: "A Fargate task definition whose network mode is not awsvpc",
        rationale: """
        Fargate supports only the awsvpc network mode. ECS uses bridge when networkMode is omitted, so a task definition \
        for Fargate must say awsvpc explicitly; otherwise registration for Fargate, or the Fargate service, is rejected.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-networking.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [FARGATE]
            networkMode: ↓bridge
            cpu: "256"
            memory: "512"
            containerDefinitions: [{name: web, image: nginx}]
            """,
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [↓FARGATE]
            cpu: "256"
            memory: "512"
            containerDefinitions: [{name: web, image: nginx}]
            """,
        ],
        nonTriggering: [
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "256"
            memory: "512"
            containerDefinitions: [{name: web, image: nginx}]
            """,
            """
            kind: TaskDefinition
            family: worker
            requiresCompatibilities: [EC2]
            containerDefinitions: [{name: worker, image: nginx, memory: 256}]
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard let fargate = project.targetsFargate(resource) else { return }
        let view = TaskDefinitionView(resource)
        guard let mode = view.effectiveNetworkMode, mode != "awsvpc" else { return }
        let notes = fargate.isWithin(resource) ? [] : [Note(fargate)]
        if let node = resource.body["networkMode"] {
            findings.add("Fargate requires networkMode awsvpc; \(resource.label) uses '\(mode)'", at: node, notes: notes)
        } else {
            let anchor = fargate.isWithin(resource) ? fargate.node : resource.anchor
            findings.add("Fargate requires networkMode awsvpc; \(resource.label) sets none, so ECS would use bridge", at: anchor, notes: notes)
        }
    }
}
