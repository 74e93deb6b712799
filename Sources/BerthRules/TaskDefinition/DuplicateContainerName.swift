import BerthLint
import BerthSpecs
import BerthYAML

/// Containers are addressed by name (links, dependsOn, load balancers, logs); a name must be unique.
struct DuplicateContainerName: Rule {
    static let kinds: Set<ResourceKind> = [.taskDefinition]

    static let description = RuleDescription(
        id: "ECS118", name: "duplicate-container-name",
        summary: "Two containers of one task definition with the same name",
        rationale: """
        Container names identify containers within a task: dependsOn, volumesFrom, links, a service's load balancer \
        and Service Connect all refer to them by name, and Docker needs distinct names. RegisterTaskDefinition rejects \
        a task definition in which two containers share a name.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html#ECS-Type-ContainerDefinition-name",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions:
              - {name: web, image: nginx:1.27, memory: 256}
              - {name: ↓web, image: amazon/aws-for-fluent-bit:2.32.0, memory: 64}
            """,
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions:
              - {name: app, image: nginx:1.27, memory: 256}
              - {name: proxy, image: envoyproxy/envoy:v1.30.2, memory: 128}
              - {name: ↓app, image: nginx:1.27, memory: 256}
              - {name: ↓proxy, image: envoyproxy/envoy:v1.30.2, memory: 128}
            """,
        ],
        nonTriggering: [
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions:
              - {name: app, image: nginx:1.27, memory: 256}
              - {name: log-router, image: amazon/aws-for-fluent-bit:2.32.0, memory: 64}
            ---
            kind: TaskDefinition
            family: api
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/api
            containerDefinitions:
              - {name: app, image: nginx:1.27, memory: 256}
              - {name: log-router, image: amazon/aws-for-fluent-bit:2.32.0, memory: 64}
            """,
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions:
              - {name: "${APP}", image: nginx:1.27, memory: 256}
              - {name: "${APP}", image: nginx:1.27, memory: 256}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        var first: [String: YAMLNode] = [:]
        for container in TaskDefinitionView(resource).containerViews {
            guard let name = container.name, let node = container.nameNode else { continue }
            if let earlier = first[name] {
                findings.add("\(resource.label) has two containers named '\(name)'; container names must be unique: rename one",
                             at: node, notes: [Note("first container named '\(name)'", at: earlier, in: resource)])
            } else {
                first[name] = node
            }
        }
    }
}
