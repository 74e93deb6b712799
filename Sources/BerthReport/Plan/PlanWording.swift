import BerthPlan

/// The words every plan format shares: symbols, values as shown, the rollout and summary sentences.
public struct PlanWording: Sendable {
    /// Show secret values (never in markdown).
    public var showSensitive: Bool

    public init(showSensitive: Bool = false) {
        self.showSensitive = showSensitive
    }

    public static func symbol(_ action: PlanAction) -> String {
        switch action {
        case .create: "+"
        case .updateInPlace: "~"
        case .newRevision: "±"
        case .rollingDeployment, .codeDeployDeployment, .taskSetDeployment: "⟳"
        case .replace: "-/+"
        case .delete: "-"
        case .noChange, .notManaged, .notCompared: " "
        }
    }

    public static func title(_ action: PlanAction) -> String {
        switch action {
        case .create: "create"
        case .updateInPlace: "update in place"
        case .newRevision: "new revision"
        case .rollingDeployment: "rolling deployment"
        case .codeDeployDeployment: "CodeDeploy deployment"
        case .taskSetDeployment: "new task set"
        case .replace: "replace"
        case .delete: "delete"
        case .noChange: "no change"
        case .notManaged: "not managed here"
        case .notCompared: "not compared"
        }
    }

    /// A value as shown: secrets hidden unless revealed, long values cut in the middle.
    public func value(_ value: PlanValue?, of change: FieldChange, limit: Int = 120) -> String {
        guard let value else { return "(absent)" }
        let shown = shown(value, of: change)
        if shown == FieldChange.hidden && !showSensitive { return "(sensitive)" }
        let text = shown.rendered
        guard text.count > limit else { return text }
        return String(text.prefix(limit - 12)) + " … " + String(text.suffix(9))
    }

    /// The value a plan prints: with its secrets hidden (`(sensitive)` for a secret value, `****` for the secret
    /// part of a longer string) unless revealed.
    public func shown(_ value: PlanValue, of change: FieldChange) -> PlanValue {
        change.isSensitive && !showSensitive ? change.redacted(value) : value
    }

    /// A change whose two values look the same once hidden, so only `(sensitive, changed)` can be said of it.
    public func hidesChange(_ change: FieldChange) -> Bool {
        guard change.isSensitive, !showSensitive, let before = change.before, let after = change.after else { return false }
        return shown(before, of: change) == shown(after, of: change)
    }

    /// `web:41 → web:42: "…/web:1.4.1" → "…/web:1.4.2"`; a sensitive change that hides both values says so.
    public func change(_ field: PlannedField) -> String {
        let change = field.change
        if hidesChange(change) { return "\(change.path): (sensitive, changed)" }
        switch (change.before, change.after) {
        case (nil, let after): return "\(change.path): \(value(after, of: change)) (added)"
        case (let before, nil): return "\(change.path): \(value(before, of: change)) (removed)"
        case (let before, let after): return "\(change.path): \(value(before, of: change)) → \(value(after, of: change))"
        }
    }

    /// `4 tasks: at least 4 healthy (100 %), at most 8 running (200 %); room for 4 more tasks needed`.
    public static func rollout(_ rollout: Rollout) -> String {
        let percents = "at least \(rollout.minimumHealthyPercent) % healthy, at most \(rollout.maximumPercent) % running"
        guard let count = rollout.desiredCount else { return "\(percents) (of the tasks ECS places)" }
        let tasks = count == 1 ? "1 task" : "\(count) tasks"
        guard let low = rollout.minimumHealthy, let high = rollout.maximumRunning else {
            let why = rollout.hasNegativeValue ? "no task bounds: ECS rejects negative values" : "task bounds too large to compute"
            return "\(tasks): \(percents); \(why)"
        }
        if rollout.isBlueGreen {
            return "\(tasks): \(rollout.strategy) starts a full second set of \(count) before traffic moves; room for \(count) more needed"
        }
        var text = "\(tasks): at least \(low) healthy (\(rollout.minimumHealthyPercent) %), at most \(high) running (\(rollout.maximumPercent) %)"
        if let extra = rollout.extraTasks, extra > 0 {
            text += "; room for \(extra) more \(extra == 1 ? "task" : "tasks") needed"
        } else if low < count {
            text += "; no room to surge: \(count - low) old \(count - low == 1 ? "task stops" : "tasks stop") before new ones start"
        }
        return text
    }

    /// `Plan: 1 new revision, 1 rolling deployment (web: 4 → at most 8 tasks), 1 in-place update, 1 replacement.`
    public static func summary(_ plan: Plan) -> String {
        guard plan.hasChanges else { return "No changes." }
        var parts: [String] = []
        func add(_ count: Int, _ one: String, _ many: String, detail: String = "") {
            guard count > 0 else { return }
            parts.append("\(count) \(count == 1 ? one : many)\(detail)")
        }
        add(plan.count(.create), "to create", "to create")
        add(plan.count(.newRevision), "new revision", "new revisions")
        let rolling = plan.resources.filter { $0.action == .rollingDeployment }
        let figures = rolling.compactMap { resource -> String? in
            guard let rollout = resource.rollout, let count = rollout.desiredCount, let high = rollout.maximumRunning else { return nil }
            return "\(resource.identity): \(count) → at most \(high) tasks"
        }
        add(rolling.count, "rolling deployment", "rolling deployments", detail: figures.isEmpty ? "" : " (\(figures.joined(separator: "; ")))")
        add(plan.count(.codeDeployDeployment), "CodeDeploy deployment", "CodeDeploy deployments")
        add(plan.count(.taskSetDeployment), "new task set", "new task sets")
        add(plan.count(.updateInPlace), "in-place update", "in-place updates")
        parts.append("\(plan.count(.replace)) \(plan.count(.replace) == 1 ? "replacement" : "replacements")")
        add(plan.count(.delete), "to delete", "to delete")
        return "Plan: " + parts.joined(separator: ", ") + "."
    }
}
