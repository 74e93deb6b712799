import BerthSpecs
import BerthYAML

/// A spec value reduced to what a deploy compares: no positions, no quoting styles, keys in no order.
public indirect enum PlanValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// A number, as written (`30`, `0.5`).
    case number(String)
    case string(String)
    case list([PlanValue])
    case map([String: PlanValue])

    public init(_ node: YAMLNode) {
        if node.isMapping {
            var members: [String: PlanValue] = [:]
            for pair in node.pairs {
                if let key = pair.key.text { members[key] = PlanValue(pair.value) }
            }
            self = .map(members)
        } else if node.isSequence {
            self = .list(node.elements.map(PlanValue.init))
        } else if let scalar = node.scalar {
            switch scalar.value {
            case .null: self = .null
            case .bool(let flag): self = .bool(flag)
            case .int, .float: self = .number(scalar.text)
            case .string: self = .string(scalar.text)
            }
        } else {
            self = .null
        }
    }

    /// Whether a deploy would see the same value. A number and a string of the same number are the same
    /// (`cpu: 512` and `cpu: "512"`; AWS echoes numbers as strings in some fields and strings as numbers in
    /// others), and so are `30` and `30.0`.
    public func means(_ other: PlanValue) -> Bool {
        switch (self, other) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.number(let a), .number(let b)), (.number(let a), .string(let b)), (.string(let a), .number(let b)):
            return Self.sameNumber(a, b)
        case (.string(let a), .string(let b)): return a == b
        case (.list(let a), .list(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.means($1) }
        case (.map(let a), .map(let b)):
            return a.count == b.count && a.allSatisfy { key, value in b[key].map(value.means) ?? false }
        default: return false
        }
    }

    /// Integers compare exactly (Double would equate 9007199254740993 with …992); other numbers as Doubles, but
    /// never two that overflow it (`1e400` and `1e401` are both infinite) or NaN.
    private static func sameNumber(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        if let x = Int(a), let y = Int(b) { return x == y }
        guard let x = Double(a), let y = Double(b), x.isFinite, y.isFinite else { return false }
        return x == y
    }

    public var text: String? {
        switch self {
        case .string(let text), .number(let text): text
        case .bool(let flag): flag ? "true" : "false"
        default: nil
        }
    }

    public subscript(key: String) -> PlanValue? {
        if case .map(let members) = self { members[key] } else { nil }
    }

    public var members: [String: PlanValue]? {
        if case .map(let members) = self { members } else { nil }
    }

    public var elements: [PlanValue]? {
        if case .list(let elements) = self { elements } else { nil }
    }

    /// An empty list or map, or null: what AWS echoes for a field nobody set.
    var isEmpty: Bool {
        switch self {
        case .null: true
        case .list(let elements): elements.isEmpty
        case .map(let members): members.isEmpty
        default: false
        }
    }

    /// A string a deploy tool fills in later (`${IMAGE_TAG}`): its value is known at deploy time only.
    var isPlaceholder: Bool {
        if case .string(let text) = self { Placeholder.contains(text) } else { false }
    }

    /// One line, JSON-like: strings quoted, map keys sorted.
    public var rendered: String {
        switch self {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let text): return text
        case .string(let text): return Self.quoted(text)
        case .list(let elements): return "[" + elements.map(\.rendered).joined(separator: ", ") + "]"
        case .map(let members):
            let parts = members.keys.sorted().map { "\($0): \(members[$0]!.rendered)" }
            return "{" + parts.joined(separator: ", ") + "}"
        }
    }

    private static func quoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20: output += "\\u{\(String(scalar.value, radix: 16))}"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }
}
