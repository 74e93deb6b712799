import BerthSpecs
import BerthYAML

/// The rules of a run: the checks over resources, and the descriptions that give the YAML front end's, the
/// shape validator's and the policy's problems their ids. A value passed to the engine, never global state.
public struct RuleSet: Sendable {
    public let rules: [any Rule]
    public let yaml: [YAMLProblem.Code: RuleDescription]
    public let spec: [SpecProblem.Code: RuleDescription]
    public let policy: [PolicyProblem: RuleDescription]

    /// Every description, sorted by id.
    public let descriptions: [RuleDescription]
    private let byID: [String: RuleDescription]
    /// The rules that check each kind, in registration order: looked up once per resource.
    private let byKind: [ResourceKind: [any Rule]]

    public init(rules: [any Rule], yaml: [YAMLProblem.Code: RuleDescription], spec: [SpecProblem.Code: RuleDescription],
                policy: [PolicyProblem: RuleDescription]) {
        self.rules = rules
        self.yaml = yaml
        self.spec = spec
        self.policy = policy
        descriptions = (rules.map { type(of: $0).description } + Array(yaml.values) + Array(spec.values) + Array(policy.values))
            .sorted { $0.id < $1.id }
        byID = Dictionary(descriptions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        byKind = Dictionary(grouping: rules.flatMap { rule in type(of: rule).kinds.map { ($0, rule) } }, by: \.0)
            .mapValues { $0.map(\.1) }
    }

    /// The rules that check resources of a kind.
    public func rules(for kind: ResourceKind) -> [any Rule] {
        byKind[kind] ?? []
    }

    /// A rule by id (`ECS101`) or name (`classic-load-balancer`), case-insensitive.
    public func description(for idOrName: String) -> RuleDescription? {
        if let rule = byID[idOrName] { return rule }
        let wanted = idOrName.lowercased()
        return descriptions.first { $0.id.lowercased() == wanted || $0.name == wanted }
    }
}
