import BerthSpecs

public struct PlanOptions: Sendable {
    /// Resources that exist now and no spec defines are deleted, rather than shown as not managed here.
    public var prune: Bool
    public var ownership: Ownership

    public init(prune: Bool = false, ownership: Ownership = Ownership()) {
        self.prune = prune
        self.ownership = ownership
    }
}

/// Matches desired resources with current ones by identity, compares each pair, then lets changes reach the
/// resources that depend on them (a new task definition revision rolls the services that run the family).
public enum Planner {
    public static func plan(desired: PlanState, current: PlanState, options: PlanOptions = PlanOptions()) -> Plan {
        var entries: [Entry] = []
        var used = Set<Int>()
        let candidates = Dictionary(grouping: current.resources.indices) { current.resources[$0].identity }
        let revisions = currentRevisions(current)
        let project = Project(resources: desired.resources.map(\.resource))
        for wanted in desired.resources.sorted(by: Self.precedes) {
            guard current.covers(wanted.identity.kind) else {
                entries.append(Entry(outside: wanted, action: .notCompared,
                                     effect: "\(current.source) holds no \(wanted.identity.kind.rawValue) state"))
                continue
            }
            let open = (candidates[wanted.identity] ?? []).filter { !used.contains($0) }
            guard let match = open.first(where: { current.resources[$0].path == wanted.path }) ?? open.first else {
                entries.append(Entry(desired: wanted, current: nil, plan: Comparison.creation(of: wanted)))
                continue
            }
            used.insert(match)
            let existing = current.resources[match]
            let scaledBy = wanted.identity.kind == .service
                ? project.scalableTargets(of: wanted.resource).compactMap { ResourceIdentity(kind: .scalableTarget, fields: PlanValue($0.body))?.display }.first
                : nil
            let plan = Comparison(desired: wanted, current: existing, revisions: revisions, ownership: options.ownership,
                                  scaledBy: scaledBy).plan
            entries.append(Entry(desired: wanted, current: existing, plan: plan))
        }
        for resource in desired.unnamed {
            entries.append(Entry(unnamed: resource))
        }
        for (index, existing) in current.resources.enumerated() where !used.contains(index) {
            entries.append(Entry(outside: existing, action: options.prune ? .delete : .notManaged,
                                 effect: options.prune ? "deleted: no spec defines it (--prune)"
                                     : "exists now, but no spec defines it; not managed here (--prune deletes it)"))
        }
        Rollouts.propagateRevisions(&entries, project: project)
        let order = Dictionary(uniqueKeysWithValues: ResourceKind.allCases.enumerated().map { ($1, $0) })
        let resources = entries.map { Effects.finish($0) }.sorted {
            (order[$0.kind]!, $0.identity, $0.path) < (order[$1.kind]!, $1.identity, $1.path)
        }
        return Plan(desired: desired.source, current: current.source, resources: resources)
    }

    private static func precedes(_ lhs: StateResource, _ rhs: StateResource) -> Bool {
        (lhs.identity, lhs.path) < (rhs.identity, rhs.path)
    }

    /// The latest revision of each task definition family the current state describes.
    private static func currentRevisions(_ state: PlanState) -> [String: Int] {
        var revisions: [String: Int] = [:]
        for resource in state.resources where resource.identity.kind == .taskDefinition {
            if let revision = resource.revision { revisions[resource.identity.display] = max(revisions[resource.identity.display] ?? 0, revision) }
        }
        return revisions
    }
}

/// One resource on its way through the planner.
struct Entry {
    var desired: StateResource?
    var current: StateResource?
    var plan: ResourcePlan

    init(desired: StateResource?, current: StateResource?, plan: ResourcePlan) {
        self.desired = desired
        self.current = current
        self.plan = plan
    }

    /// A resource on one side only, not compared with anything.
    init(outside resource: StateResource, action: PlanAction, effect: String) {
        self.init(desired: nil, current: nil, plan: ResourcePlan(
            kind: resource.identity.kind, identity: resource.identity.display, path: resource.path, action: action,
            effect: effect, fields: [], reasons: [], warnings: [], revision: nil, rollout: nil, skipped: []))
    }

    init(unnamed resource: Resource) {
        let field = resource.kind.identityField.map { "'\($0)'" } ?? "an identity"
        self.init(desired: nil, current: nil, plan: ResourcePlan(
            kind: resource.kind, identity: "(document \(resource.documentIndex + 1))", path: resource.path, action: .notCompared,
            effect: "it has no \(field) to match it by (missing, or a placeholder)",
            fields: [], reasons: [], warnings: [], revision: nil, rollout: nil, skipped: []))
    }
}
