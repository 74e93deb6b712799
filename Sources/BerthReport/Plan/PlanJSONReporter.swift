import BerthPlan

/// Machine-readable plan, version 1: every resource with its action, effect and changed paths, and a summary
/// with a count per action. New fields may be added; none changes meaning.
public enum PlanJSONReporter {
    public static func render(_ plan: Plan, wording: PlanWording) -> String {
        var counts: [(String, JSONWriter.Value)] = [("changes", .int(plan.resources.count { $0.action.isChange }))]
        for action in PlanAction.allCases { counts.append((action.rawValue, .int(plan.count(action)))) }
        counts.append(("text", .string(PlanWording.summary(plan))))
        return JSONWriter.render(.object([
            ("version", .int(1)),
            ("desired", .string(plan.desired)),
            ("current", .string(plan.current)),
            ("resources", .array(plan.resources.map { resource($0, wording: wording) })),
            ("summary", .object(counts)),
        ]))
    }

    private static func resource(_ resource: ResourcePlan, wording: PlanWording) -> JSONWriter.Value {
        var members: [(String, JSONWriter.Value)] = [
            ("kind", .string(resource.kind.rawValue)),
            ("identity", .string(resource.identity)),
            ("path", .string(resource.path)),
            ("action", .string(resource.action.rawValue)),
            ("effect", .string(resource.effect)),
            ("changes", .array(resource.fields.map { change($0, wording: wording) })),
            ("reasons", .array(resource.reasons.map(JSONWriter.Value.string))),
            ("warnings", .array(resource.warnings.map(JSONWriter.Value.string))),
        ]
        if let revision = resource.revision {
            members.append(("revision", .object([
                ("family", .string(revision.family)),
                ("current", revision.current.map(JSONWriter.Value.int) ?? .null),
                ("next", revision.next.map(JSONWriter.Value.int) ?? .null),
            ])))
        }
        if let rollout = resource.rollout {
            let optional: (Int?) -> JSONWriter.Value = { $0.map(JSONWriter.Value.int) ?? .null }
            members.append(("rollout", .object([
                ("desiredCount", optional(rollout.desiredCount)),
                ("minimumHealthyPercent", .int(rollout.minimumHealthyPercent)),
                ("maximumPercent", .int(rollout.maximumPercent)),
                ("strategy", .string(rollout.strategy)),
                ("minimumHealthy", optional(rollout.minimumHealthy)),
                ("maximumRunning", optional(rollout.maximumRunning)),
                ("extraTasks", optional(rollout.extraTasks)),
            ])))
        }
        members.append(("skipped", .array(resource.skipped.map { .object([("path", .string($0.path)), ("reason", .string($0.reason))]) })))
        return .object(members)
    }

    private static func change(_ field: PlannedField, wording: PlanWording) -> JSONWriter.Value {
        let change = field.change
        var members: [(String, JSONWriter.Value)] = [("path", .string(change.path.description))]
        if let before = change.before { members.append(("before", value(wording.shown(before, of: change)))) }
        if let after = change.after { members.append(("after", value(wording.shown(after, of: change)))) }
        members.append(("effect", .string(field.effect.rawValue)))
        members.append(("sensitive", .bool(field.change.isSensitive)))
        return .object(members)
    }

    private static func value(_ value: PlanValue) -> JSONWriter.Value {
        switch value {
        case .null: .null
        case .bool(let flag): .bool(flag)
        case .number(let text): .number(text)
        case .string(let text): .string(text)
        case .list(let elements): .array(elements.map(self.value))
        case .map(let members): .object(members.keys.sorted().map { ($0, self.value(members[$0]!)) })
        }
    }
}
