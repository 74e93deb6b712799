import BerthLint
import BerthSpecs
import BerthYAML

/// IAM roles for service accounts need the cluster's OIDC provider.
struct ServiceAccountsWithoutOIDC: Rule {
    static let kinds: Set<ResourceKind> = [.clusterConfig]

    static let description = RuleDescription(
        id: "EKS107", name: "service-accounts-without-oidc",
        summary: "IAM service accounts (iam.serviceAccounts) without iam.withOIDC",
        rationale: """
        IAM roles for service accounts (IRSA) trust the cluster's IAM OIDC identity provider, which eksctl creates \
        only with iam.withOIDC: true. Without it eksctl refuses the file ("iam.withOIDC must be enabled explicitly \
        for iam.serviceAccounts to be created"). EKS Pod Identity (iam.podIdentityAssociations) needs no OIDC \
        provider and is the newer way.
        """,
        helpURI: "https://eksctl.io/usage/iamserviceaccounts/",
        severity: .error, category: .correctness,
        triggering: [
            """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: shop, region: us-east-1}
            iam:
              ↓serviceAccounts:
                - metadata: {name: s3-reader, namespace: backend}
                  attachPolicyARNs: ["arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"]
            """,
        ],
        nonTriggering: [
            """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: shop, region: us-east-1}
            iam:
              withOIDC: true
              serviceAccounts:
                - metadata: {name: s3-reader, namespace: backend}
                  attachPolicyARNs: ["arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"]
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard let iam = resource.body["iam"], let accounts = iam.pair("serviceAccounts"), !accounts.value.elements.isEmpty else { return }
        let oidc = iam["withOIDC"]
        guard oidc?.isOpaque != true, oidc?.bool != true else { return }
        findings.add("iam.serviceAccounts need the cluster's IAM OIDC provider: set iam.withOIDC: true (or use iam.podIdentityAssociations)",
                     at: accounts.key, notes: oidc.map { [Note("withOIDC is false here", at: $0, in: resource)] } ?? [])
    }
}
