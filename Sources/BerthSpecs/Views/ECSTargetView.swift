import BerthYAML

/// An ECS RunTask target: an EventBridge rule's `Targets[]` item with `EcsParameters`, or an EventBridge
/// Scheduler schedule whose `Target` has `EcsParameters`. The two API models spell every member read here
/// the same way (PascalCase, with ECS's own `awsvpcConfiguration` and `capacityProvider` inside); they differ
/// in where the target sits, in `Target.Id` (rules only) and in which members are required.
public struct ECSTargetView: Sendable {
    public let resource: Resource
    /// The target mapping.
    public let target: YAMLNode
    /// The `EcsParameters` key: where a finding about the target as a whole points.
    public let anchor: YAMLNode
    public let parameters: YAMLNode

    /// The ECS targets of an EventRule or a Schedule.
    public static func targets(of resource: Resource) -> [ECSTargetView] {
        let targets: [YAMLNode] = switch resource.kind {
        case .eventRule: Array(resource.body["Targets"]?.elements ?? .empty)
        case .schedule: resource.body["Target"].map { [$0] } ?? []
        default: []
        }
        return targets.compactMap { target in
            guard let pair = target.pair("EcsParameters"), pair.value.isMapping else { return nil }
            return ECSTargetView(resource: resource, target: target, anchor: pair.key, parameters: pair.value)
        }
    }

    /// `EventBridge rule 'nightly' target 'report'`, or `schedule 'nightly'`.
    public var label: String {
        guard resource.kind == .eventRule else { return resource.label }
        return target["Id"]?.knownString.map { "\(resource.label) target '\($0)'" } ?? "\(resource.label) ECS target"
    }

    /// The target's `Arn`: the cluster the task runs in.
    public var clusterArn: YAMLNode? { target["Arn"] }
    public var role: YAMLNode? { target["RoleArn"] }
    public var taskDefinitionArn: YAMLNode? { parameters["TaskDefinitionArn"] }
    public var launchType: YAMLNode? { parameters["LaunchType"] }
    public var capacityProviders: YAMLElements { parameters["CapacityProviderStrategy"]?.elements ?? .empty }
    public var networkConfiguration: YAMLPair? { parameters.pair("NetworkConfiguration") }
    public var platformVersion: YAMLPair? { parameters.pair("PlatformVersion") }
    public var taskCount: YAMLNode? { parameters["TaskCount"] }

    /// `awsvpcConfiguration`, when given (a placeholder counts as given).
    public var awsvpcConfiguration: YAMLNode? {
        networkConfiguration?.value["awsvpcConfiguration"].flatMap { $0.isNull ? nil : $0 }
    }

    /// The node that puts the task on Fargate: `LaunchType: FARGATE`, or a FARGATE or FARGATE_SPOT capacity
    /// provider in the target's strategy.
    public var fargate: YAMLNode? {
        if let launchType, launchType.knownString == "FARGATE" { return launchType }
        return capacityProviders.lazy.compactMap { $0["capacityProvider"] }
            .first { $0.knownString == "FARGATE" || $0.knownString == "FARGATE_SPOT" }
    }

    /// The task definition the target runs, when the project defines it.
    public func taskDefinition(in project: Project) -> Resource? {
        family.flatMap { project.resource(.taskDefinition, named: $0, near: resource) }
    }

    /// The family named by `TaskDefinitionArn` (a family, `family:revision` or an ARN).
    public var family: String? {
        taskDefinitionArn?.knownString.flatMap(Reference.taskDefinitionFamily)
    }
}
