import BerthLint
import BerthSpecs
import BerthYAML

/// Without the CloudWatch observability add-on, a cluster has no Container Insights metrics or logs.
struct ContainerInsightsMissing: Rule {
    static let kinds: Set<ResourceKind> = [.clusterConfig]

    static let description = RuleDescription(
        id: "EKS110", name: "container-insights-missing",
        summary: "A cluster without the amazon-cloudwatch-observability add-on",
        rationale: """
        The amazon-cloudwatch-observability add-on installs the CloudWatch agent and Fluent Bit: Container Insights \
        metrics per cluster, node, pod and container, and container logs in CloudWatch Logs. Without it (or another \
        agent) a failing pod leaves little trace. Nodes need CloudWatchAgentServerPolicy, or EKS Pod Identity with \
        add-on version 3.1.0 or later. Fargate pods are not covered by the enhanced observability; use ADOT there.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Container-Insights-setup-EKS-addon.html",
        severity: .info, category: .reliability,
        triggering: [
            """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: ↓shop, region: us-east-1}
            addons:
              - name: vpc-cni
            """,
        ],
        nonTriggering: [
            """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: shop, region: us-east-1}
            addons:
              - name: amazon-cloudwatch-observability
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard ClusterConfigView(resource).installs("amazon-cloudwatch-observability") == false else { return }
        findings.add("cluster '\(resource.name ?? "")' has no Container Insights: add the amazon-cloudwatch-observability add-on for metrics and container logs",
                     at: resource.anchor)
    }
}
