import BerthLint
import BerthSpecs
import BerthYAML

/// A managed node group takes one instance type or a list, not both.
struct InstanceTypeConflict: Rule {
    static let kinds: Set<ResourceKind> = [.clusterConfig]

    static let description = RuleDescription(
        id: "EKS104", name: "instance-type-conflict",
        summary: "A managed node group with both instanceType and instanceTypes",
        rationale: """
        eksctl passes a managed node group's instance types to EKS as one list, from either instanceType or \
        instanceTypes, and refuses the file when both are set ("only one of instanceType or instanceTypes can be \
        specified"). Use instanceTypes for several types, which Spot node groups need.
        """,
        helpURI: "https://eksctl.io/usage/nodegroup-managed/",
        severity: .error, category: .correctness,
        triggering: [
            """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: shop, region: us-east-1}
            managedNodeGroups:
              - name: general
                instanceType: m7g.large
                ↓instanceTypes: [m7g.large, m6g.large]
            """,
        ],
        nonTriggering: [
            """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: shop, region: us-east-1}
            managedNodeGroups:
              - {name: general, instanceTypes: [m7g.large, m6g.large]}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        for group in ClusterConfigView(resource).nodeGroups where group.isManaged {
            guard group.node["instanceType"] != nil, let list = group.node.pair("instanceTypes") else { continue }
            findings.add("\(group.label) sets both instanceType and instanceTypes; eksctl accepts only one (keep instanceTypes)", at: list.key)
        }
    }
}
