import BerthLint
import BerthSpecs
import BerthYAML

/// A dependency condition must be reachable: HEALTHY needs a health check, COMPLETE and SUCCESS a container that may exit.
struct DependsOnCondition: Rule {
    static let kinds: Set<ResourceKind> = [.taskDefinition]

    static let description = RuleDescription(
        id: "ECS117", name: "depends-on-condition",
        summary: "A dependsOn condition the other container cannot satisfy",
        rationale: """
        dependsOn[].condition HEALTHY waits for the other container to pass its health check, so that container must \
        configure a healthCheck; without one it never becomes healthy and the dependent container never starts. \
        COMPLETE and SUCCESS wait for the other container to exit, and the ContainerDependency reference says they \
        cannot be set on an essential container (essential defaults to true): an essential container that exits stops \
        the whole task. Mark the init container essential: false.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDependency.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions:
              - name: web
                image: nginx:1.27
                memory: 256
                dependsOn:
                  - {containerName: db, condition: ↓HEALTHY}
                  - {containerName: migrate, condition: ↓SUCCESS}
              - {name: db, image: postgres:16.3, memory: 512}
              - {name: migrate, image: flyway/flyway:10.15, memory: 128}
            """,
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions:
              - name: web
                image: nginx:1.27
                memory: 256
                dependsOn: [{containerName: setup, condition: ↓COMPLETE}]
              - {name: setup, image: busybox:1.36, memory: 64, essential: true}
            """,
        ],
        nonTriggering: [
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions:
              - name: web
                image: nginx:1.27
                memory: 256
                dependsOn:
                  - {containerName: db, condition: HEALTHY}
                  - {containerName: migrate, condition: SUCCESS}
                  - {containerName: proxy, condition: START}
              - name: db
                image: postgres:16.3
                memory: 512
                healthCheck: {command: [CMD-SHELL, pg_isready -U postgres]}
              - {name: migrate, image: flyway/flyway:10.15, memory: 128, essential: false}
              - {name: proxy, image: envoyproxy/envoy:v1.30.2, memory: 128}
            """,
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions:
              - name: web
                image: nginx:1.27
                memory: 256
                dependsOn: [{containerName: setup, condition: "${SETUP_CONDITION}"}]
              - {name: setup, image: busybox:1.36, memory: 64}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        let view = TaskDefinitionView(resource)
        guard let byName = view.containersByName else { return }
        for container in view.containerViews {
            for dependency in container.node["dependsOn"]?.elements ?? .empty {
                guard let condition = dependency["condition"], let kind = condition.knownString,
                      let name = dependency["containerName"]?.knownString, let target = byName[name] else { continue }
                switch kind {
                case "HEALTHY" where target.healthCheck == nil:
                    findings.add("\(container.label) waits for container '\(name)' to be HEALTHY, but '\(name)' has no healthCheck, so it never becomes healthy; add a healthCheck to '\(name)' or use condition START",
                                 at: condition, notes: [Note("container '\(name)' has no healthCheck", at: target.anchor, in: resource)])
                case "COMPLETE", "SUCCESS":
                    guard target.isEssential == true else { continue }
                    let essential = target.node["essential"]
                    findings.add("\(container.label) waits for container '\(name)' to exit (\(kind)), which is not allowed for an essential container: its exit would stop the task; set essential: false on '\(name)'",
                                 at: condition,
                                 notes: [Note(essential == nil ? "container '\(name)' is essential by default" : "container '\(name)' is essential",
                                              at: essential ?? target.anchor, in: resource)])
                default: continue
                }
            }
        }
    }
}
