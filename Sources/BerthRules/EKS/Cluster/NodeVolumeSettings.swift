import BerthLint
import BerthSpecs
import BerthYAML

/// Node root volumes: IOPS and throughput only where the volume type has them, within eksctl's ranges.
struct NodeVolumeSettings: Rule {
    static let kinds: Set<ResourceKind> = [.clusterConfig]

    static let description = RuleDescription(
        id: "EKS105", name: "node-volume-settings",
        summary: "Node volume IOPS or throughput that the volume type does not take, or outside eksctl's range",
        rationale: """
        volumeType defaults to gp3. Provisioned IOPS apply to gp3 (3,000 to 16,000 in eksctl), io1 (100 to 64,000) \
        and io2; throughput applies to gp3 only (125 to 1,000 MiB/s in eksctl). eksctl refuses other combinations \
        before it creates anything. EBS itself now allows gp3 volumes up to 80,000 IOPS and 2,000 MiB/s, but eksctl \
        validates node volumes against the older limits; use a launch template for more.
        """,
        helpURI: "https://eksctl.io/usage/schema/#managedNodeGroups-volumeIOPS",
        severity: .error, category: .correctness,
        triggering: [
            """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: shop, region: us-east-1}
            managedNodeGroups:
              - {name: general, volumeType: gp2, volumeSize: 100, ↓volumeIOPS: 3000}
              - {name: data, volumeSize: 200, volumeIOPS: ↓20000, volumeThroughput: ↓50}
              - {name: fast, volumeType: io1, volumeSize: 100, ↓volumeThroughput: 500}
            """,
        ],
        nonTriggering: [
            """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: shop, region: us-east-1}
            managedNodeGroups:
              - {name: general, volumeSize: 100, volumeIOPS: 6000, volumeThroughput: 500}
              - {name: fast, volumeType: io1, volumeSize: 100, volumeIOPS: 32000}
            """,
        ])

    /// eksctl's ranges (pkg/apis/eksctl.io/v1alpha5/validation.go).
    static let iops: [String: ClosedRange<Int>] = ["gp3": 3000...16000, "io1": 100...64000]
    static let throughput = 125...1000

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        for group in ClusterConfigView(resource).nodeGroups {
            let typeNode = group.node["volumeType"]
            guard typeNode?.isOpaque != true else { continue }
            let type = typeNode?.knownString ?? "gp3"
            if let pair = group.node.pair("volumeIOPS") {
                if !["gp3", "io1", "io2"].contains(type) {
                    findings.add("volumeIOPS applies to gp3, io1 and io2 volumes, not \(type) (\(group.label))", at: pair.key)
                } else if let value = pair.value.int, let range = Self.iops[type], !range.contains(value) {
                    findings.add("eksctl accepts \(type) volumeIOPS from \(range.lowerBound) to \(range.upperBound), not \(value) (\(group.label))", at: pair.value)
                }
            }
            if let pair = group.node.pair("volumeThroughput") {
                if type != "gp3" {
                    findings.add("volumeThroughput applies to gp3 volumes only, not \(type) (\(group.label))", at: pair.key)
                } else if let value = pair.value.int, !Self.throughput.contains(value) {
                    findings.add("eksctl accepts gp3 volumeThroughput from \(Self.throughput.lowerBound) to \(Self.throughput.upperBound) MiB/s, not \(value) (\(group.label))", at: pair.value)
                }
            }
        }
    }
}
