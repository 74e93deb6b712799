import BerthSpecs
import BerthYAML

/// The rules of a run: the checks over resources, and the descriptions that give the YAML front end's and
/// the shape validator's problems their ids. A value passed to the engine, never global state.
public struct RuleSet: Sendable {
    public let rules: [any Rule]
    public let yaml: [YAMLProblem.Code: RuleDescription]
    public let spec: [SpecProblem.Code: RuleDescription]

    public init(rules: [any Rule], yaml: [YAMLProblem.Code: RuleDescription], spec: [SpecProblem.Code: RuleDescription]) {
        self.rules = rules
        self.yaml = yaml
        self.spec = spec
    }

    /// Every description, sorted by id.
    public var descriptions: [RuleDescription] {
        (rules.map { type(of: $0).description } + Array(yaml.values) + Array(spec.values)).sorted { $0.id < $1.id }
    }

    /// A rule by id (`ECS101`) or name (`classic-load-balancer`), case-insensitive.
    public func description(for idOrName: String) -> RuleDescription? {
        let wanted = idOrName.lowercased()
        return descriptions.first { $0.id.lowercased() == wanted || $0.name == wanted }
    }
}
