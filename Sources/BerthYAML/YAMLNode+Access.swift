/// Lookups used by the spec model and the rules. They never throw: a missing key or a node of another
/// type is nil, because structural problems are reported once, by the shape validator.
extension YAMLNode {
    public var pairs: [YAMLPair] {
        if case .mapping(let pairs) = content { return pairs }
        return []
    }

    public var elements: [YAMLNode] {
        if case .sequence(let items) = content { return items }
        return []
    }

    public var isMapping: Bool {
        if case .mapping = content { return true }
        return false
    }

    public var isSequence: Bool {
        if case .sequence = content { return true }
        return false
    }

    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    public var isNull: Bool { scalar?.value == .null }

    /// The pair whose key is the scalar `key`.
    public func pair(_ key: String) -> YAMLPair? {
        guard case .mapping(let pairs) = content else { return nil }
        return pairs.first { $0.key.scalar?.text == key }
    }

    public subscript(key: String) -> YAMLNode? { pair(key)?.value }

    /// Follows a path of mapping keys.
    public subscript(path: String...) -> YAMLNode? {
        var node: YAMLNode? = self
        for key in path { node = node?[key] }
        return node
    }

    /// A scalar's text, whatever the core schema made of it (`"512"`, `512` and `512.0` all give text).
    public var text: String? { scalar.flatMap { $0.value == .null ? nil : $0.text } }

    /// A scalar that the core schema reads as a string.
    public var string: String? {
        guard let scalar, scalar.value == .string else { return nil }
        return scalar.text
    }

    public var int: Int? {
        if case .int(let value) = scalar?.value { return value }
        return nil
    }

    public var bool: Bool? {
        if case .bool(let value) = scalar?.value { return value }
        return nil
    }

    /// The strings of a sequence of scalars.
    public var strings: [String] { elements.compactMap(\.text) }
}
