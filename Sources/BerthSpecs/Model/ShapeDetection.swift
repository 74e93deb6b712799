import BerthYAML

/// What a document is, decided from `kind` or, for files that AWS tools write, from its shape.
enum DocumentClass {
    /// A berth document: `kind:` names the API call.
    case spec(ResourceKind)
    /// `kind:` names nothing berth knows.
    case unknownKind(YAMLNode)
    /// A bare request, validated against `shape` of the kind's catalog.
    case request(ResourceKind)
    /// A CreateService input without serviceName: ecspresso's ecs-service-def.json, whose name, cluster and
    /// task definition come from ecspresso's own configuration.
    case serviceDefinition
    /// `aws ecs describe-task-definition` output (`{"taskDefinition": …}`).
    case describedTaskDefinition
    /// `aws ecs describe-services` output (`{"services": […]}`).
    case describedServices
    /// A single task definition or service as describe returns it, without the wrapper.
    case described(ResourceKind)
    /// Kubernetes or eksctl (`apiVersion`), read by other parts of berth.
    case foreign
    case notASpec(reason: String)

    static func classify(_ root: YAMLNode) -> DocumentClass {
        guard root.isMapping else {
            let what = root.isSequence ? "a list" : "a scalar"
            return .notASpec(reason: "the document is \(what), not a mapping; berth specs are mappings")
        }
        if root.pair("apiVersion") != nil { return .foreign }
        if let kindNode = root["kind"] {
            if let name = kindNode.string, let kind = ResourceKind(rawValue: name) { return .spec(kind) }
            return .unknownKind(kindNode)
        }
        if let inner = root["taskDefinition"], inner["containerDefinitions"]?.isSequence == true {
            return .describedTaskDefinition
        }
        if let services = root["services"], services.isSequence, !services.elements.isEmpty,
           services.elements.allSatisfy({ $0.pair("serviceName") != nil || $0.pair("serviceArn") != nil }) {
            return .describedServices
        }
        let keys = Set(root.pairs.compactMap(\.key.text))
        if root["containerDefinitions"]?.isSequence == true {
            return keys.isDisjoint(with: describedTaskDefinitionKeys) ? .request(.taskDefinition) : .described(.taskDefinition)
        }
        if keys.contains("serviceName") || keys.contains("serviceArn") {
            return keys.isDisjoint(with: describedServiceKeys) ? .request(.service) : .described(.service)
        }
        if keys.intersection(serviceRequestKeys).count >= 2, keys.isSubset(of: allServiceRequestKeys) {
            return .serviceDefinition
        }
        return .notASpec(reason: "it has no 'kind' and is not an AWS shape berth recognises (RegisterTaskDefinition or CreateService input, describe-task-definition or describe-services output)")
    }

    /// Server-managed fields that only describe output carries.
    static let describedTaskDefinitionKeys: Set<String> = [
        "taskDefinitionArn", "revision", "status", "requiresAttributes", "compatibilities", "registeredAt", "registeredBy",
    ]
    static let describedServiceKeys: Set<String> = [
        "serviceArn", "clusterArn", "status", "runningCount", "pendingCount", "deployments", "events", "createdAt", "roleArn",
    ]
    /// CreateService fields distinctive enough that two of them mark a service definition without a name
    /// (ecspresso's ecs-service-def.json).
    static let serviceRequestKeys: Set<String> = [
        "taskDefinition", "desiredCount", "launchType", "loadBalancers", "networkConfiguration", "deploymentConfiguration",
        "capacityProviderStrategy", "schedulingStrategy", "serviceRegistries", "deploymentController", "platformVersion",
    ]
    static let allServiceRequestKeys: Set<String> = {
        let (catalog, name) = ResourceKind.service.requestShape
        guard let index = catalog.index(of: name) else { return [] }
        return Set(catalog[index].members.map(\.name))
    }()
}
