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

    private static func lastComponent(_ reference: String, resourceType: String) -> String? {
        guard !Placeholder.contains(reference) else { return nil }
        guard reference.hasPrefix("arn:") else { return reference }
        guard let range = reference.firstRange(of: ":\(resourceType)/") else { return nil }
        let name = reference[range.upperBound...]
        return name.isEmpty ? nil : String(name)
    }
}
