import BerthYAML

/// An eksctl ClusterConfig, read for the checks that need more than its schema.
public struct ClusterConfigView {
    public let resource: Resource
    private var body: YAMLNode { resource.body }

    public init(_ resource: Resource) {
        self.resource = resource
    }

    public var regionNode: YAMLNode? { body["metadata", "region"] }
    public var region: String? { regionNode?.knownString }

    /// Managed node groups, then self-managed ones.
    public var nodeGroups: [NodeGroup] {
        let managed = (body["managedNodeGroups"]?.elements ?? .empty).map { NodeGroup(node: $0, isManaged: true) }
        let unmanaged = (body["nodeGroups"]?.elements ?? .empty).map { NodeGroup(node: $0, isManaged: false) }
        return managed + unmanaged
    }

    public var fargateProfiles: [FargateProfile] {
        (body["fargateProfiles"]?.elements ?? .empty).map(FargateProfile.init)
    }

    /// The `addons` entries, by name.
    public var addons: [(name: String, node: YAMLNode)] {
        (body["addons"]?.elements ?? .empty).compactMap { addon in
            addon["name"].flatMap { node in node.knownString.map { ($0, node) } }
        }
    }

    /// Whether the cluster installs an add-on; nil when some add-on name is a placeholder and berth cannot tell.
    public func installs(_ addon: String) -> Bool? {
        let names = (body["addons"]?.elements ?? .empty).compactMap { $0["name"] }
        if names.contains(where: { $0.knownString == addon }) { return true }
        return names.contains(where: \.isOpaque) ? nil : false
    }

    /// The Availability Zones that nodes may run in: the node groups' own, else the cluster's; nil when any node
    /// group (or the cluster) leaves the choice to eksctl, which spreads over several.
    public var nodeZones: Set<String>? {
        let groups = nodeGroups
        guard !groups.isEmpty else { return nil }
        var zones: Set<String> = []
        for group in groups {
            guard let own = (group.node["availabilityZones"] ?? body["availabilityZones"])?.elements, !own.isEmpty else { return nil }
            for zone in own {
                guard let name = zone.knownString else { return nil }
                zones.insert(name)
            }
        }
        return zones
    }
}

extension ClusterConfigView {
    public struct NodeGroup {
        public let node: YAMLNode
        /// A `managedNodeGroups` entry (EKS managed) rather than a `nodeGroups` one (self-managed).
        public let isManaged: Bool

        public var name: String { node["name"]?.knownString ?? "(unnamed)" }
        public var label: String { "\(isManaged ? "managed node group" : "node group") '\(name)'" }
    }

    public struct FargateProfile {
        public let node: YAMLNode

        public var name: String { node["name"]?.knownString ?? "(unnamed)" }
        public var selectors: YAMLElements { node["selectors"]?.elements ?? .empty }

        /// The selector that picks pods in a namespace with labels, if any. EKS accepts `*` and `?` in selector
        /// namespaces, label keys and values; a pod must carry every label of the selector.
        public func selector(matching namespace: String, labels: [String: String]) -> YAMLNode? {
            selectors.first { selector in
                guard let wanted = selector["namespace"]?.knownString,
                      Wildcard.matches(namespace, pattern: wanted, anyCharacter: "?") else { return false }
                return (selector["labels"]?.pairs ?? .empty).allSatisfy { pair in
                    guard let key = pair.key.text, let value = pair.value.knownString else { return false }
                    return labels.contains { Wildcard.matches($0.key, pattern: key, anyCharacter: "?") &&
                        Wildcard.matches($0.value, pattern: value, anyCharacter: "?") }
                }
            }
        }
    }
}
