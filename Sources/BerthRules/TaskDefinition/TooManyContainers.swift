import BerthLint
import BerthSpecs
import BerthYAML

/// ECS caps a task definition at ten containers, and the quota cannot be raised.
struct TooManyContainers: Rule {
    static let kinds: Set<ResourceKind> = [.taskDefinition]
    static let limit = 10

    static let description = RuleDescription(
        id: "ECS112", name: "too-many-containers",
        summary: "A task definition with more than ten container definitions",
        rationale: """
        A task definition holds at most 10 container definitions, on every launch type; the quota is not adjustable, \
        so registration is rejected. Split the containers into several task definitions (services that talk over \
        Service Connect or a load balancer), or merge sidecars.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-quotas.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: TaskDefinition
            family: monolith
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/monolith
            containerDefinitions:
              - {name: c1, image: nginx:1.27, memory: 64}
              - {name: c2, image: nginx:1.27, memory: 64}
              - {name: c3, image: nginx:1.27, memory: 64}
              - {name: c4, image: nginx:1.27, memory: 64}
              - {name: c5, image: nginx:1.27, memory: 64}
              - {name: c6, image: nginx:1.27, memory: 64}
              - {name: c7, image: nginx:1.27, memory: 64}
              - {name: c8, image: nginx:1.27, memory: 64}
              - {name: c9, image: nginx:1.27, memory: 64}
              - {name: c10, image: nginx:1.27, memory: 64}
              - ↓{name: c11, image: nginx:1.27, memory: 64}
              - {name: c12, image: nginx:1.27, memory: 64}
            """,
            """
            kind: TaskDefinition
            family: monolith
            requiresCompatibilities: [EC2]
            memory: "2048"
            taskRoleArn: arn:aws:iam::123456789012:role/monolith
            containerDefinitions: [{name: c1, image: nginx:1.27}, {name: c2, image: nginx:1.27}, {name: c3, image: nginx:1.27},
              {name: c4, image: nginx:1.27}, {name: c5, image: nginx:1.27}, {name: c6, image: nginx:1.27}, {name: c7, image: nginx:1.27},
              {name: c8, image: nginx:1.27}, {name: c9, image: nginx:1.27}, {name: c10, image: nginx:1.27}, ↓{name: c11, image: nginx:1.27}]
            """,
        ],
        nonTriggering: [
            """
            kind: TaskDefinition
            family: sidecars
            requiresCompatibilities: [EC2]
            memory: "2048"
            taskRoleArn: arn:aws:iam::123456789012:role/sidecars
            containerDefinitions: [{name: c1, image: nginx:1.27}, {name: c2, image: nginx:1.27}, {name: c3, image: nginx:1.27},
              {name: c4, image: nginx:1.27}, {name: c5, image: nginx:1.27}, {name: c6, image: nginx:1.27}, {name: c7, image: nginx:1.27},
              {name: c8, image: nginx:1.27}, {name: c9, image: nginx:1.27}, {name: c10, image: nginx:1.27}]
            """,
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions: [{name: web, image: nginx:1.27, memory: 256}]
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        let containers = TaskDefinitionView(resource).containers
        guard containers.count > Self.limit else { return }
        findings.add("\(resource.label) has \(containers.count) container definitions; ECS allows at most \(Self.limit) per task definition: split it into several task definitions",
                     at: containers[Self.limit])
    }
}
