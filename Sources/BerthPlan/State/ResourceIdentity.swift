import BerthSpecs

/// What makes two documents the same AWS resource: TaskDefinition by family, Service by cluster and name,
/// ScalableTarget by namespace, resource id and dimension, and so on for every kind.
struct ResourceIdentity: Sendable, Hashable, Comparable {
    let kind: ResourceKind
    /// What resources are matched by: every part of the identity.
    let key: [String]
    /// How the plan names the resource: `prod/web`, `service/prod/web (ecs:service:DesiredCount)`.
    let display: String

    /// Nil when the name is missing or a placeholder: such a resource cannot be matched.
    init?(kind: ResourceKind, fields: PlanValue) {
        func known(_ key: String) -> String? {
            guard let value = fields[key], !value.isPlaceholder, let text = value.text, !text.isEmpty else { return nil }
            return text
        }
        func name(_ key: String, _ resourceType: String) -> String? {
            known(key).map { Self.lastComponent($0, after: resourceType) }
        }
        /// `bus/name`, or the name alone in the default bus or group.
        func grouped(_ group: String?, _ name: String?) -> String? {
            guard let name else { return nil }
            return group.map { $0 == "default" ? name : "\($0)/\(name)" } ?? name
        }
        let parts: [String?]
        let display: String?
        switch kind {
        case .taskDefinition:
            parts = [known("family")]
            display = parts[0]
        case .service:
            let cluster = fields["cluster"] == nil ? "default" : name("cluster", "cluster/")
            parts = [cluster, known("serviceName") ?? known("serviceArn").map { Self.lastComponent($0, after: "/") }]
            display = parts.contains(nil) ? nil : "\(parts[0]!)/\(parts[1]!)"
        case .cluster:
            parts = [known("clusterName") ?? name("clusterArn", "cluster/")]
            display = parts[0]
        case .capacityProvider:
            parts = [known("name")]
            display = parts[0]
        case .scalableTarget:
            parts = [known("ServiceNamespace"), known("ResourceId"), known("ScalableDimension")]
            display = parts[1].map { "\($0) (\(parts[2] ?? ""))" }
        case .scalingPolicy:
            parts = [known("ServiceNamespace"), known("ResourceId"), known("ScalableDimension"), known("PolicyName")]
            display = parts[3].map { "\($0) on \(parts[1] ?? "")" }
        case .scheduledAction:
            parts = [known("ServiceNamespace"), known("ResourceId"), known("ScheduledActionName")]
            display = parts[2].map { "\($0) on \(parts[1] ?? "")" }
        case .loadBalancer, .targetGroup:
            parts = [known("Name")]
            display = parts[0]
        case .listener:
            parts = [name("LoadBalancerArn", "loadbalancer/"), known("Port")]
            display = known("LoadBalancerArn").flatMap(Reference.loadBalancerName).map { "\($0):\(parts[1] ?? "")" }
        case .classicLoadBalancer:
            parts = [known("LoadBalancerName")]
            display = parts[0]
        case .eventRule:
            parts = [known("EventBusName").map { Self.lastComponent($0, after: "event-bus/") } ?? "default", known("Name")]
            display = grouped(parts[0], parts[1])
        case .schedule:
            parts = [known("GroupName") ?? "default", known("Name")]
            display = grouped(parts[0], parts[1])
        case .autoScalingGroup:
            parts = [known("AutoScalingGroupName")]
            display = parts[0]
        case .repository:
            parts = [known("repositoryName")]
            display = parts[0]
        case .appRunnerService:
            parts = [known("ServiceName")]
            display = parts[0]
        case .clusterConfig, .storageClass, .persistentVolume, .persistentVolumeClaim, .pod, .deployment, .statefulSet,
             .daemonSet, .job, .cronJob:
            return nil  // eksctl and kubectl deploy these; the plan covers AWS API calls
        }
        let present = parts.compactMap { $0 }
        guard present.count == parts.count, let display else { return nil }
        self.kind = kind
        self.key = present
        self.display = display
    }

    /// `prod` in `arn:aws:ecs:us-east-1:123456789012:cluster/prod`; the text itself when it is not an ARN.
    private static func lastComponent(_ text: String, after marker: String) -> String {
        guard text.hasPrefix("arn:"), let range = text.ranges(of: marker).last else { return text }
        return String(text[range.upperBound...])
    }

    static func < (lhs: ResourceIdentity, rhs: ResourceIdentity) -> Bool {
        (lhs.kind, lhs.display) < (rhs.kind, rhs.display)
    }

    static func == (lhs: ResourceIdentity, rhs: ResourceIdentity) -> Bool {
        lhs.kind == rhs.kind && lhs.key == rhs.key
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(key)
    }
}
