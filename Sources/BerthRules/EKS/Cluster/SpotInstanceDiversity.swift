import BerthLint
import BerthSpecs
import BerthYAML

/// Spot capacity comes and goes per instance type; one type means one pool to lose.
struct SpotInstanceDiversity: Rule {
    static let kinds: Set<ResourceKind> = [.clusterConfig]

    static let description = RuleDescription(
        id: "EKS103", name: "spot-instance-diversity",
        summary: "A Spot managed node group with fewer than two instance types",
        rationale: """
        EC2 reclaims Spot capacity pool by pool. A Spot managed node group launches with the capacity-optimized \
        strategy across its instanceTypes, so several similar types (same vCPU and memory) let it find capacity \
        when one pool runs dry; with a single type, a reclaim can take every node at once and leave pods Pending.
        """,
        helpURI: "https://docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html#managed-node-group-capacity-types",
        severity: .warning, category: .reliability,
        triggering: [
            """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: shop, region: us-east-1}
            managedNodeGroups:
              - {name: batch, spot: ↓true, instanceTypes: [c7g.xlarge]}
              - {name: jobs, spot: ↓true, instanceType: m7g.large}
            """,
        ],
        nonTriggering: [
            """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: shop, region: us-east-1}
            managedNodeGroups:
              - {name: batch, spot: true, instanceTypes: [c7g.xlarge, c6g.xlarge]}
              - {name: general, instanceType: m7g.large}
              - {name: chosen, spot: true, instanceSelector: {vCPUs: 4, memory: "8"}}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        for group in ClusterConfigView(resource).nodeGroups where group.isManaged {
            guard let spot = group.node["spot"], spot.bool == true, group.node["instanceSelector"] == nil else { continue }
            guard let types = group.node["instanceTypes"] else {
                findings.add("Spot \(group.label) has one instance type; list two or more similar ones in instanceTypes so a reclaim of one pool does not take every node",
                             at: spot)
                continue
            }
            if types.isSequence, types.elements.count < 2, !types.elements.contains(where: \.isOpaque) {
                findings.add("Spot \(group.label) has \(types.elements.count) instance type; list two or more similar ones so a reclaim of one pool does not take every node",
                             at: spot)
            }
        }
    }
}
