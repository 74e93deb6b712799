/// One node of a parsed YAML document, with where it stands in the source.
///
/// Aliases are resolved: an alias node is a copy of the anchored node (sharing its storage) and keeps
/// the anchored node's range, because that is where the text lives.
public struct YAMLNode: Sendable {
    public enum Content: Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public enum Style: Sendable, Equatable {
        case plain, singleQuoted, doubleQuoted, literal, folded
        case block, flow
    }

    public var content: Content
    public var range: SourceRange
    public var style: Style
    /// An explicit tag other than the core schema's (`!Ref`, `!!binary`…); nil for untagged nodes.
    public var tag: String?
    /// Nodes in this subtree, itself included; what an alias to it costs the expansion budget.
    public internal(set) var size: Int

    public init(content: Content, range: SourceRange, style: Style, tag: String? = nil) {
        self.content = content
        self.range = range
        self.style = style
        self.tag = tag
        switch content {
        case .scalar: size = 1
        case .sequence(let items): size = items.reduce(1) { $0 + $1.size }
        case .mapping(let pairs): size = pairs.reduce(1) { $0 + $1.key.size + $1.value.size }
        }
    }
}

public struct YAMLPair: Sendable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}

/// A scalar's source text and its value under the YAML 1.2 core schema.
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
    public var range: SourceRange

    public init(root: YAMLNode?, index: Int, range: SourceRange) {
        self.root = root
        self.index = index
        self.range = range
    }
}
