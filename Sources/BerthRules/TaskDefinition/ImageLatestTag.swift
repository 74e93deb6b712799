import BerthLint
import BerthSpecs
import BerthYAML

/// `latest` names whatever was pushed last, so what a deployment runs depends on when it starts.
struct ImageLatestTag: Rule {
    static let kinds: Set<ResourceKind> = [.taskDefinition]

    static let description = RuleDescription(
        id: "ECS124", name: "image-latest-tag",
        summary: "A container image without a version: no tag, or the tag latest",
        rationale: """
        An image with neither tag nor digest means the tag latest, which moves with every push. ECS resolves the tag to \
        a digest once per deployment (versionConsistency, on by default), but the next deployment or a forced \
        redeployment resolves it again and can run code that was never tested with this task definition, and rolling \
        back to an earlier revision does not bring the earlier image back. Pin a version tag (ideally in a repository \
        with immutable tags) or a digest (@sha256:…).
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html",
        severity: .warning, category: .reliability,
        triggering: [
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions:
              - {name: web, image: ↓nginx, memory: 256}
              - {name: proxy, image: ↓"envoyproxy/envoy:latest", memory: 128}
            """,
            """
            kind: TaskDefinition
            family: api
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/api
            containerDefinitions:
              - {name: api, image: ↓"registry.internal:5000/team/api", memory: 512}
              - {name: worker, image: ↓123456789012.dkr.ecr.us-east-1.amazonaws.com/worker, memory: 512}
            """,
        ],
        nonTriggering: [
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions:
              - {name: web, image: "nginx:1.27", memory: 256}
              - {name: api, image: "registry.internal:5000/team/api:2.4.1", memory: 256}
              - {name: sidecar, image: "busybox@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", memory: 64}
            """,
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions:
              - {name: web, image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:${TAG}", memory: 256}
              - {name: proxy, image: "envoyproxy/envoy:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", memory: 128}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        for container in TaskDefinitionView(resource).containers {
            guard let node = container["image"], let text = node.knownString, !text.isEmpty else { continue }
            let image = ImageReference(text)
            guard image.digest == nil else { continue }
            if image.tag == nil {
                findings.add("image '\(text)' in \(resource.label) has no tag, so it means 'latest' and each deployment may pull different code; pin a version tag or a digest",
                             at: node)
            } else if image.tag == "latest" {
                findings.add("image '\(text)' in \(resource.label) uses the moving tag 'latest', so each deployment may pull different code; pin a version tag or a digest",
                             at: node)
            }
        }
    }
}
