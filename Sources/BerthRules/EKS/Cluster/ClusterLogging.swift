import BerthLint
import BerthSpecs
import BerthYAML

/// Control plane log types and CloudWatch Logs retention values are fixed lists.
struct ClusterLogging: Rule {
    static let kinds: Set<ResourceKind> = [.clusterConfig]

    static let description = RuleDescription(
        id: "EKS106", name: "cluster-logging-settings",
        summary: "An unknown control plane log type or a retention CloudWatch Logs does not offer",
        rationale: """
        cloudWatch.clusterLogging.enableTypes takes the EKS control plane log types api, audit, authenticator, \
        controllerManager and scheduler, or all (or `*`); eksctl refuses others. logRetentionInDays must be one of \
        CloudWatch Logs' retention periods: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1827 \
        or 3653 days.
        """,
        helpURI: "https://eksctl.io/usage/cloudwatch-cluster-logging/",
        severity: .error, category: .correctness,
        triggering: [
            """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: shop, region: us-east-1}
            cloudWatch:
              clusterLogging:
                enableTypes: [api, ↓controller-manager]
                logRetentionInDays: ↓45
            """,
        ],
        nonTriggering: [
            """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: shop, region: us-east-1}
            cloudWatch:
              clusterLogging:
                enableTypes: [api, audit, controllerManager]
                logRetentionInDays: 731
            """,
        ],
        supersedes: ["SPEC004"])

    static let logTypes = ["api", "audit", "authenticator", "controllerManager", "scheduler", "all", "*"]
    static let retentionDays = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1827, 3653]

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard let logging = resource.body["cloudWatch", "clusterLogging"] else { return }
        for type in logging["enableTypes"]?.elements ?? .empty {
            guard let name = type.knownString, !Self.logTypes.contains(name) else { continue }
            let hint = Suggestion.closest(to: name, in: Self.logTypes).map { "; did you mean '\($0)'?" } ?? ""
            findings.add("'\(name)' is not a control plane log type; EKS has api, audit, authenticator, controllerManager and scheduler\(hint)", at: type)
        }
        if let retention = logging["logRetentionInDays"], let days = retention.int, !Self.retentionDays.contains(days) {
            // Clamped to the periods' span first, so that no distance overflows (1 - Int.min does).
            let clamped = min(max(days, Self.retentionDays.first!), Self.retentionDays.last!)
            let nearest = Self.retentionDays.min { abs($0 - clamped) < abs($1 - clamped) } ?? 30
            findings.add("CloudWatch Logs keeps logs for set periods only, not \(days) days; the nearest is \(nearest)", at: retention)
        }
    }
}
