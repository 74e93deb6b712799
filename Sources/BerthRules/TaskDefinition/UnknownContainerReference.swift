import BerthLint
import BerthSpecs
import BerthYAML

/// volumesFrom and dependsOn name another container of the same task definition.
struct UnknownContainerReference: Rule {
    static let kinds: Set<ResourceKind> = [.taskDefinition]

    static let description = RuleDescription(
        id: "ECS116", name: "unknown-container-reference",
        summary: "A volumesFrom or dependsOn that names no other container of the task definition",
        rationale: """
        volumesFrom[].sourceContainer and dependsOn[].containerName refer to another container of the same task \
        definition by name. A name that matches no container, or the container's own name, is rejected at registration.
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
                dependsOn: [{containerName: ↓migrations, condition: SUCCESS}]
                volumesFrom: [{sourceContainer: ↓web}]
              - {name: migration, image: nginx:1.27, memory: 128, essential: false}
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
                volumesFrom:
                  - sourceContainer: ↓assets
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
                dependsOn: [{containerName: migration, condition: SUCCESS}]
                volumesFrom: [{sourceContainer: assets, readOnly: true}]
              - {name: migration, image: nginx:1.27, memory: 128, essential: false}
              - {name: assets, image: nginx:1.27, memory: 64, essential: false}
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
                dependsOn: [{containerName: init, condition: START}]
              - {name: "${INIT_NAME}", image: nginx:1.27, memory: 128}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        let view = TaskDefinitionView(resource)
        guard let byName = view.containersByName else { return }
        for container in view.containerViews {
            let references = (container.node["volumesFrom"]?.elements ?? .empty).compactMap { $0["sourceContainer"] }
                + (container.node["dependsOn"]?.elements ?? .empty).compactMap { $0["containerName"] }
            for reference in references {
                guard let name = reference.knownString else { continue }
                if name == container.name {
                    findings.add("\(container.label) refers to itself; name another container of \(resource.label)", at: reference)
                } else if byName[name] == nil {
                    let hint = Suggestion.closest(to: name, in: byName.keys.sorted()).map { "did you mean '\($0)'?" }
                        ?? "name one of its containers"
                    findings.add("\(container.label) refers to container '\(name)', which \(resource.label) does not define; \(hint)", at: reference)
                }
            }
        }
    }
}
