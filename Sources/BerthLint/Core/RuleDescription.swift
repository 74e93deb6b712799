/// What kind of harm a rule prevents.
public enum RuleCategory: String, Sendable, CaseIterable {
    case correctness, security, reliability, cost
}

/// Everything users and tests know about a rule. Its examples are its documentation and its tests:
/// each triggering example marks with `↓` where every finding must start; non-triggering examples must
/// produce no finding of the rule, and no error at all.
/// Examples are specs of a project that deploys to account 123456789012 in us-east-1 (`defaults` in `.berth.yaml`).
public struct RuleDescription: Sendable {
    /// Stable id (`ECS101`); never reused for another meaning.
    public let id: String
    /// Stable kebab-case name (`classic-load-balancer`).
    public let name: String
    public let summary: String
    /// Why it matters, in a few sentences.
    public let rationale: String
    /// The AWS page or API model field the rule enforces.
    public let helpURI: String
    /// The severity of its usual finding; a rule may give some findings another severity and says so.
    public let severity: Severity
    public let category: RuleCategory
    public let triggering: [String]
    public let nonTriggering: [String]
    /// Ids of structural checks this rule explains better: their finding at the same place is dropped.
    public let supersedes: [String]

    public init(id: String, name: String, summary: String, rationale: String, helpURI: String,
                severity: Severity, category: RuleCategory, triggering: [String], nonTriggering: [String],
                supersedes: [String] = []) {
        self.id = id
        self.name = name
        self.summary = summary
        self.rationale = rationale
        self.helpURI = helpURI
        self.severity = severity
        self.category = category
        self.triggering = triggering
        self.nonTriggering = nonTriggering
        self.supersedes = supersedes
    }
}
