import BerthSpecs
import BerthYAML

/// A check over the project graph. Rules are stateless values; the engine hands each one every resource
/// of the kinds it names, with the whole project for cross-references.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    static var kinds: Set<ResourceKind> { get }
    init()
    func check(_ resource: Resource, in project: Project, findings: inout Findings)
}

/// Where a rule puts what it finds about one resource.
public struct Findings: Sendable {
    public struct Finding: Sendable {
        public var message: String
        public var location: Location
        public var severity: Severity?
        public var notes: [Note]
    }

    public let resource: Resource
    // One rule's findings on one resource are one kind, so plain fields do `Capped`'s work here: a generic
    // `Capped` per rule and resource cost 3 % of a lint in metadata lookups.
    private var kept: [Finding] = []
    private var firstOmitted: Finding?
    private var omitted = 0

    public init(resource: Resource) {
        self.resource = resource
    }

    /// What the rule found: at most `Capped.limit` findings, and a summary of the rest.
    public var items: [Finding] {
        guard var summary = firstOmitted else { return kept }
        summary.message += "; \(Capped<Int, Finding>.omission(omitted))"
        return kept + [summary]
    }

    /// A finding at a node of the resource being checked; `severity` overrides the rule's default.
    public mutating func add(_ message: String, at node: YAMLNode, severity: Severity? = nil, notes: [Note] = []) {
        let finding = Finding(message: message, location: Location(path: resource.path, range: node.range),
                              severity: severity, notes: notes)
        if kept.count < Capped<Int, Finding>.limit {
            kept.append(finding)
        } else {
            omitted += 1
            if firstOmitted == nil { firstOmitted = finding }
        }
    }
}

extension Note {
    /// A note at a node of another (or the same) resource.
    public init(_ message: String, at node: YAMLNode, in resource: Resource) {
        self.init(message, at: Location(path: resource.path, range: node.range))
    }

    public init(_ message: String, at node: YAMLNode, path: String) {
        self.init(message, at: Location(path: path, range: node.range))
    }
}
