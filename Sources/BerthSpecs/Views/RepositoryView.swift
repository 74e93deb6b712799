import BerthYAML

/// Typed reading of a Repository resource.
public struct RepositoryView: Sendable {
    public let resource: Resource

    public init(_ resource: Resource) {
        self.resource = resource
    }

    /// The rules of the lifecycle policy, in the order written.
    public var lifecycleRules: YAMLElements { resource.body["lifecyclePolicy", "rules"]?.elements ?? .empty }
}
