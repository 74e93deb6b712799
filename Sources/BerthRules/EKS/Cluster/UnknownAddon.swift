import BerthLint
import BerthSpecs
import BerthYAML

/// Add-on names come from a catalog: AWS's add-ons, community add-ons and AWS Marketplace ones.
struct UnknownAddon: Rule {
    static let kinds: Set<ResourceKind> = [.clusterConfig]

    static let description = RuleDescription(
        id: "EKS109", name: "unknown-addon",
        summary: "An add-on name that is neither an AWS nor a community EKS add-on",
        rationale: """
        CreateAddon takes a name from the add-on catalog (`aws eks describe-addon-versions`): AWS add-ons such as \
        vpc-cni, coredns, kube-proxy, aws-ebs-csi-driver or amazon-cloudwatch-observability, community add-ons \
        such as metrics-server, and AWS Marketplace add-ons, whose names are `vendor_product`. Any other name fails \
        with "Addon ... specified is not supported". berth knows the AWS and community names and lets every \
        Marketplace-style name pass.
        """,
        helpURI: "https://docs.aws.amazon.com/eks/latest/userguide/workloads-add-ons-available-eks.html",
        severity: .warning, category: .correctness,
        triggering: [
            """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: shop, region: us-east-1}
            addons:
              - name: ↓ebs-csi-driver
            """,
        ],
        nonTriggering: [
            """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: shop, region: us-east-1}
            addons:
              - name: aws-ebs-csi-driver
              - name: metrics-server
              - name: datadog_operator
            """,
        ])

    /// AWS add-ons and community add-ons (https://docs.aws.amazon.com/eks/latest/userguide/community-addons.html).
    static let known = [
        "vpc-cni", "coredns", "kube-proxy", "eks-pod-identity-agent", "aws-ebs-csi-driver", "aws-efs-csi-driver",
        "aws-fsx-csi-driver", "aws-mountpoint-s3-csi-driver", "snapshot-controller", "adot", "aws-guardduty-agent",
        "amazon-cloudwatch-observability", "eks-node-monitoring-agent", "aws-network-flow-monitoring-agent",
        "aws-secrets-store-csi-driver-provider", "amazon-sagemaker-hyperpod-taskgovernance",
        "amazon-sagemaker-hyperpod-observability", "amazon-sagemaker-hyperpod-training-operator",
        "metrics-server", "kube-state-metrics", "prometheus-node-exporter", "cert-manager", "external-dns", "fluent-bit",
    ]

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        for (name, node) in ClusterConfigView(resource).addons where !Self.known.contains(name) && !name.contains("_") {
            let intended = Self.known.first { $0.hasSuffix("-\(name)") } ?? Suggestion.closest(to: name, in: Self.known)
            let hint = intended.map { "; did you mean '\($0)'?" } ?? ""
            findings.add("'\(name)' is not an AWS or community EKS add-on (Marketplace add-ons are named vendor_product)\(hint)", at: node)
        }
    }
}
