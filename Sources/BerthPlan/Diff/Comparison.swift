import BerthSpecs

/// A desired resource against its current state: what is compared, what differs, and what each difference does.
struct Comparison {
    private(set) var plan: ResourcePlan

    /// `revisions`: the latest revision of each family the current state knows. `scaledBy`: the scalable
    /// target that owns a service's desired count.
    init(desired: StateResource, current: StateResource, revisions: [String: Int], ownership: Ownership, scaledBy: String?) {
        let kind = desired.identity.kind
        var wanted = desired.fields
        var existing = current.fields
        var skipped: [SkippedField] = []

        for (field, reason) in current.unknown.sorted(by: { $0.key < $1.key }) {
            var removed = false
            wanted = wanted.removing([.key(field)], removed: &removed)
            existing = existing.removing([.key(field)], removed: &removed)
            if removed { skipped.append(SkippedField(path: field, reason: reason)) }
        }
        for rule in Ownership.keptWhenAbsent where rule.kind == kind && wanted[rule.field] == nil {
            var removed = false
            existing = existing.removing([.key(rule.field)], removed: &removed)
            guard removed || (rule.field == "desiredCount" && scaledBy != nil) else { continue }
            let reason = rule.field == "desiredCount" ? scaledBy.map { "managed by scalable target \($0)" } : nil
            skipped.append(SkippedField(path: rule.field, reason: reason ?? rule.reason))
        }
        for pattern in ownership.owned(by: kind) {
            var removed = false
            wanted = wanted.removing(pattern.steps[...], removed: &removed)
            existing = existing.removing(pattern.steps[...], removed: &removed)
            if removed { skipped.append(SkippedField(path: pattern.description, reason: "owned elsewhere (--owned-elsewhere)")) }
        }

        wanted = Normalization.apply(to: wanted, kind: kind)
        existing = Normalization.apply(to: existing, kind: kind)
        if kind == .service { Self.resolveFamilyReference(&wanted, &existing, revisions: revisions) }

        let diff = SemanticDiff(kind: kind, before: existing, after: wanted)
        skipped += diff.placeholders.map { SkippedField(path: $0.description, reason: "holds a placeholder: its value is known at deploy time") }
        let effects = FieldEffects.of(kind)
        let fields = diff.changes.map { change in
            PlannedField(change: change, effect: Self.effect(of: change.path, effects: effects, wanted: wanted, existing: existing))
        }
        var warnings: [String] = []
        if kind == .service, let scaledBy, fields.contains(where: { $0.change.path.field == "desiredCount" }) {
            warnings.append("desiredCount is managed by scalable target \(scaledBy): the deploy sets it to \(wanted["desiredCount"]?.text ?? "?") until auto scaling changes it again")
        }
        plan = ResourcePlan(kind: kind, identity: desired.identity.display, path: desired.path,
                            action: Self.action(kind: kind, fields: fields, wanted: wanted),
                            effect: "", fields: fields, reasons: [], warnings: warnings,
                            revision: kind == .taskDefinition ? RevisionChange(family: desired.identity.display, current: current.revision) : nil,
                            rollout: nil, skipped: skipped)
    }

    /// A resource only the specs define: its fields as they will be created.
    static func creation(of desired: StateResource) -> ResourcePlan {
        let kind = desired.identity.kind
        let fields = Normalization.apply(to: desired.fields, kind: kind).members ?? [:]
        let planned = fields.keys.sorted().map { key in
            PlannedField(change: FieldChange(path: FieldPath([.key(key)]), before: nil, after: fields[key]),
                         effect: .inPlace)
        }
        return ResourcePlan(kind: kind, identity: desired.identity.display, path: desired.path, action: .create, effect: "",
                            fields: planned, reasons: [], warnings: [],
                            revision: kind == .taskDefinition ? RevisionChange(family: desired.identity.display, current: nil) : nil,
                            rollout: nil, skipped: [])
    }

    /// `taskDefinition: web` means the family's latest revision: the same as a running `web:41` when 41 is the
    /// latest, and a move to the latest when the service runs an older one.
    private static func resolveFamilyReference(_ wanted: inout PlanValue, _ existing: inout PlanValue, revisions: [String: Int]) {
        guard case .map(var wantedFields) = wanted, case .map(var existingFields) = existing,
              let family = wantedFields["taskDefinition"]?.text, !family.contains(":"),
              let running = existingFields["taskDefinition"]?.text, Reference.taskDefinitionFamily(running) == family else { return }
        if let latest = revisions[family], running != "\(family):\(latest)" {
            wantedFields["taskDefinition"] = .string("\(family):\(latest)")
        } else {
            existingFields["taskDefinition"] = .string(family)
        }
        wanted = .map(wantedFields)
        existing = .map(existingFields)
    }

    /// The table's effect, except that moving between a launch type and a capacity provider strategy is an
    /// update since 2025-06-12, not a replacement (it rolls the tasks onto the new capacity).
    private static func effect(of path: FieldPath, effects: FieldEffects, wanted: PlanValue, existing: PlanValue) -> FieldEffect {
        let effect = effects.effect(of: path)
        guard effects.kind == .service, path.field == "launchType" else { return effect }
        let switches = (wanted["launchType"] == nil && wanted["capacityProviderStrategy"] != nil)
            || (existing["launchType"] == nil && existing["capacityProviderStrategy"] != nil)
        return switches ? .deployment : effect
    }

    static func action(kind: ResourceKind, fields: [PlannedField], wanted: PlanValue) -> PlanAction {
        guard let strongest = fields.map(\.effect).max() else { return .noChange }
        switch strongest {
        case .replace: return .replace
        case .deployment: return deploymentAction(controller: wanted["deploymentController"]?["type"]?.text)
        case .newRevision: return .newRevision
        case .inPlace: return .updateInPlace
        }
    }

    static func deploymentAction(controller: String?) -> PlanAction {
        switch controller {
        case "CODE_DEPLOY": .codeDeployDeployment
        case "EXTERNAL": .taskSetDeployment
        default: .rollingDeployment
        }
    }
}
