import BerthSpecs

/// How the entries of a list are told apart, so that reordering them is no change: containers by name,
/// port mappings by port and protocol, tags by key. Lists not named here are compared in order, since order
/// matters to them (`command`, `placementStrategy`).
enum ListIdentity {
    /// The fields whose values name an entry.
    struct Keyed: Sendable {
        let kind: ResourceKind
        let pattern: FieldPattern
        let fields: [String]

        init(_ kind: ResourceKind, _ pattern: String, _ fields: String...) {
            self.kind = kind
            self.pattern = FieldPattern(pattern)
            self.fields = fields
        }
    }

    static let keyed: [Keyed] = [
        Keyed(.taskDefinition, "containerDefinitions", "name"),
        Keyed(.taskDefinition, "containerDefinitions[].environment", "name"),
        Keyed(.taskDefinition, "containerDefinitions[].secrets", "name"),
        Keyed(.taskDefinition, "containerDefinitions[].portMappings", "containerPort", "protocol"),
        Keyed(.taskDefinition, "containerDefinitions[].mountPoints", "containerPath"),
        Keyed(.taskDefinition, "containerDefinitions[].volumesFrom", "sourceContainer"),
        Keyed(.taskDefinition, "containerDefinitions[].dependsOn", "containerName"),
        Keyed(.taskDefinition, "containerDefinitions[].ulimits", "name"),
        Keyed(.taskDefinition, "containerDefinitions[].systemControls", "namespace"),
        Keyed(.taskDefinition, "containerDefinitions[].extraHosts", "hostname"),
        Keyed(.taskDefinition, "containerDefinitions[].resourceRequirements", "type"),
        Keyed(.taskDefinition, "containerDefinitions[].environmentFiles", "value"),
        Keyed(.taskDefinition, "containerDefinitions[].logConfiguration.secretOptions", "name"),
        Keyed(.taskDefinition, "volumes", "name"),
        Keyed(.taskDefinition, "placementConstraints", "type", "expression"),
        Keyed(.taskDefinition, "inferenceAccelerators", "deviceName"),
        Keyed(.taskDefinition, "tags", "key"),
        Keyed(.service, "loadBalancers", "targetGroupArn", "loadBalancerName", "containerName", "containerPort"),
        Keyed(.service, "serviceRegistries", "registryArn"),
        Keyed(.service, "capacityProviderStrategy", "capacityProvider"),
        Keyed(.service, "placementConstraints", "type", "expression"),
        Keyed(.service, "volumeConfigurations", "name"),
        Keyed(.service, "serviceConnectConfiguration.services", "portName"),
        Keyed(.service, "tags", "key"),
        Keyed(.cluster, "settings", "name"),
        Keyed(.cluster, "defaultCapacityProviderStrategy", "capacityProvider"),
        Keyed(.cluster, "tags", "key"),
        Keyed(.capacityProvider, "tags", "key"),
        Keyed(.loadBalancer, "SubnetMappings", "SubnetId"),
        Keyed(.loadBalancer, "Tags", "Key"),
        Keyed(.targetGroup, "Tags", "Key"),
        Keyed(.listener, "DefaultActions", "Order", "Type"),
        Keyed(.listener, "Certificates", "CertificateArn"),
        Keyed(.listener, "Tags", "Key"),
        Keyed(.classicLoadBalancer, "Listeners", "LoadBalancerPort"),
        Keyed(.classicLoadBalancer, "Tags", "Key"),
        Keyed(.eventRule, "Targets", "Id"),
        Keyed(.eventRule, "Tags", "Key"),
        Keyed(.autoScalingGroup, "Tags", "Key"),
        Keyed(.repository, "tags", "Key"),
    ]

    /// Lists of names or ids whose order means nothing.
    static let sets: [(kind: ResourceKind, pattern: FieldPattern)] = [
        (.taskDefinition, FieldPattern("requiresCompatibilities")),
        (.service, FieldPattern("networkConfiguration.awsvpcConfiguration.subnets")),
        (.service, FieldPattern("networkConfiguration.awsvpcConfiguration.securityGroups")),
        (.cluster, FieldPattern("capacityProviders")),
        (.loadBalancer, FieldPattern("Subnets")),
        (.loadBalancer, FieldPattern("SecurityGroups")),
        (.classicLoadBalancer, FieldPattern("Subnets")),
        (.classicLoadBalancer, FieldPattern("SecurityGroups")),
        (.classicLoadBalancer, FieldPattern("AvailabilityZones")),
        (.autoScalingGroup, FieldPattern("AvailabilityZones")),
        (.autoScalingGroup, FieldPattern("TargetGroupARNs")),
    ]

    static func keyFields(of path: FieldPath, kind: ResourceKind) -> [String]? {
        keyed.first { $0.kind == kind && $0.pattern.matches(path, exactly: true) }?.fields
    }

    static func isSet(_ path: FieldPath, kind: ResourceKind) -> Bool {
        sets.contains { $0.kind == kind && $0.pattern.matches(path, exactly: true) }
    }

    /// An entry's name in a path: its key fields' values joined by `/`, ARNs shortened to their resource part
    /// (`targetgroup/web/6d0e…/web/8080`).
    static func key(of entry: PlanValue, fields: [String]) -> String {
        fields.compactMap { field -> String? in
            guard let text = entry[field]?.text else { return nil }
            guard text.hasPrefix("arn:") else { return text }
            return text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false).last.map(String.init) ?? text
        }.joined(separator: "/")
    }
}
