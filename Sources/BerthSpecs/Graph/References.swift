/// Parsing of the ways one resource names another: a name, `family:revision`, or a full ARN.
public enum Reference {
    /// The family in `web`, `web:42` or `arn:aws:ecs:us-east-1:123456789012:task-definition/web:42`.
    public static func taskDefinitionFamily(_ reference: String) -> String? {
        guard !Placeholder.contains(reference), !reference.isEmpty else { return nil }
        var name = Substring(reference)
        if reference.hasPrefix("arn:") {
            guard let slash = reference.lastIndex(of: "/") else { return nil }
            name = reference[reference.index(after: slash)...]
        }
        if let colon = name.lastIndex(of: ":"), name[name.index(after: colon)...].allSatisfy(\.isNumber) {
            name = name[..<colon]
        }
        return name.isEmpty ? nil : String(name)
    }

    /// The name in `prod` or `arn:aws:ecs:us-east-1:123456789012:cluster/prod`; ECS's `default` when absent.
    public static func clusterName(_ reference: String?) -> String? {
        guard let reference, !reference.isEmpty else { return "default" }
        return lastComponent(reference, resourceType: "cluster")
    }

    /// The name in `spot-fleet` or `arn:aws:ecs:…:capacity-provider/spot-fleet`.
    public static func capacityProviderName(_ reference: String) -> String? {
        lastComponent(reference, resourceType: "capacity-provider")
    }

    /// The name in `web` or `arn:aws:elasticloadbalancing:…:targetgroup/web/0123456789abcdef`.
    public static func targetGroupName(_ reference: String) -> String? {
        elasticLoadBalancingName(reference, resourceType: "targetgroup")
    }

    /// The name in `public` or `arn:aws:elasticloadbalancing:…:loadbalancer/app/public/0123456789abcdef`
    /// (`app/`, `net/` or `gwy/` before the name).
    public static func loadBalancerName(_ reference: String) -> String? {
        elasticLoadBalancingName(reference, resourceType: "loadbalancer")
    }

    /// The group name in `workers` or
    /// `arn:aws:autoscaling:…:autoScalingGroup:<uuid>:autoScalingGroupName/workers`.
    public static func autoScalingGroupName(_ reference: String) -> String? {
        lastComponent(reference, resourceType: "autoScalingGroupName")
    }

    /// Cluster and service of an Application Auto Scaling `ResourceId` such as `service/prod/web`.
    public static func ecsServiceResourceID(_ resourceID: String) -> (cluster: String, service: String)? {
        let parts = resourceID.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "service", !parts[1].isEmpty, !parts[2].isEmpty,
              !Placeholder.contains(resourceID) else { return nil }
        return (String(parts[1]), String(parts[2]))
    }

    private static func elasticLoadBalancingName(_ reference: String, resourceType: String) -> String? {
        guard !Placeholder.contains(reference), !reference.isEmpty else { return nil }
        guard reference.hasPrefix("arn:") else { return reference }
        guard let range = reference.firstRange(of: ":\(resourceType)/") else { return nil }
        var parts = reference[range.upperBound...].split(separator: "/")
        // loadbalancer/<type>/<name>/<id>, targetgroup/<name>/<id>
        if resourceType == "loadbalancer", parts.count == 3 { parts.removeFirst() }
        return parts.count == 2 ? String(parts[0]) : nil
    }

    private static func lastComponent(_ reference: String, resourceType: String) -> String? {
        guard !Placeholder.contains(reference) else { return nil }
        guard reference.hasPrefix("arn:") else { return reference }
        guard let range = reference.firstRange(of: ":\(resourceType)/") else { return nil }
        let name = reference[range.upperBound...]
        return name.isEmpty ? nil : String(name)
    }
}
