/// Every resource of a lint run, with their references resolved (DESIGN.md §1): Service → TaskDefinition,
/// Cluster, TargetGroup; capacity provider → CapacityProvider → AutoScalingGroup; ScalableTarget → Service;
/// ScalingPolicy → ScalableTarget; EventRule and Schedule targets → Cluster and TaskDefinition; image →
/// Repository. Rules see the whole project.
///
/// Names are unique only within one account and Region, so one repository may define `web` twice (staging and
/// production folders). A reference resolves to the definition nearest the resource that makes it: the same
/// file, else the one sharing the longest folder path; a tie means berth cannot tell, and the reference stays
/// unresolved rather than joining two unrelated deployments.
public struct Project: Sendable {
    public let resources: [Resource]
    public let defaults: ProjectDefaults
    /// Kind → name → indexes of the resources with that name, in the stable order of paths.
    private let named: [ResourceKind: [String: [Int]]]
    let byKind: [ResourceKind: [Int]]
    /// Task definition family → indexes of the services that run it.
    private let servicesByFamily: [String: [Int]]

    public init(resources: [Resource], defaults: ProjectDefaults = ProjectDefaults()) {
        self.resources = resources
        self.defaults = defaults
        var named: [ResourceKind: [String: [Int]]] = [:]
        var servicesByFamily: [String: [Int]] = [:]
        var byKind: [ResourceKind: [Int]] = [:]
        for (index, resource) in resources.enumerated() {
            byKind[resource.kind, default: []].append(index)
            if let name = resource.name {
                named[resource.kind, default: [:]][name, default: []].append(index)
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

    /// The resource of a kind with a name, as seen from `referrer` (see the type's comment); without a
    /// referrer, only a name defined once resolves.
    public func resource(_ kind: ResourceKind, named name: String, near referrer: Resource? = nil) -> Resource? {
        guard let candidates = named[kind]?[name] else { return nil }
        return nearest(candidates, to: referrer).map { resources[$0] }
    }

    /// Whether any resource of a kind has the name.
    public func defines(_ kind: ResourceKind, named name: String) -> Bool {
        named[kind]?[name] != nil
    }

    /// The candidate nearest the referrer; nil on a tie.
    func nearest(_ candidates: [Int], to referrer: Resource?) -> Int? {
        guard candidates.count > 1 else { return candidates.first }
        guard let referrer else { return nil }
        let scored = candidates.map { ($0, Self.closeness(of: resources[$0].path, to: referrer.path)) }
        let best = scored.map(\.1).max() ?? 0
        let winners = scored.filter { $0.1 == best }
        return winners.count == 1 ? winners[0].0 : nil
    }

    /// The number of leading path components two files share; a file shares the most with itself.
    private static func closeness(of path: String, to other: String) -> Int {
        if path == other { return Int.max }
        let a = path.split(separator: "/").dropLast(), b = other.split(separator: "/").dropLast()
        return zip(a, b).prefix { $0 == $1 }.count
    }

    /// The task definition a service names (family, family:revision or ARN), when the project has it.
    public func taskDefinition(of service: Resource) -> Resource? {
        guard let reference = service.body["taskDefinition"]?.knownString,
              let family = Reference.taskDefinitionFamily(reference) else { return nil }
        return resource(.taskDefinition, named: family, near: service)
    }

    /// The cluster a service runs in (`cluster`, or `clusterArn` in describe output; ECS's `default` if unset).
    public func cluster(of service: Resource) -> Resource? {
        clusterName(of: service).flatMap { resource(.cluster, named: $0, near: service) }
    }

    /// The name of the cluster a service runs in, whether or not the project defines it.
    public func clusterName(of service: Resource) -> String? {
        let node = service.body["cluster"] ?? service.body["clusterArn"]
        if let node, node.isOpaque { return nil }
        return Reference.clusterName(node?.string)
    }

    public func capacityProvider(_ reference: String, near referrer: Resource? = nil) -> Resource? {
        Reference.capacityProviderName(reference).flatMap { resource(.capacityProvider, named: $0, near: referrer) }
    }

    /// The services of the project that run a task definition.
    public func services(running taskDefinition: Resource) -> [Resource] {
        guard let family = taskDefinition.name else { return [] }
        return (servicesByFamily[family] ?? []).map { resources[$0] }.filter { service in
            self.taskDefinition(of: service)?.isSame(as: taskDefinition) == true
        }
    }
}
