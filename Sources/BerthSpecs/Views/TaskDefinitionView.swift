import BerthYAML

/// Typed reading of a TaskDefinition resource (RegisterTaskDefinition request or describe output).
public struct TaskDefinitionView: Sendable {
    public let resource: Resource

    public init(_ resource: Resource) {
        self.resource = resource
    }

    private var body: YAMLNode { resource.body }

    public var containers: YAMLElements { body["containerDefinitions"]?.elements ?? .empty }
    public var volumes: YAMLElements { body["volumes"]?.elements ?? .empty }

    /// The network mode as written; ECS uses `bridge` when it is absent.
    public var networkMode: String? { body["networkMode"]?.knownString }
    public var effectiveNetworkMode: String? {
        if let node = body["networkMode"], node.isOpaque { return nil }
        return networkMode ?? "bridge"
    }

    /// The role's node when a role is set (a placeholder counts as set).
    public var taskRole: YAMLNode? { Self.role(body["taskRoleArn"]) }
    public var executionRole: YAMLNode? { Self.role(body["executionRoleArn"]) }

    public var isWindows: Bool {
        body["runtimePlatform", "operatingSystemFamily"]?.knownString?.hasPrefix("WINDOWS") ?? false
    }

    private static func role(_ node: YAMLNode?) -> YAMLNode? {
        guard let node, !node.isNull else { return nil }
        if node.isOpaque { return node }
        guard let text = node.string, !text.isEmpty else { return nil }
        return node
    }
}
