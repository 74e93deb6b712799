import BerthYAML

/// Typed reading of one container definition, with the defaults ECS applies to what is left out.
public struct ContainerView: Sendable {
    public let node: YAMLNode

    public init(_ node: YAMLNode) {
        self.node = node
    }

    public var nameNode: YAMLNode? { node["name"] }
    /// The name when it is known: nil when absent or a placeholder.
    public var name: String? { nameNode?.knownString }

    /// `container 'web'`, or `a container` when the name is unknown.
    public var label: String { name.map { "container '\($0)'" } ?? "a container" }

    /// The node a finding about the whole container points at: its name, else the container's mapping.
    public var anchor: YAMLNode { nameNode ?? node }

    /// Whether ECS treats the container as essential: `essential` defaults to true when omitted.
    /// Nil when the value is unknown (a placeholder).
    public var isEssential: Bool? {
        guard let essential = node["essential"], !essential.isNull else { return true }
        return essential.bool
    }

    /// Hard memory limit in MiB, when it is a known number.
    public var memory: Int? { node["memory"]?.int }
    /// Soft memory limit in MiB, when it is a known number.
    public var memoryReservation: Int? { node["memoryReservation"]?.int }
    /// The memory ECS reserves for the container: memoryReservation when set (capped by the hard limit, since
    /// a reservation above it is a mistake of its own), else the hard limit.
    public var reservedMemory: Int? {
        guard node["memoryReservation"] != nil else { return memory }
        guard let reservation = memoryReservation else { return nil }
        return memory.map { min($0, reservation) } ?? reservation
    }
    /// CPU units, when they are a known number.
    public var cpu: Int? { node["cpu"]?.int }

    /// The field is given a value, known or not (a placeholder counts as set).
    public func isSet(_ key: String) -> Bool {
        guard let value = node[key] else { return false }
        return !value.isNull
    }

    public var portMappings: YAMLElements { node["portMappings"]?.elements ?? .empty }

    /// The health check, when one is configured (a placeholder counts as configured).
    public var healthCheck: YAMLNode? {
        guard let check = node["healthCheck"], !check.isNull else { return nil }
        return check
    }

    /// The log driver's node, when a log configuration names one.
    public var logDriver: YAMLNode? { node["logConfiguration", "logDriver"] }
}

extension TaskDefinitionView {
    /// The container definitions, read through `ContainerView`.
    public var containerViews: [ContainerView] { containers.map(ContainerView.init) }

    /// The containers whose names are known, first definition of each name; nil when some container's
    /// name is a placeholder, so that references to it cannot be judged.
    public var containersByName: [String: ContainerView]? {
        var byName: [String: ContainerView] = [:]
        for container in containerViews {
            guard let name = container.name else {
                if container.nameNode?.isOpaque == true { return nil }
                continue
            }
            if byName[name] == nil { byName[name] = container }
        }
        return byName
    }
}
