import BerthLint
import BerthSpecs
import BerthYAML

/// An image in the project's own registry whose repository the project does not define: a typo, or a
/// repository nobody creates.
struct ImageRepositoryTypo: Rule {
    static let kinds: Set<ResourceKind> = [.taskDefinition, .appRunnerService]

    static let description = RuleDescription(
        id: "ECR108", name: "image-repository-typo",
        summary: "An image in the project's registry that nearly names one of its repositories",
        rationale: """
        An image URI in the project's own registry (its account, from defaults.account-id or a Repository's \
        registryId, and its Region when known) that names no Repository of the project, but nearly names one, is \
        almost always a typo: the pull fails at deploy time with CannotPullContainerError. Repositories that are \
        simply managed elsewhere (names unlike any the project defines) pass.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECR/latest/userguide/docker-pull-ecr-image.html",
        severity: .warning, category: .correctness,
        triggering: [
            """
            kind: Repository
            repositoryName: storefront
            imageTagMutability: IMMUTABLE
            ---
            kind: TaskDefinition
            family: web
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions:
              - {name: web, memory: 256, image: ↓123456789012.dkr.ecr.us-east-1.amazonaws.com/storefrnt:1.4.2}
            """,
        ],
        nonTriggering: [
            """
            kind: Repository
            repositoryName: storefront
            imageTagMutability: IMMUTABLE
            ---
            kind: TaskDefinition
            family: web
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions:
              - {name: web, memory: 256, image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/storefront:1.4.2}
              - {name: agent, memory: 128, image: 999999999999.dkr.ecr.us-east-1.amazonaws.com/agent:7}
              - {name: proxy, memory: 128, image: public.ecr.aws/nginx/nginx:1.27}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard let names = project.names(of: .repository), !names.isEmpty else { return }
        let accounts = Set(project.resources(of: .repository).compactMap { $0.body["registryId"]?.knownString } + [project.defaults.accountID].compactMap { $0 })
        for node in Self.images(of: resource) {
            guard let image = node.knownString.map(ImageReference.init), let host = image.ecrHost, accounts.contains(host.account),
                  project.defaults.region.map({ $0 == host.region }) ?? true else { continue }
            let repository = image.repository
            guard !names.contains(repository), let intended = Suggestion.closest(to: repository, in: names) else { continue }
            findings.add("image names repository '\(repository)', which no Repository of the project defines; did you mean '\(intended)'?", at: node,
                         notes: project.resource(.repository, named: intended, near: resource).map { [Note("repository '\(intended)'", at: $0.anchor, in: $0)] } ?? [])
        }
    }

    private static func images(of resource: Resource) -> [YAMLNode] {
        if resource.kind == .appRunnerService {
            return [resource.body["SourceConfiguration", "ImageRepository", "ImageIdentifier"]].compactMap { $0 }
        }
        return TaskDefinitionView(resource).containers.compactMap { $0["image"] }
    }
}
