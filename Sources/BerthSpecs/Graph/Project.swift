/// Every resource of a lint run, with their references resolved (DESIGN.md §1): Service → TaskDefinition,
/// Cluster, TargetGroup; capacity provider → CapacityProvider → AutoScalingGroup; ScalableTarget → Service;
/// ScalingPolicy → ScalableTarget; EventRule and Schedule targets → Cluster and TaskDefinition; image →
/// Repository. Rules see the whole project.
public struct Project: Sendable {
    public let resources: [Resource]
    private let named: [ResourceKind: [String: Int]]
    private let byKind: [ResourceKind: [Int]]
    /// Task definition family → indexes of the services that run it.
    private let servicesByFamily: [String: [Int]]

    public init(resources: [Resource]) {
        self.resources = resources
        var named: [ResourceKind: [String: Int]] = [:]
        var servicesByFamily: [String: [Int]] = [:]
        var byKind: [ResourceKind: [Int]] = [:]
        for (index, resource) in resources.enumerated() {
            byKind[resource.kind, default: []].append(index)
            // The first definition of a name wins, in the stable order of paths.
            if let name = resource.name, named[resource.kind]?[name] == nil {
                named[resource.kind, default: [:]][name] = index
            }
            if resource.kind == .service, let reference = resource.body["taskDefinition"]?.knownString,
               let family = Reference.taskDefinitionFamily(reference) {
                servicesByFamily[family, default: []].append(index)
            }
        }
        self.named = named
        self.byKind = byKind
        self.servicesByFamily = servicesByFamily
    }

    /// The resources of one kind, in the stable order of paths.
    public func resources(of kind: ResourceKind) -> [Resource] {
        (byKind[kind] ?? []).map { resources[$0] }
    }

    /// Whether the project has any resource of a kind.
    public func defines(_ kind: ResourceKind) -> Bool {
        byKind[kind] != nil
    }

    /// The names of the project's resources of a kind, sorted; nil when one of them has no known name (a
    /// placeholder), since that one could be any name.
    public func names(of kind: ResourceKind) -> [String]? {
        let names = named[kind] ?? [:]
        let unnamed = (byKind[kind] ?? []).contains { resources[$0].name == nil }
        return unnamed ? nil : names.keys.sorted()
    }

    public func resource(_ kind: ResourceKind, named name: String) -> Resource? {
        named[kind]?[name].map { resources[$0] }
    }

    /// The task definition a service names (family, family:revision or ARN), when the project has it.
    public func taskDefinition(of service: Resource) -> Resource? {
        guard let reference = service.body["taskDefinition"]?.knownString,
              let family = Reference.taskDefinitionFamily(reference) else { return nil }
        return resource(.taskDefinition, named: family)
    }

    /// The cluster a service runs in (`cluster`, or `clusterArn` in describe output; ECS's `default` if unset).
    public func cluster(of service: Resource) -> Resource? {
        clusterName(of: service).flatMap { resource(.cluster, named: $0) }
    }

    /// The name of the cluster a service runs in, whether or not the project defines it.
    public func clusterName(of service: Resource) -> String? {
        let node = service.body["cluster"] ?? service.body["clusterArn"]
        if let node, node.isOpaque { return nil }
        return Reference.clusterName(node?.string)
    }

    public func capacityProvider(_ reference: String) -> Resource? {
        Reference.capacityProviderName(reference).flatMap { resource(.capacityProvider, named: $0) }
    }

    /// The services of the project that run a task definition.
    public func services(running taskDefinition: Resource) -> [Resource] {
        guard let family = taskDefinition.name else { return [] }
        return (servicesByFamily[family] ?? []).map { resources[$0] }
    }
}
