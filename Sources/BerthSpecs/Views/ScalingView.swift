import BerthYAML

/// Typed reading of the Application Auto Scaling kinds (ScalableTarget, ScalingPolicy, ScheduledAction) as
/// they apply to ECS services.
public struct ScalingView: Sendable {
    /// The one scalable dimension of an ECS service (M:aas ScalableDimension).
    public static let ecsDimension = "ecs:service:DesiredCount"

    /// The predefined target tracking metrics of ECS services (M:aas MetricType; AAS user guide, target tracking).
    public static let ecsTargetTrackingMetrics = [
        "ECSServiceAverageCPUUtilization", "ECSServiceAverageMemoryUtilization", "ALBRequestCountPerTarget",
    ]

    /// The predefined predictive scaling metrics, all of them ECS's: predictive scaling is ECS-only
    /// (M:aas PredictiveScalingPredefinedMetricPairSpecification, …LoadMetric…, …ScalingMetric…).
    public static let ecsPredictiveMetrics = [
        "ECSServiceAverageCPUUtilization", "ECSServiceAverageMemoryUtilization", "ECSServiceCPUUtilization",
        "ECSServiceMemoryUtilization", "ECSServiceTotalCPUUtilization", "ECSServiceTotalMemoryUtilization",
        "ALBRequestCount", "ALBRequestCountPerTarget", "TotalALBRequestCount",
    ]

    public enum PolicyType: String, Sendable {
        case targetTracking = "TargetTrackingScaling"
        case step = "StepScaling"
        case predictive = "PredictiveScaling"

        /// The request member that configures a policy of this type.
        var configurationKey: String {
            switch self {
            case .targetTracking: "TargetTrackingScalingPolicyConfiguration"
            case .step: "StepScalingPolicyConfiguration"
            case .predictive: "PredictiveScalingPolicyConfiguration"
            }
        }
    }

    public let resource: Resource

    public init(_ resource: Resource) {
        self.resource = resource
    }

    private var body: YAMLNode { resource.body }

    /// Whether the resource scales something of ECS; berth leaves the other namespaces alone.
    public var isECS: Bool { body["ServiceNamespace"]?.knownString == "ecs" }

    /// The scalable target the resource registers or acts on: namespace, resource id and dimension; nil when
    /// one of them is unknown.
    public var scalableTarget: [String]? {
        let identity = ["ServiceNamespace", "ResourceId", "ScalableDimension"].compactMap { body[$0]?.knownString }
        return identity.count == 3 ? identity : nil
    }

    /// A policy's type: PolicyType, else the one configuration the policy carries; nil when unknown.
    public var policyType: PolicyType? { policyTypeDecision?.type }

    /// Where the policy's type is stated: PolicyType's value, else the key of its configuration.
    public var policyTypeNode: YAMLNode? { policyTypeDecision?.node }

    private var policyTypeDecision: (type: PolicyType, node: YAMLNode)? {
        if let node = body["PolicyType"] {
            return node.knownString.flatMap(PolicyType.init(rawValue:)).map { ($0, node) }
        }
        let configured = [PolicyType.targetTracking, .step, .predictive].compactMap { type in
            body.pair(type.configurationKey).map { (type, $0.key) }
        }
        return configured.count == 1 ? configured[0] : nil
    }

    /// A target tracking policy's PredefinedMetricSpecification.
    public var predefinedMetric: YAMLNode? {
        body["TargetTrackingScalingPolicyConfiguration", "PredefinedMetricSpecification"]
    }

    /// The predefined metric specifications of a predictive policy (metric pairs, load and scaling metrics).
    public var predictivePredefinedMetrics: [YAMLNode] {
        let specifications = body["PredictiveScalingPolicyConfiguration", "MetricSpecifications"]?.elements ?? .empty
        return specifications.flatMap { specification in
            ["PredefinedMetricPairSpecification", "PredefinedLoadMetricSpecification", "PredefinedScalingMetricSpecification"]
                .compactMap { specification[$0] }
        }
    }

    /// What a target tracking policy tracks, comparable between policies: the predefined metric with its
    /// ResourceLabel (one target group's request count is not another's), or the customized metric. Nil
    /// when the policy tracks nothing known (placeholders, custom tags).
    public var trackedMetric: (identity: String, node: YAMLNode)? {
        let configuration = body["TargetTrackingScalingPolicyConfiguration"]
        if let predefined = predefinedMetric, let typeNode = predefined["PredefinedMetricType"],
           let type = typeNode.knownString {
            let label = predefined["ResourceLabel"]
            if label?.isOpaque == true { return nil }
            return ("\(type) \(label?.text ?? "")", typeNode)
        }
        guard let customized = configuration?.pair("CustomizedMetricSpecification"),
              let identity = Self.canonical(customized.value) else { return nil }
        return (identity, customized.key)
    }

    /// An integer capacity (MinCapacity, MaxCapacity) of a mapping, with its node.
    public static func capacity(_ key: String, in mapping: YAMLNode?) -> (node: YAMLNode, value: Int)? {
        guard let node = mapping?[key], let value = node.int else { return nil }
        return (node, value)
    }

    /// A node's value in a form where equal metrics are equal strings (mapping keys sorted); nil when
    /// part of it is opaque.
    private static func canonical(_ node: YAMLNode) -> String? {
        if node.isOpaque { return nil }
        if node.isMapping {
            var parts: [String] = []
            for pair in node.pairs {
                guard let key = pair.key.text, let value = canonical(pair.value) else { return nil }
                parts.append("\(key)=\(value)")
            }
            return "{" + parts.sorted().joined(separator: ",") + "}"
        }
        if node.isSequence {
            var parts: [String] = []
            for element in node.elements {
                guard let value = canonical(element) else { return nil }
                parts.append(value)
            }
            return "[" + parts.joined(separator: ",") + "]"
        }
        return node.text.map { "\"\($0)\"" } ?? "null"
    }
}

/// An ALBRequestCountPerTarget `ResourceLabel`: the final parts of the load balancer and target group ARNs,
/// `app/<lb-name>/<lb-id>/targetgroup/<tg-name>/<tg-id>`.
public struct ResourceLabel: Sendable, Equatable {
    /// `app` for an Application Load Balancer, `net` for a Network one.
    public let loadBalancerType: String
    public let loadBalancerName: String
    public let targetGroupName: String

    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 6, ["app", "net"].contains(parts[0]), parts[3] == "targetgroup",
              !parts.contains(where: \.isEmpty) else { return nil }
        loadBalancerType = String(parts[0])
        loadBalancerName = String(parts[1])
        targetGroupName = String(parts[4])
    }
}
