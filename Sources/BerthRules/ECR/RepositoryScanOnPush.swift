import BerthLint
import BerthSpecs
import BerthYAML

/// Repository-level scan settings are deprecated: scanning is configured once for the registry.
struct RepositoryScanOnPush: Rule {
    static let kinds: Set<ResourceKind> = [.repository]

    static let description = RuleDescription(
        id: "ECR102", name: "repository-scan-on-push-deprecated",
        summary: "Repository-level imageScanningConfiguration, which ECR deprecated for registry scanning",
        rationale: """
        CreateRepository's imageScanningConfiguration is deprecated: ECR now configures scanning for the whole \
        registry with PutRegistryScanningConfiguration, BASIC or ENHANCED (Amazon Inspector), with scan-on-push or \
        continuous rules whose wildcard filters pick repositories. A registry configuration overrides the \
        repository setting, so the repository field can silently mean nothing.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_CreateRepository.html",
        severity: .info, category: .security,
        triggering: [
            """
            kind: Repository
            repositoryName: web
            imageTagMutability: IMMUTABLE
            ↓imageScanningConfiguration: {scanOnPush: true}
            """,
        ],
        nonTriggering: [
            """
            kind: Repository
            repositoryName: web
            imageTagMutability: IMMUTABLE
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard let pair = resource.body.pair("imageScanningConfiguration") else { return }
        findings.add("repository-level imageScanningConfiguration is deprecated; configure scanning for the registry with PutRegistryScanningConfiguration (scan-on-push or continuous rules with repository filters)",
                     at: pair.key)
    }
}
