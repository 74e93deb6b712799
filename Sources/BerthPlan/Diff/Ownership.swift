import BerthSpecs

/// Fields a deploy leaves to someone else, so a difference in them is not a change the plan shows.
public struct Ownership: Sendable {
    /// A field another tool or process sets (image tags set by CI), for one kind or every kind.
    public struct OwnedField: Sendable {
        let kind: ResourceKind?
        let pattern: FieldPattern

        /// `TaskDefinition:containerDefinitions[].image`, or a pattern alone for every kind.
        public init?(_ text: String) {
            let parts = text.split(separator: ":", maxSplits: 1)
            if parts.count == 2 {
                guard let kind = ResourceKind(rawValue: String(parts[0])) else { return nil }
                self.kind = kind
                pattern = FieldPattern(String(parts[1]))
            } else {
                kind = nil
                pattern = FieldPattern(text)
            }
            guard !pattern.steps.isEmpty else { return nil }
        }

        public var description: String {
            kind.map { "\($0.rawValue):\(pattern)" } ?? pattern.description
        }
    }

    /// Fields an update keeps as they are when the request leaves them out: compared only when the spec sets them.
    static let keptWhenAbsent: [(kind: ResourceKind, field: String, reason: String)] = [
        (.service, "desiredCount", "not set in the spec: UpdateService keeps the running count"),
        (.service, "availabilityZoneRebalancing", "not set in the spec: UpdateService keeps the current setting"),
        (.scalableTarget, "RoleARN", "not set in the spec: Application Auto Scaling uses its service-linked role"),
    ]

    public var ownedElsewhere: [OwnedField]

    public init(ownedElsewhere: [OwnedField] = []) {
        self.ownedElsewhere = ownedElsewhere
    }

    func owned(by kind: ResourceKind) -> [FieldPattern] {
        ownedElsewhere.filter { $0.kind == nil || $0.kind == kind }.map(\.pattern)
    }
}

extension PlanValue {
    /// The value without what the pattern names; `removed` tells whether anything was there.
    func removing(_ steps: ArraySlice<FieldPattern.Step>, removed: inout Bool) -> PlanValue {
        guard let step = steps.first else { return self }
        let rest = steps.dropFirst()
        switch (step, self) {
        case (.key(let key), .map(var members)):
            guard let member = members[key] else { return self }
            if rest.isEmpty {
                members[key] = nil
                removed = true
            } else {
                members[key] = member.removing(rest, removed: &removed)
            }
            return .map(members)
        case (.anyEntry, .list(let elements)):
            if rest.isEmpty {
                removed = removed || !elements.isEmpty
                return .list([])
            }
            return .list(elements.map { $0.removing(rest, removed: &removed) })
        default:
            return self
        }
    }
}
