import BerthSpecs
import BerthYAML

/// The rules of a run: the checks over resources, and the descriptions that give the YAML front end's and
/// the shape validator's problems their ids. A value passed to the engine, never global state.
public struct RuleSet: Sendable {
    public let rules: [any Rule]
    public let yaml: [YAMLProblem.Code: RuleDescription]
    public let spec: [SpecProblem.Code: RuleDescription]

    /// Every description, sorted by id.
    public let descriptions: [RuleDescription]
    private let byID: [String: RuleDescription]

    public init(rules: [any Rule], yaml: [YAMLProblem.Code: RuleDescription], spec: [SpecProblem.Code: RuleDescription]) {
        self.rules = rules
        self.yaml = yaml
        self.spec = spec
        descriptions = (rules.map { type(of: $0).description } + Array(yaml.values) + Array(spec.values)).sorted { $0.id < $1.id }
        byID = Dictionary(descriptions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// A rule by id (`ECS101`) or name (`classic-load-balancer`), case-insensitive.
    public func description(for idOrName: String) -> RuleDescription? {
        if let rule = byID[idOrName] { return rule }
        let wanted = idOrName.lowercased()
        return descriptions.first { $0.id.lowercased() == wanted || $0.name == wanted }
    }
}
