/// One shape of an AWS API model (botocore's service-2.json), reduced to what validation needs.
/// Shapes live in a `ShapeCatalog` and refer to each other by index.
public struct Shape: Sendable {
    public enum Kind: Sendable, Equatable {
        case structure, list, map, string, integer, long, double, float, boolean, timestamp, blob
        /// Any JSON value (the model's `document` shapes, such as deployment lifecycle hook details).
        case document
    }

    public struct Member: Sendable {
        public let name: String
        public let shape: Int
        public let isRequired: Bool
        /// Set when the model marks the member (or its shape) deprecated.
        public let deprecation: String?

        public init(_ name: String, _ shape: Int, required: Bool = false, deprecated: String? = nil) {
            self.name = name
            self.shape = shape
            self.isRequired = required
            self.deprecation = deprecated
        }
    }

    public let name: String
    public let kind: Kind
    /// Structure members, in model order.
    public let members: [Member]
    /// List element shape, or map value shape.
    public let element: Int?
    /// Map key shape.
    public let key: Int?
    /// Allowed values of an enum string; empty when any value is allowed.
    public let enumValues: [String]
    /// Length bounds for strings, lists and maps; value bounds for numbers.
    public let min: Double?
    public let max: Double?
    /// A regular expression the whole string must match.
    public let pattern: String?
    /// Member name → position in `members`, for structures with many members.
    private let memberIndex: [String: Int]

    public init(name: String, kind: Kind, members: [Member] = [], element: Int? = nil, key: Int? = nil,
                enumValues: [String] = [], min: Double? = nil, max: Double? = nil, pattern: String? = nil) {
        self.name = name
        self.kind = kind
        self.members = members
        self.element = element
        self.key = key
        self.enumValues = enumValues
        self.min = min
        self.max = max
        self.pattern = pattern
        var index: [String: Int] = [:]
        if members.count > 8 {
            for (position, member) in members.enumerated() { index[member.name] = position }
        }
        self.memberIndex = index
    }

    public func member(named name: String) -> Member? {
        if members.count > 8 { return memberIndex[name].map { members[$0] } }
        return members.first { $0.name == name }
    }

    // Short constructors for the generated catalogs, which hold hundreds of shapes.

    public static func structure(_ name: String, _ members: [Member]) -> Shape {
        Shape(name: name, kind: .structure, members: members)
    }

    public static func list(_ name: String, _ element: Int, min: Double? = nil, max: Double? = nil) -> Shape {
        Shape(name: name, kind: .list, element: element, min: min, max: max)
    }

    public static func map(_ name: String, key: Int, value: Int, min: Double? = nil, max: Double? = nil) -> Shape {
        Shape(name: name, kind: .map, element: value, key: key, min: min, max: max)
    }

    public static func string(_ name: String, enum values: [String] = [], min: Double? = nil, max: Double? = nil,
                              pattern: String? = nil) -> Shape {
        Shape(name: name, kind: .string, enumValues: values, min: min, max: max, pattern: pattern)
    }

    public static func scalar(_ name: String, _ kind: Kind, min: Double? = nil, max: Double? = nil) -> Shape {
        Shape(name: name, kind: kind, min: min, max: max)
    }
}

/// The shapes of one AWS service model that berth validates against.
public struct ShapeCatalog: Sendable {
    /// The service's botocore name (`ecs`).
    public let service: String
    /// What the catalog was generated from (`botocore 1.43.11`).
    public let source: String
    public let shapes: [Shape]
    private let rootIndex: [String: Int]

    public init(service: String, source: String, shapes: [Shape]) {
        self.service = service
        self.source = source
        self.shapes = shapes
        var index: [String: Int] = [:]
        for (position, shape) in shapes.enumerated() { index[shape.name] = position }
        self.rootIndex = index
    }

    public subscript(index: Int) -> Shape { shapes[index] }

    /// A shape's index by its model name (`RegisterTaskDefinitionRequest`).
    public func index(of name: String) -> Int? { rootIndex[name] }
}
