import BerthSpecs
import BerthYAML

/// Maps what describe calls return onto the request shapes specs are written in: server-managed fields
/// dropped, renamed fields renamed back, fields describe keeps elsewhere fetched from there
/// (reference/plan-semantics.md §4.1, §4.2).
enum DescribedForm {
    /// Fields only AWS sets: identifiers, status, counters, timestamps.
    static let serverManaged: [ResourceKind: Set<String>] = [
        .taskDefinition: ["taskDefinitionArn", "revision", "status", "requiresAttributes", "compatibilities", "registeredAt",
                          "registeredBy", "deregisteredAt", "deleteRequestedAt"],
        .service: ["serviceArn", "status", "runningCount", "pendingCount", "events", "deployments", "taskSets", "createdAt",
                   "createdBy", "platformFamily", "currentServiceDeployment", "currentServiceRevisions", "resourceManagementType"],
        .cluster: ["clusterArn", "status", "registeredContainerInstancesCount", "runningTasksCount", "pendingTasksCount",
                   "activeServicesCount", "statistics", "attachments", "attachmentsStatus"],
        .scalableTarget: ["CreationTime", "ScalableTargetARN", "PredictedCapacity"],
        .scalingPolicy: ["PolicyARN", "CreationTime", "Alarms"],
    ]

    /// Describe's name → the request's name.
    static let renamed: [ResourceKind: [String: String]] = [
        .service: ["clusterArn": "cluster", "roleArn": "role"],
    ]

    /// Service fields describe-services leaves off the service and reports on its PRIMARY deployment.
    static let onPrimaryDeployment = ["serviceConnectConfiguration", "volumeConfigurations", "vpcLatticeConfigurations"]

    /// Where each kind's tags are; describe output without them was run without `--include TAGS`.
    static let tagsField: [ResourceKind: String] = [.taskDefinition: "tags", .service: "tags", .cluster: "tags"]

    struct Mapped {
        var fields: PlanValue
        var unknown: [String: String] = [:]
        var revision: Int?
    }

    /// `document`: the root of the resource's document, which holds a described task definition's tags.
    static func requestFields(of resource: Resource, document: YAMLNode?) -> Mapped {
        guard case .map(var fields) = PlanValue(resource.body) else { return Mapped(fields: PlanValue(resource.body)) }
        fields["kind"] = nil
        guard resource.form == .described else { return Mapped(fields: .map(fields)) }
        var mapped = Mapped(fields: .null)
        // Revisions start at 1; any other number, or one beyond Int, leaves the revision unknown.
        mapped.revision = fields["revision"]?.text.flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
        for (from, to) in renamed[resource.kind] ?? [:] {
            if let value = fields.removeValue(forKey: from), fields[to] == nil { fields[to] = value }
        }
        if resource.kind == .service, let primary = fields["deployments"]?.elements?.first(where: { $0["status"]?.text == "PRIMARY" }) {
            for name in onPrimaryDeployment where fields[name] == nil {
                fields[name] = primary[name]
            }
        }
        if let tags = tagsField[resource.kind] {
            // describe-task-definition puts tags beside the task definition, not in it.
            let wrapped = resource.kind == .taskDefinition ? document?["tags"].map(PlanValue.init) : nil
            if let wrapped { fields[tags] = wrapped }
            if fields[tags] == nil {
                mapped.unknown[tags] = "the current state has no tags (describe without --include TAGS)"
            }
        }
        for name in serverManaged[resource.kind] ?? [] { fields[name] = nil }
        mapped.fields = .map(fields)
        return mapped
    }
}
