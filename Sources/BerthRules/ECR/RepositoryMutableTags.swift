import BerthLint
import BerthSpecs
import BerthYAML

/// A repository whose tags anyone with push access can move.
struct RepositoryMutableTags: Rule {
    static let kinds: Set<ResourceKind> = [.repository]

    static let description = RuleDescription(
        id: "ECR101", name: "repository-mutable-tags",
        summary: "A repository whose image tags can be overwritten",
        rationale: """
        ECR creates repositories with imageTagMutability MUTABLE unless told otherwise, so a push can move `1.4.2` \
        or `prod` to another image and the next deployment runs code nobody reviewed. IMMUTABLE makes a tag \
        permanent; IMMUTABLE_WITH_EXCLUSION and MUTABLE_WITH_EXCLUSION (with up to five wildcard filters) keep \
        chosen tags, such as `latest` or `dev-*`, movable. Those two are deliberate choices and pass.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html",
        severity: .warning, category: .security,
        triggering: [
            """
            kind: Repository
            repositoryName: ↓web
            """,
            """
            kind: Repository
            repositoryName: web
            imageTagMutability: ↓MUTABLE
            """,
        ],
        nonTriggering: [
            """
            kind: Repository
            repositoryName: web
            imageTagMutability: IMMUTABLE
            """,
            """
            kind: Repository
            repositoryName: web
            imageTagMutability: IMMUTABLE_WITH_EXCLUSION
            imageTagMutabilityExclusionFilters: [{filterType: WILDCARD, filter: latest}]
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard let setting = resource.body["imageTagMutability"] else {
            findings.add("\(resource.label) has mutable tags (imageTagMutability defaults to MUTABLE); set IMMUTABLE, or IMMUTABLE_WITH_EXCLUSION for tags that must move",
                         at: resource.anchor)
            return
        }
        if setting.knownString == "MUTABLE" {
            findings.add("\(resource.label) has mutable tags; set IMMUTABLE, or IMMUTABLE_WITH_EXCLUSION for tags that must move", at: setting)
        }
    }
}
