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
    /// A describe call's output that lists resources of one kind: `aws ecs describe-services`
    /// (`{"services": […]}`), `describe-clusters`, `application-autoscaling describe-scalable-targets` and
    /// `describe-scaling-policies`.
    case describedList(DescribedList)
    /// A single task definition or service as describe returns it, without the wrapper.
    case described(ResourceKind)
    /// An eksctl ClusterConfig or a Kubernetes object that berth's EKS checks read.
    case manifest(ResourceKind)
    /// Any other document with `apiVersion`: Kubernetes objects berth has no check for, skipped silently.
    case foreign
    case notASpec(reason: String)

    static func classify(_ root: YAMLNode) -> DocumentClass {
        guard root.isMapping else {
            let what = root.isSequence ? "a list" : "a scalar"
            return .notASpec(reason: "the document is \(what), not a mapping; berth specs are mappings")
        }
        if let apiVersion = root.pair("apiVersion")?.value {
            return manifest(kind: root["kind"]?.string, apiVersion: apiVersion.string)
        }
        if let kindNode = root["kind"] {
            if let name = kindNode.string, let kind = ResourceKind(rawValue: name), kind.family == .berth { return .spec(kind) }
            return .unknownKind(kindNode)
        }
        if let inner = root["taskDefinition"], inner["containerDefinitions"]?.isSequence == true {
            return .describedTaskDefinition
        }
        if let list = DescribedList.all.first(where: { $0.matches(root) }) {
            return .describedList(list)
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
        return .notASpec(reason: "it has no 'kind' and is not an AWS shape berth recognises (RegisterTaskDefinition or CreateService input, or describe output)")
    }

    private static func manifest(kind name: String?, apiVersion: String?) -> DocumentClass {
        guard let name, let apiVersion, let kind = ResourceKind(rawValue: name) else { return .foreign }
        switch kind.family {
        case .berth: return .foreign
        // The schema checks the version: eksctl has had only v1alpha5 since 2019.
        case .eksctl: return apiVersion.hasPrefix("eksctl.io/") ? .manifest(kind) : .foreign
        case .kubernetes: return apiVersion == kind.kubernetesAPIVersion ? .manifest(kind) : .foreign
        }
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
        guard let (catalog, name) = ResourceKind.service.requestShape, let index = catalog.index(of: name) else { return [] }
        return Set(catalog[index].members.map(\.name))
    }()
}

/// The describe outputs that list resources: where the list is, what marks an entry, and the response shape.
struct DescribedList: Sendable {
    let kind: ResourceKind
    /// The key of the list in the response.
    let key: String
    /// Every entry has one of these.
    let identityKeys: [String]
    let shape: (catalog: ShapeCatalog, name: String)
    let label: String

    static let all = [
        DescribedList(kind: .service, key: "services", identityKeys: ["serviceName", "serviceArn"],
                      shape: (.ecs, "DescribeServicesResponse"), label: "describe-services output"),
        DescribedList(kind: .cluster, key: "clusters", identityKeys: ["clusterName", "clusterArn"],
                      shape: (.ecs, "DescribeClustersResponse"), label: "describe-clusters output"),
        DescribedList(kind: .scalableTarget, key: "ScalableTargets", identityKeys: ["ResourceId"],
                      shape: (.applicationAutoScaling, "DescribeScalableTargetsResponse"), label: "describe-scalable-targets output"),
        DescribedList(kind: .scalingPolicy, key: "ScalingPolicies", identityKeys: ["PolicyName", "PolicyARN"],
                      shape: (.applicationAutoScaling, "DescribeScalingPoliciesResponse"), label: "describe-scaling-policies output"),
    ]

    /// The document is this output: the list holds entries of the kind, or is empty beside the response's
    /// other keys (`failures` of a describe that found nothing, `NextToken`).
    func matches(_ root: YAMLNode) -> Bool {
        guard let list = root[key], list.isSequence else { return false }
        if list.elements.isEmpty {
            return root.pairs.count > 1 && root.pairs.allSatisfy { ["failures", "NextToken", key].contains($0.key.text ?? "") }
        }
        return list.elements.allSatisfy { entry in identityKeys.contains { entry.pair($0) != nil } }
    }
}
