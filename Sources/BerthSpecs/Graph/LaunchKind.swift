import BerthYAML

/// Where ECS places a service's tasks.
public enum LaunchKind: String, Sendable, Hashable, CaseIterable {
    case fargate = "Fargate"
    case ec2 = "EC2"
    case external = "EXTERNAL"
    case managedInstances = "ECS Managed Instances"

    /// From a launch type or `requiresCompatibilities` value.
    public init?(launchType: String) {
        switch launchType {
        case "FARGATE": self = .fargate
        case "EC2": self = .ec2
        case "EXTERNAL": self = .external
        case "MANAGED_INSTANCES": self = .managedInstances
        default: return nil
        }
    }

    /// Fargate, ECS Managed Instances and external instances pull images and ship logs with the task
    /// execution role; EC2 container instances can use the instance role.
    public var pullsWithExecutionRole: Bool { self != .ec2 }
}

/// How berth decided where a resource runs, so a message can say why.
public struct LaunchDecision: Sendable {
    public let kind: LaunchKind
    /// Why, in words: `launchType FARGATE`, `capacity provider FARGATE_SPOT`, `requiresCompatibilities`.
    public let reason: String
    /// The node that decided it, and its file.
    public let node: YAMLNode
    public let path: String
}

extension Project {
    /// Where a service runs: its launch type, else its capacity provider strategy, else its cluster's
    /// default strategy, else what its task definition requires. Nil when the project cannot tell.
    public func launch(of service: Resource) -> LaunchDecision? {
        if let node = service.body["launchType"], !node.isNull {
            // A placeholder or unknown launch type still decides; berth just cannot see which way.
            guard let value = node.knownString, let kind = LaunchKind(launchType: value) else { return nil }
            return LaunchDecision(kind: kind, reason: "launchType \(value)", node: node, path: service.path)
        }
        if let strategy = service.body["capacityProviderStrategy"], strategy.isOpaque { return nil }
        if let strategy = service.body["capacityProviderStrategy"], !strategy.elements.isEmpty {
            return launch(ofStrategy: strategy, in: service)
        }
        if let cluster = cluster(of: service), let strategy = cluster.body["defaultCapacityProviderStrategy"],
           !strategy.elements.isEmpty {
            return launch(ofStrategy: strategy, in: cluster).map {
                LaunchDecision(kind: $0.kind, reason: "the default strategy of \(cluster.label): \($0.reason)", node: $0.node, path: $0.path)
            }
        }
        if let taskDefinition = taskDefinition(of: service) {
            let declared = declaredLaunchKinds(of: taskDefinition)
            if declared.count == 1, let only = declared.first { return only }
        }
        return nil
    }

    private func launch(ofStrategy strategy: YAMLNode, in owner: Resource) -> LaunchDecision? {
        let path = owner.path
        for item in strategy.elements {
            guard let node = item["capacityProvider"], let name = node.knownString else { continue }
            if name == "FARGATE" || name == "FARGATE_SPOT" {
                return LaunchDecision(kind: .fargate, reason: "capacity provider \(name)", node: node, path: path)
            }
            guard let provider = capacityProvider(name, near: owner) else { continue }
            if provider.body["managedInstancesProvider"] != nil {
                return LaunchDecision(kind: .managedInstances, reason: "capacity provider \(name)", node: node, path: path)
            }
            if provider.body["autoScalingGroupProvider"] != nil {
                return LaunchDecision(kind: .ec2, reason: "capacity provider \(name) (an Auto Scaling group)", node: node, path: path)
            }
        }
        return nil
    }

    /// The launch types a task definition declares in `requiresCompatibilities`.
    public func declaredLaunchKinds(of taskDefinition: Resource) -> [LaunchDecision] {
        (taskDefinition.body["requiresCompatibilities"]?.elements ?? .empty).compactMap { node in
            guard let value = node.knownString, let kind = LaunchKind(launchType: value) else { return nil }
            return LaunchDecision(kind: kind, reason: "requiresCompatibilities \(value)", node: node, path: taskDefinition.path)
        }
    }

    /// Where a task definition runs: the services of the project that run it decide; without any, what it
    /// declares. Empty when neither tells (ECS then derives compatibilities from the task definition).
    public func launchKinds(of taskDefinition: Resource) -> [LaunchDecision] {
        var seen = Set<LaunchKind>()
        let fromServices = services(running: taskDefinition).compactMap { launch(of: $0) }.filter { seen.insert($0.kind).inserted }
        return fromServices.isEmpty ? declaredLaunchKinds(of: taskDefinition) : fromServices
    }

    /// Whether the task definition must satisfy Fargate: it declares FARGATE (AWS checks at registration)
    /// or a service of the project runs it on Fargate.
    public func targetsFargate(_ taskDefinition: Resource) -> LaunchDecision? {
        declaredLaunchKinds(of: taskDefinition).first { $0.kind == .fargate }
            ?? services(running: taskDefinition).lazy.compactMap { self.launch(of: $0) }.first { $0.kind == .fargate }
    }
}

extension LaunchDecision {
    /// The decision was made by a node of `resource` itself (its own requiresCompatibilities), so a finding
    /// can point there instead of needing a note.
    public func isWithin(_ resource: Resource) -> Bool {
        path == resource.path && resource.body.range.start <= node.range.start && node.range.end <= resource.body.range.end
    }

}
