/// The berth kinds: each names the AWS API call whose request shape the document's body is.
public enum ResourceKind: String, Sendable, CaseIterable, Comparable {
    case taskDefinition = "TaskDefinition"
    case service = "Service"
    case cluster = "Cluster"
    case capacityProvider = "CapacityProvider"

    /// The API model and request shape that validate the body.
    public var requestShape: (catalog: ShapeCatalog, shape: String) {
        switch self {
        case .taskDefinition: (.ecs, "RegisterTaskDefinitionRequest")
        case .service: (.ecs, "CreateServiceRequest")
        case .cluster: (.ecs, "CreateClusterRequest")
        case .capacityProvider: (.ecs, "CreateCapacityProviderRequest")
        }
    }

    /// The AWS call, as the documentation names it.
    public var apiCall: String {
        switch self {
        case .taskDefinition: "ECS RegisterTaskDefinition"
        case .service: "ECS CreateService"
        case .cluster: "ECS CreateCluster"
        case .capacityProvider: "ECS CreateCapacityProvider"
        }
    }

    /// The field that names a resource of this kind.
    public var identityField: String {
        switch self {
        case .taskDefinition: "family"
        case .service: "serviceName"
        case .cluster: "clusterName"
        case .capacityProvider: "name"
        }
    }

    public static func < (lhs: ResourceKind, rhs: ResourceKind) -> Bool { lhs.rawValue < rhs.rawValue }
}
