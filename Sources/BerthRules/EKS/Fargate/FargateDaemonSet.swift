import BerthLint
import BerthSpecs
import BerthYAML

/// Each Fargate pod is its own node: a DaemonSet has nothing to run on.
struct FargateDaemonSet: Rule {
    static let kinds: Set<ResourceKind> = [.daemonSet]

    static let description = RuleDescription(
        id: "EKS301", name: "fargate-daemonset",
        summary: "A DaemonSet whose pods a Fargate profile selects",
        rationale: """
        Fargate runs each pod on its own micro-VM, and those nodes do not run DaemonSet pods. A DaemonSet in a \
        namespace (and with labels) that a Fargate profile selects never gets the pods it is meant to have there; \
        run the agent as a sidecar container of the Fargate pods, or on EC2 nodes.
        """,
        helpURI: "https://docs.aws.amazon.com/eks/latest/userguide/fargate.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: shop, region: us-east-1}
            fargateProfiles:
              - {name: everything, selectors: [{namespace: monitoring}]}
            ---
            apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: ↓log-agent, namespace: monitoring}
            spec:
              selector: {matchLabels: {app: log-agent}}
              template:
                metadata: {labels: {app: log-agent}}
                spec:
                  containers: [{name: agent, image: "fluent/fluent-bit:3.1"}]
            """,
        ],
        nonTriggering: [
            """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: shop, region: us-east-1}
            fargateProfiles:
              - {name: web, selectors: [{namespace: storefront}]}
            ---
            apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: log-agent, namespace: monitoring}
            spec:
              selector: {matchLabels: {app: log-agent}}
              template:
                metadata: {labels: {app: log-agent}}
                spec:
                  containers: [{name: agent, image: "fluent/fluent-bit:3.1"}]
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard let (_, fargate) = FargateScheduling.match(resource, in: project) else { return }
        findings.add("\(resource.label) is selected by a Fargate profile, and Fargate does not run DaemonSets; run the agent as a sidecar or on EC2 nodes",
                     at: resource.anchor, notes: [fargate])
    }
}
