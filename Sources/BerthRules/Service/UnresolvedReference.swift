import BerthLint
import BerthSpecs
import BerthYAML

/// A service that names a task definition or cluster the project manages, but misspelt, checks against nothing.
struct UnresolvedReference: Rule {
    static let kinds: Set<ResourceKind> = [.service]

    static let description = RuleDescription(
        id: "ECS220", name: "unresolved-reference",
        summary: "A service naming a task definition or cluster that the project does not define",
        rationale: """
        A service names its task definition (family or family:revision) and its cluster by name. When the project \
        defines task definitions (or clusters) but none by that name, the reference is likely a typo, and berth cannot \
        check the service against what it runs: CreateService would fail, or use another resource of the account. \
        ARNs, placeholders and the default cluster are references outside the project and are fine; so is any name \
        when the project defines no resource of that kind, as when linting one staged file.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html#ECS-CreateService-request-taskDefinition",
        severity: .warning, category: .correctness,
        triggering: [
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions: [{name: web, image: "nginx:1.27", memory: 256}]
            ---
            kind: Service
            serviceName: web
            taskDefinition: ↓wbe:4
            launchType: EC2
            desiredCount: 2
            """,
            """
            kind: Cluster
            clusterName: production
            ---
            kind: Service
            cluster: ↓prod
            serviceName: web
            taskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/web:4
            launchType: EC2
            desiredCount: 2
            """,
        ],
        nonTriggering: [
            """
            kind: Cluster
            clusterName: prod
            ---
            kind: Service
            cluster: arn:aws:ecs:us-east-1:123456789012:cluster/prod
            serviceName: web
            taskDefinition: "${TASK_DEFINITION_ARN}"
            launchType: EC2
            desiredCount: 2
            ---
            kind: Service
            serviceName: api
            taskDefinition: api:3
            launchType: EC2
            desiredCount: 2
            """,
            """
            kind: Cluster
            clusterName: prod
            ---
            kind: Service
            cluster: default
            serviceName: web
            taskDefinition: web
            launchType: EC2
            desiredCount: 2
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        if let node = resource.body["taskDefinition"], let text = node.knownString, !text.hasPrefix("arn:"),
           let family = Reference.taskDefinitionFamily(text), !project.defines(.taskDefinition, named: family) {
            report(node, kind: .taskDefinition, name: family, what: "runs task definition", in: project, findings: &findings)
        }
        if let node = resource.body["cluster"], let name = node.knownString, !name.isEmpty, !name.hasPrefix("arn:"), name != "default",
           !project.defines(.cluster, named: name) {
            report(node, kind: .cluster, name: name, what: "runs in cluster", in: project, findings: &findings)
        }
    }

    private func report(_ node: YAMLNode, kind: ResourceKind, name: String, what: String, in project: Project, findings: inout Findings) {
        // No resource of the kind here: the project does not manage them. A nameless one may be the one named.
        guard let defined = project.names(of: kind), !defined.isEmpty else { return }
        let label = findings.resource.label
        if let similar = Suggestion.closest(to: name, in: defined).flatMap({ project.resource(kind, named: $0, near: findings.resource) }) {
            findings.add("\(label) \(what) '\(name)', which the project does not define; did you mean '\(similar.name ?? "")'?",
                         at: node, notes: [Note("\(similar.label) is defined here", at: similar.anchor, in: similar)])
        } else {
            findings.add("\(label) \(what) '\(name)', which the project does not define; define it, or name it by ARN if it lives elsewhere",
                         at: node)
        }
    }
}
