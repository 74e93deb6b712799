import BerthLint
import BerthSpecs
import BerthYAML

/// A mutable tag can be pushed over, so the same task definition can start a different image tomorrow.
struct MutableRepositoryTag: Rule {
    static let kinds: Set<ResourceKind> = [.taskDefinition]

    static let description = RuleDescription(
        id: "ECS126", name: "mutable-repository-tag",
        summary: "An image tag from a repository of the project whose tags are mutable",
        rationale: """
        ECR repositories are created with imageTagMutability MUTABLE unless told otherwise, so anyone with push access \
        can move a tag to another image. ECS resolves a tag to a digest once per deployment (versionConsistency), but \
        the next deployment, scale-out of a new revision or a rollback resolves it again and may start an image nobody \
        reviewed. Set the repository to IMMUTABLE (or IMMUTABLE_WITH_EXCLUSION for tags that must move), or pin the \
        image by digest. berth checks images whose repository the project defines, honouring exclusion filters.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html",
        severity: .warning, category: .security,
        triggering: [
            """
            kind: Repository
            repositoryName: web
            ---
            kind: TaskDefinition
            family: web
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions:
              - {name: web, memory: 256, image: ↓123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2}
            """,
            """
            kind: Repository
            repositoryName: team/api
            imageTagMutability: IMMUTABLE_WITH_EXCLUSION
            imageTagMutabilityExclusionFilters: [{filterType: WILDCARD, filter: "dev-*"}]
            ---
            kind: TaskDefinition
            family: api
            taskRoleArn: arn:aws:iam::123456789012:role/api
            containerDefinitions:
              - {name: api, memory: 256, image: ↓123456789012.dkr.ecr.us-east-1.amazonaws.com/team/api:dev-42}
            """,
        ],
        nonTriggering: [
            """
            kind: Repository
            repositoryName: web
            imageTagMutability: IMMUTABLE
            ---
            kind: TaskDefinition
            family: web
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions:
              - {name: web, memory: 256, image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2}
            """,
            """
            kind: Repository
            repositoryName: web
            imageTagMutability: MUTABLE_WITH_EXCLUSION
            imageTagMutabilityExclusionFilters: [{filterType: WILDCARD, filter: "v*"}]
            ---
            kind: TaskDefinition
            family: web
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions:
              - {name: web, memory: 256, image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1.4.2}
              - name: sidecar
                memory: 128
                image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/web@sha256:9b2c5e1f0a7d4c3b8e6f1a2d3c4b5a69788f7e6d5c4b3a2910f8e7d6c5b4a392
              - {name: other, memory: 128, image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/other:1.0}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard project.defines(.repository) else { return }
        for container in TaskDefinitionView(resource).containers {
            guard let node = container["image"], let text = node.knownString else { continue }
            let image = ImageReference(text)
            guard image.digest == nil, let repository = project.repository(of: image, near: resource) else { continue }
            let tag = image.tag ?? "latest"
            guard let setting = mutability(of: tag, in: repository) else { continue }
            findings.add("image tag '\(tag)' can be moved to another image: \(repository.label) \(setting.reason); make the tag immutable or pin the image by digest",
                         at: node, notes: [Note("\(repository.label)", at: setting.node, in: repository)])
        }
    }

    /// Why the tag is mutable in the repository, and where that is decided; nil when it is immutable or unknown.
    private func mutability(of tag: String, in repository: Resource) -> (reason: String, node: YAMLNode)? {
        guard let setting = repository.body["imageTagMutability"] else {
            return ("has mutable tags (imageTagMutability defaults to MUTABLE)", repository.anchor)
        }
        let excluded = (repository.body["imageTagMutabilityExclusionFilters"]?.elements ?? .empty).contains { filter in
            filter["filter"]?.knownString.map { Wildcard.matches(tag, pattern: $0) } ?? false
        }
        switch setting.knownString {
        case "MUTABLE": return ("has mutable tags", setting)
        case "MUTABLE_WITH_EXCLUSION" where !excluded: return ("has mutable tags except its exclusion filters", setting)
        case "IMMUTABLE_WITH_EXCLUSION" where excluded: return ("exempts this tag from immutability with an exclusion filter", setting)
        default: return nil
        }
    }
}
