import BerthLint
import BerthSpecs
import BerthYAML

/// A Fargate profile picks pods with one to five selectors, each with a namespace and up to five labels.
struct FargateProfileSelectors: Rule {
    static let kinds: Set<ResourceKind> = [.clusterConfig]

    static let description = RuleDescription(
        id: "EKS108", name: "fargate-profile-selectors",
        summary: "A Fargate profile without selectors, or with more selectors or labels than EKS allows",
        rationale: """
        CreateFargateProfile needs at least one selector, and takes up to five; each selector names a namespace \
        (wildcards `*` and `?` allowed) and up to five labels that a pod must all carry. A profile without a \
        selector schedules nothing, and EKS rejects the others.
        """,
        helpURI: "https://docs.aws.amazon.com/eks/latest/userguide/fargate-profile.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: shop, region: us-east-1}
            fargateProfiles:
              - name: ↓empty
              - name: busy
                selectors:
                  - namespace: ↓""
                    labels: ↓{a: "1", b: "2", c: "3", d: "4", e: "5", f: "6"}
            """,
        ],
        nonTriggering: [
            """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: shop, region: us-east-1}
            fargateProfiles:
              - name: serverless
                selectors:
                  - {namespace: storefront, labels: {compute: fargate}}
                  - {namespace: "batch-*"}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        for profile in ClusterConfigView(resource).fargateProfiles {
            let selectors = profile.node["selectors"]
            if selectors?.isOpaque == true { continue }
            if profile.selectors.isEmpty {
                findings.add("Fargate profile '\(profile.name)' has no selectors, so no pod runs on it; add one with a namespace",
                             at: profile.node["name"] ?? profile.node)
            } else if profile.selectors.count > 5, let selectors {
                findings.add("Fargate profile '\(profile.name)' has \(profile.selectors.count) selectors; EKS allows 5", at: selectors)
            }
            for selector in profile.selectors {
                if let namespace = selector["namespace"], namespace.knownString == "" {
                    findings.add("a Fargate selector needs a namespace", at: namespace)
                }
                if let labels = selector["labels"], labels.pairs.count > 5 {
                    findings.add("a Fargate selector takes up to 5 labels, not \(labels.pairs.count)", at: labels)
                }
            }
        }
    }
}
