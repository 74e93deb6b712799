/// Problems with the settings themselves: suppression comments and rule names in the configuration. They are
/// findings like any other (ids BERTH001…), so they can be selected, ignored or re-levelled.
public enum PolicyProblem: String, Sendable, Hashable, CaseIterable {
    case missingReason
    case unusedSuppression
    case expiredSuppression
    case unknownRule
    case malformedSuppression
}

/// A policy problem found in a file, before it becomes a diagnostic.
public struct PolicyFinding: Sendable {
    public var problem: PolicyProblem
    public var message: String
    public var location: Location

    public init(_ problem: PolicyProblem, _ message: String, at location: Location) {
        self.problem = problem
        self.message = message
        self.location = location
    }
}
