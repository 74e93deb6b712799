/// Where a change is inside a resource: `containerDefinitions[web].environment[LOG_LEVEL].value`. List
/// entries are named by their key where the list has one, so a path does not move when entries are reordered.
public struct FieldPath: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Component: Sendable, Hashable {
        case key(String)
        /// An entry of a keyed list, by its key (`web`, `8080/udp`).
        case entry(String)
        /// An entry of a list without keys, by position.
        case index(Int)
    }

    public var components: [Component]

    public init(_ components: [Component] = []) {
        self.components = components
    }

    public func appending(_ component: Component) -> FieldPath {
        FieldPath(components + [component])
    }

    /// The top-level field: what decides a change's effect.
    public var field: String? {
        if case .key(let key)? = components.first { key } else { nil }
    }

    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key): text += text.isEmpty ? key : "." + key
            case .entry(let key): text += "[\(key)]"
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }

    public static func < (lhs: FieldPath, rhs: FieldPath) -> Bool {
        lhs.description.utf8.lexicographicallyPrecedes(rhs.description.utf8)
    }
}

/// A pattern over field paths, written as in the tables: `containerDefinitions[].portMappings[].hostPort`,
/// where `[]` is any entry of a list.
struct FieldPattern: Sendable, Hashable, CustomStringConvertible {
    enum Step: Sendable, Hashable {
        case key(String)
        case anyEntry
    }

    let steps: [Step]

    init(_ text: String) {
        var steps: [Step] = []
        for part in text.split(separator: ".") {
            var name = Substring(part)
            var entries = 0
            while name.hasSuffix("[]") {
                name = name.dropLast(2)
                entries += 1
            }
            steps.append(.key(String(name)))
            steps += Array(repeating: .anyEntry, count: entries)
        }
        self.steps = steps
    }

    /// The path is the pattern (`exactly`) or lies inside what it names.
    func matches(_ path: FieldPath, exactly: Bool = false) -> Bool {
        guard path.components.count >= steps.count, !exactly || path.components.count == steps.count else { return false }
        return zip(steps, path.components).allSatisfy { step, component in
            switch (step, component) {
            case (.key(let expected), .key(let key)): expected == key
            case (.anyEntry, .entry), (.anyEntry, .index): true
            default: false
            }
        }
    }

    var description: String {
        steps.reduce(into: "") { text, step in
            switch step {
            case .key(let key): text += text.isEmpty ? key : "." + key
            case .anyEntry: text += "[]"
            }
        }
    }
}
