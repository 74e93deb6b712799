import BerthSpecs

/// A way to name rules in configuration, comments and options: an id (`ECS215`), an id prefix (`ECS2`, every
/// service rule), a name (`circuit-breaker-disabled`) or `ALL`. Case-insensitive.
public struct RulePattern: Sendable, Hashable, CustomStringConvertible {
    public let text: String
    private let upper: String

    public init(_ text: String) {
        self.text = text
        upper = text.uppercased()
    }

    public var description: String { text }

    public func matches(_ rule: RuleDescription) -> Bool {
        upper == "ALL" || rule.id.hasPrefix(upper) || rule.name == text.lowercased()
    }

    /// How narrowly it names rules: a whole id or name beats a prefix, a longer prefix a shorter one, and
    /// `ALL` loses to everything. Where two settings of one layer disagree, the narrower wins.
    public func specificity(for rule: RuleDescription) -> Int {
        if upper == "ALL" { return 0 }
        if upper == rule.id || rule.name == text.lowercased() { return 1_000 }
        return upper.count
    }

    /// Nil when some rule matches it; otherwise a message with the nearest id or name.
    public func unknownMessage(in rules: [RuleDescription]) -> String? {
        guard !rules.contains(where: matches) else { return nil }
        let suggestion = Suggestion.closest(to: text, in: rules.map(\.id) + rules.map(\.name))
        return "'\(text)' names no rule" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
    }
}
