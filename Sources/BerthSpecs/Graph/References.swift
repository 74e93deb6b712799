/// Parsing of the ways one resource names another: a name, `family:revision`, or a full ARN.
public enum Reference {
    /// The family in `web`, `web:42` or `arn:aws:ecs:us-east-1:123456789012:task-definition/web:42`.
    public static func taskDefinitionFamily(_ reference: String) -> String? {
        guard !Placeholder.contains(reference), !reference.isEmpty else { return nil }
        var name = Substring(reference)
        if let resource = arnResource(reference) {
            guard let path = path(resource, type: "task-definition") else { return nil }
            name = path
        }
        if let colon = name.utf8.lastIndex(of: UInt8(ascii: ":")),
           name.utf8[name.utf8.index(after: colon)...].allSatisfy({ (0x30...0x39).contains($0) }) {
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
        guard let resource = arnResource(reference) else { return reference.hasPrefix("arn:") ? nil : reference }
        guard let path = path(resource, type: resourceType) else { return nil }
        var parts = path.split(separator: "/")
        // loadbalancer/<type>/<name>/<id>, targetgroup/<name>/<id>
        if resourceType == "loadbalancer", parts.count == 3 { parts.removeFirst() }
        return parts.count == 2 ? String(parts[0]) : nil
    }

    private static func lastComponent(_ reference: String, resourceType: String) -> String? {
        guard !Placeholder.contains(reference) else { return nil }
        guard let resource = arnResource(reference) else { return reference.hasPrefix("arn:") ? nil : reference }
        guard let name = path(resource, type: resourceType), !name.isEmpty else { return nil }
        return String(name)
    }

    /// The resource part of an ARN, after `arn:partition:service:region:account:`; nil when `text` is not an
    /// ARN. Scanned as UTF-8: references are resolved many times per run.
    private static func arnResource(_ text: String) -> Substring? {
        guard text.utf8.starts(with: "arn:".utf8) else { return nil }
        var colons = 0
        for index in text.utf8.indices where text.utf8[index] == UInt8(ascii: ":") {
            colons += 1
            if colons == 5 { return text[text.utf8.index(after: index)...] }
        }
        return nil
    }

    /// What follows `<type>/` in an ARN's resource part (`cluster/prod`, or
    /// `autoScalingGroup:<uuid>:autoScalingGroupName/workers` whose type ends after a colon).
    private static func path(_ resource: Substring, type: String) -> Substring? {
        guard let slash = resource.utf8.firstIndex(of: UInt8(ascii: "/")) else { return nil }
        let prefix = resource[..<slash]
        guard prefix.utf8.elementsEqual(type.utf8)
                || (prefix.utf8.count > type.utf8.count && prefix.hasSuffix(":" + type)) else { return nil }
        return resource[resource.utf8.index(after: slash)...]
    }
}
