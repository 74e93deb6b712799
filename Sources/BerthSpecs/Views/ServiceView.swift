import BerthYAML

/// Typed reading of a Service resource (CreateService request or describe-services output), with the
/// defaults ECS applies to what is left out. A value that is a placeholder reads as nil: unknown.
public struct ServiceView: Sendable {
    public enum Scheduling: String, Sendable {
        case replica = "REPLICA", daemon = "DAEMON"
    }

    public enum Controller: String, Sendable {
        case ecs = "ECS", codeDeploy = "CODE_DEPLOY", external = "EXTERNAL"
    }

    public enum Strategy: String, Sendable {
        case rolling = "ROLLING", blueGreen = "BLUE_GREEN", linear = "LINEAR", canary = "CANARY"
    }

    public let resource: Resource

    public init(_ resource: Resource) {
        self.resource = resource
    }

    private var body: YAMLNode { resource.body }
    // Chained subscripts: the variadic path subscript allocates an array per call, and rules run per service.
    private var deploymentConfiguration: YAMLNode? { body["deploymentConfiguration"] }

    /// `schedulingStrategy`; REPLICA when absent.
    public var scheduling: Scheduling? { Self.value(body["schedulingStrategy"], default: .replica) }

    /// `deploymentController.type`; ECS when absent.
    public var controller: Controller? { Self.value(controllerNode, default: .ecs) }
    public var controllerNode: YAMLNode? { body["deploymentController"]?["type"] }

    /// `deploymentConfiguration.strategy`; ROLLING when absent.
    public var strategy: Strategy? { Self.value(deploymentConfiguration?["strategy"], default: .rolling) }

    /// A REPLICA service that the ECS scheduler rolls batch by batch, within minimumHealthyPercent and maximumPercent.
    public var isRollingReplica: Bool {
        scheduling == .replica && controller == .ecs && strategy == .rolling
    }

    /// `desiredCount` when it is a known integer.
    public var desiredCount: Int? { body["desiredCount"]?.int }

    public var minimumHealthyPercentNode: YAMLNode? { deploymentConfiguration?["minimumHealthyPercent"] }
    public var maximumPercentNode: YAMLNode? { deploymentConfiguration?["maximumPercent"] }

    /// The API's defaults (aws-facts §5.1): REPLICA 100 / 200, DAEMON 0 / 100.
    public var defaultMinimumHealthyPercent: Int { scheduling == .daemon ? 0 : 100 }
    public var defaultMaximumPercent: Int { scheduling == .daemon ? 100 : 200 }

    /// The percents in effect: the written integer, the default when absent, nil when unknown.
    public var minimumHealthyPercent: Int? { Self.percent(minimumHealthyPercentNode, default: defaultMinimumHealthyPercent) }
    public var maximumPercent: Int? { Self.percent(maximumPercentNode, default: defaultMaximumPercent) }

    public var loadBalancers: YAMLElements { body["loadBalancers"]?.elements ?? .empty }
    public var assignPublicIp: YAMLNode? { body["networkConfiguration"]?["awsvpcConfiguration"]?["assignPublicIp"] }

    /// Whether tasks register with a load balancer, Cloud Map or VPC Lattice (or may: a placeholder list).
    /// Describe output carries VPC Lattice only on its deployments.
    public var registersTargets: Bool {
        let deployments = body["deployments"]?.elements ?? .empty
        return Self.isSet(body["loadBalancers"]) || Self.isSet(body["serviceRegistries"]) || Self.isSet(body["vpcLatticeConfigurations"])
            || deployments.contains { Self.isSet($0["vpcLatticeConfigurations"]) }
    }

    /// A list that is non-empty or unknown.
    private static func isSet(_ node: YAMLNode?) -> Bool {
        guard let node else { return false }
        return node.isOpaque || !node.elements.isEmpty
    }

    private static func value<Value: RawRepresentable>(_ node: YAMLNode?, default: Value) -> Value? where Value.RawValue == String {
        guard let node, !node.isNull else { return `default` }
        return node.knownString.flatMap(Value.init(rawValue:))
    }

    private static func percent(_ node: YAMLNode?, default: Int) -> Int? {
        guard let node, !node.isNull else { return `default` }
        return node.int
    }
}
