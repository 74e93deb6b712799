/// Every resource of a lint run, with their references resolved: Service → TaskDefinition, Service →
/// Cluster, capacity provider strategies → CapacityProvider. Rules see the whole project.
public struct Project: Sendable {
    public let resources: [Resource]
    private let named: [ResourceKind: [String: Int]]
    /// Task definition family → indexes of the services that run it.
    private let servicesByFamily: [String: [Int]]

    public init(resources: [Resource]) {
        self.resources = resources
        var named: [ResourceKind: [String: Int]] = [:]
        var servicesByFamily: [String: [Int]] = [:]
        for (index, resource) in resources.enumerated() {
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
        self.servicesByFamily = servicesByFamily
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
        let node = service.body["cluster"] ?? service.body["clusterArn"]
        if let node, node.isOpaque { return nil }
        guard let name = Reference.clusterName(node?.string) else { return nil }
        return resource(.cluster, named: name)
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
