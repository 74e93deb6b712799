/// Lookups used by the spec model and the rules. They never throw: a missing key or a node of another
/// type is nil or empty, because structural problems are reported once, by the shape validator.
extension YAMLNode {
    public var isMapping: Bool { record.kind == .mapping }
    public var isSequence: Bool { record.kind == .sequence }
    public var isNull: Bool { record.kind == .scalar && record.valueKind == .null }

    /// The pairs of a mapping, in order (merged keys after the mapping's own); empty otherwise.
    public var pairs: YAMLPairs {
        let record = self.record
        return YAMLPairs(store: store, first: Int(record.first), count: record.kind == .mapping ? Int(record.count) / 2 : 0)
    }

    /// The items of a sequence; empty otherwise.
    public var elements: YAMLElements {
        let record = self.record
        return YAMLElements(store: store, first: Int(record.first), count: record.kind == .sequence ? Int(record.count) : 0)
    }

    public var scalar: YAMLScalar? {
        let record = self.record
        guard record.kind == .scalar else { return nil }
        return YAMLScalar(text: store.texts[Int(record.first)], value: Self.value(of: record))
    }

    /// The pair whose key is the scalar `key`.
    public func pair(_ key: String) -> YAMLPair? {
        entry(ofKey: key).map { entry in
            YAMLPair(key: YAMLNode(store: store, index: store.children[entry]),
                     value: YAMLNode(store: store, index: store.children[entry + 1]))
        }
    }

    /// The value of the pair whose key is the scalar `key` (without making a node for the key).
    public subscript(key: String) -> YAMLNode? {
        entry(ofKey: key).map { YAMLNode(store: store, index: store.children[$0 + 1]) }
    }

    /// The position in `children` of the key `key`, for a mapping.
    private func entry(ofKey key: String) -> Int? {
        let record = self.record
        guard record.kind == .mapping else { return nil }
        var entry = Int(record.first)
        let end = entry + Int(record.count)
        // Comparing lengths first skips String's general comparison for almost every key that differs.
        let length = Int32(clamping: key.utf8.count)
        while entry < end {
            let keyRecord = store.records[Int(store.children[entry])]
            if keyRecord.kind == .scalar, keyRecord.count == length, store.texts[Int(keyRecord.first)] == key {
                return entry
            }
            entry += 2
        }
        return nil
    }

    /// Follows a path of mapping keys.
    public subscript(path: String...) -> YAMLNode? {
        self[path: path]
    }

    public subscript(path path: [String]) -> YAMLNode? {
        var node: YAMLNode? = self
        for key in path { node = node?[key] }
        return node
    }

    /// A scalar's text, whatever the core schema made of it (`"512"`, `512` and `512.0` all give text).
    public var text: String? {
        let record = self.record
        guard record.kind == .scalar, record.valueKind != .null else { return nil }
        return store.texts[Int(record.first)]
    }

    /// A scalar that the core schema reads as a string.
    public var string: String? {
        let record = self.record
        guard record.kind == .scalar, record.valueKind == .string else { return nil }
        return store.texts[Int(record.first)]
    }

    public var int: Int? {
        let record = self.record
        guard record.kind == .scalar, record.valueKind == .int else { return nil }
        return Int(truncatingIfNeeded: record.number)
    }

    public var bool: Bool? {
        let record = self.record
        guard record.kind == .scalar, record.valueKind == .bool else { return nil }
        return record.number != 0
    }

    static func value(of record: NodeStore.Record) -> YAMLScalar.Value {
        switch record.valueKind {
        case .null: .null
        case .bool: .bool(record.number != 0)
        case .int: .int(Int(truncatingIfNeeded: record.number))
        case .float: .float(Double(bitPattern: record.number))
        case .string: .string
        }
    }
}

/// A mapping's pairs, read from the node store without copying.
public struct YAMLPairs: RandomAccessCollection, Sendable {
    let store: NodeStore?
    let first: Int
    public let count: Int

    /// What an absent node has: nothing.
    public static let empty = YAMLPairs(store: nil, first: 0, count: 0)

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> YAMLPair {
        let entry = first + position * 2
        let store = self.store!
        return YAMLPair(key: YAMLNode(store: store, index: store.children[entry]),
                        value: YAMLNode(store: store, index: store.children[entry + 1]))
    }
}

/// A sequence's items, read from the node store without copying.
public struct YAMLElements: RandomAccessCollection, Sendable {
    let store: NodeStore?
    let first: Int
    public let count: Int

    /// What an absent node has: nothing.
    public static let empty = YAMLElements(store: nil, first: 0, count: 0)

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> YAMLNode {
        let store = self.store!
        return YAMLNode(store: store, index: store.children[first + position])
    }
}
