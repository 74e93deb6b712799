/// One node of a parsed YAML document, with where it stands in the source: a light handle on the
/// file's node store, cheap to copy and pass around.
///
/// Aliases are resolved: an alias node is the anchored node itself and keeps the anchored node's range,
/// because that is where the text lives.
public struct YAMLNode: Sendable {
    public enum Style: UInt8, Sendable, Equatable {
        case plain, singleQuoted, doubleQuoted, literal, folded
        case block, flow
    }

    let store: NodeStore
    let index: Int32

    init(store: NodeStore, index: Int32) {
        self.store = store
        self.index = index
    }

    var record: NodeStore.Record { store.records[Int(index)] }

    public var range: SourceRange { store.range(of: record) }

    /// The byte offset where the node's text begins, without the line and column `range` computes.
    public var startOffset: Int { Int(record.start) }

    public var style: Style { record.style }

    /// An explicit tag other than the core schema's (`!Ref`, `!!binary`…); nil for untagged nodes.
    public var tag: String? {
        let tag = record.tag
        return tag < 0 ? nil : store.tags[Int(tag)]
    }
}

public struct YAMLPair: Sendable {
    public var key: YAMLNode
    public var value: YAMLNode
}

/// A scalar's text and its value under the YAML 1.2 core schema.
public struct YAMLScalar: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        case null
        case bool(Bool)
        case int(Int)
        case float(Double)
        case string
    }

    public var text: String
    public var value: Value

    public init(text: String, value: Value) {
        self.text = text
        self.value = value
    }
}

/// A parsed YAML document: its root node (nil for an empty document) and its place in the stream.
public struct YAMLDocument: Sendable {
    public var root: YAMLNode?
    /// 0-based position of the document in its file.
    public var index: Int
}
