import BerthLint
import BerthSpecs
import BerthYAML

/// A node group's desired capacity sits between its minimum and maximum.
struct NodeGroupSize: Rule {
    static let kinds: Set<ResourceKind> = [.clusterConfig]

    static let description = RuleDescription(
        id: "EKS102", name: "node-group-size",
        summary: "A node group whose minSize, desiredCapacity and maxSize are out of order",
        rationale: """
        A node group's Auto Scaling group needs minSize ≤ desiredCapacity ≤ maxSize. eksctl refuses a managed node \
        group that breaks the order, and CloudFormation refuses the Auto Scaling group of a self-managed one. Left \
        out, minSize and maxSize default to desiredCapacity.
        """,
        helpURI: "https://eksctl.io/usage/nodegroup-managed/",
        severity: .error, category: .correctness,
        triggering: [
            """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: shop, region: us-east-1}
            managedNodeGroups:
              - {name: general, minSize: 2, desiredCapacity: ↓6, maxSize: 4}
            nodeGroups:
              - {name: legacy, minSize: ↓3, maxSize: 1}
            """,
        ],
        nonTriggering: [
            """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: shop, region: us-east-1}
            managedNodeGroups:
              - {name: general, minSize: 2, desiredCapacity: 3, maxSize: 6}
              - {name: batch, minSize: 0, maxSize: 10}
              - {name: fixed, desiredCapacity: 2}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        for group in ClusterConfigView(resource).nodeGroups {
            let min = group.node["minSize"], desired = group.node["desiredCapacity"], max = group.node["maxSize"]
            if let min, let low = min.int, let max, let high = max.int, low > high {
                findings.add("\(group.label) has minSize \(low) above maxSize \(high)", at: min)
            } else if let desired, let count = desired.int {
                if let low = min?.int, count < low {
                    findings.add("\(group.label) wants \(count) nodes, below its minSize \(low)", at: desired)
                } else if let high = max?.int, count > high {
                    findings.add("\(group.label) wants \(count) nodes, above its maxSize \(high)", at: desired)
                }
            }
        }
    }
}
