import BerthLint
import BerthSpecs
import BerthYAML

/// Without Container Insights a cluster has no per-task CPU, memory or network metrics to debug with.
struct ContainerInsightsDisabled: Rule {
    static let kinds: Set<ResourceKind> = [.cluster]

    static let description = RuleDescription(
        id: "ECS301", name: "container-insights-disabled",
        summary: "A cluster without Container Insights",
        rationale: """
        Container Insights collects per-cluster, per-service and per-task CPU, memory, storage and network metrics \
        (`enhanced` adds container-level detail). A cluster setting `containerInsights` of `enabled` or `enhanced` turns \
        it on; without the setting the account default from PutAccountSettingDefault applies, which is off unless someone \
        changed it. It costs CloudWatch metrics, so this is advice, not a defect.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ClusterSetting.html",
        severity: .info, category: .reliability,
        triggering: [
            """
            kind: Cluster
            clusterName: ↓prod
            """,
            """
            kind: Cluster
            clusterName: prod
            settings: [{name: containerInsights, value: ↓disabled}]
            """,
        ],
        nonTriggering: [
            """
            kind: Cluster
            clusterName: prod
            settings: [{name: containerInsights, value: enhanced}]
            """,
            """
            kind: Cluster
            clusterName: prod
            settings: [{name: containerInsights, value: "${INSIGHTS}"}]
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        let setting = (resource.body["settings"]?.elements ?? .empty).first { $0["name"]?.string == "containerInsights" }
        guard let value = setting?["value"] else {
            findings.add("\(resource.label) does not enable Container Insights; unless the account default does, set settings containerInsights to 'enabled' or 'enhanced'",
                         at: resource.anchor)
            return
        }
        if value.knownString == "disabled" {
            findings.add("\(resource.label) turns Container Insights off; 'enabled' or 'enhanced' gives task and service metrics", at: value)
        }
    }
}
