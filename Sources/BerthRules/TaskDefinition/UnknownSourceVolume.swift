import BerthLint
import BerthSpecs
import BerthYAML

/// A mount point names a volume of its own task definition; a name that matches none is rejected.
struct UnknownSourceVolume: Rule {
    static let kinds: Set<ResourceKind> = [.taskDefinition]

    static let description = RuleDescription(
        id: "ECS115", name: "unknown-source-volume",
        summary: "A mount point whose sourceVolume is not a volume of the task definition",
        rationale: """
        mountPoints[].sourceVolume must be the name of one of the task definition's volumes[]; RegisterTaskDefinition \
        rejects a mount point that names no volume. Usually it is a typo or a volume that was renamed or removed.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_MountPoint.html",
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
                mountPoints: [{sourceVolume: ↓asset, containerPath: /usr/share/nginx/html}]
            volumes: [{name: assets}]
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
                mountPoints:
                  - {sourceVolume: ↓cache, containerPath: /var/cache/nginx}
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
                mountPoints:
                  - {sourceVolume: assets, containerPath: /usr/share/nginx/html, readOnly: true}
                  - {sourceVolume: "${CACHE_VOLUME}", containerPath: /var/cache/nginx}
            volumes: [{name: assets}]
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
                mountPoints: [{sourceVolume: data, containerPath: /data}]
            volumes: [{name: "${DATA_VOLUME}"}]
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        let view = TaskDefinitionView(resource)
        var volumes: [String] = []
        for volume in view.volumes {
            // A volume whose name is filled in later could be the one any mount point means.
            guard let name = volume["name"]?.knownString else {
                if volume["name"]?.isOpaque == true { return }
                continue
            }
            volumes.append(name)
        }
        for container in view.containerViews {
            for mountPoint in container.node["mountPoints"]?.elements ?? .empty {
                guard let source = mountPoint["sourceVolume"], let name = source.knownString, !volumes.contains(name) else { continue }
                let hint = Suggestion.closest(to: name, in: volumes).map { "did you mean '\($0)'?" }
                    ?? "add it to volumes or fix the name"
                findings.add("\(container.label) mounts volume '\(name)', which \(resource.label) does not define; \(hint)", at: source)
            }
        }
    }
}
