import BerthSpecs

/// What a deploy would do to one resource, from the least to the most disruptive.
public enum PlanAction: String, Sendable, CaseIterable, Comparable {
    /// Not compared: no current state of its kind, or no name to match it by.
    case notCompared = "not-compared"
    /// Exists now, but no spec defines it (and `--prune` was not given).
    case notManaged = "not-managed"
    case noChange = "no-change"
    case updateInPlace = "update"
    case newRevision = "new-revision"
    case rollingDeployment = "rolling-deployment"
    /// A CODE_DEPLOY service: the change needs a CodeDeploy deployment.
    case codeDeployDeployment = "codedeploy-deployment"
    /// An EXTERNAL service: the change needs a new task set.
    case taskSetDeployment = "task-set-deployment"
    case create
    case replace
    case delete

    public static func < (lhs: PlanAction, rhs: PlanAction) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The action changes something in AWS.
    public var isChange: Bool {
        self != .notCompared && self != .notManaged && self != .noChange
    }

    public var isDeployment: Bool {
        self == .rollingDeployment || self == .codeDeployDeployment || self == .taskSetDeployment
    }
}

/// A changed field with what the change does.
public struct PlannedField: Sendable {
    public var change: FieldChange
    public var effect: FieldEffect

    public init(change: FieldChange, effect: FieldEffect) {
        self.change = change
        self.effect = effect
    }
}

/// A field left out of the comparison, and why.
public struct SkippedField: Sendable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

/// Task counts during a deployment: at least ⌈d·min%/100⌉ healthy, at most ⌊d·max%/100⌋ running.
public struct Rollout: Sendable, Equatable {
    /// The tasks the service runs; nil for a daemon service (one per instance) or when unknown.
    public var desiredCount: Int?
    public var minimumHealthyPercent: Int
    public var maximumPercent: Int
    /// ROLLING, or BLUE_GREEN / LINEAR / CANARY, which start a full second set of tasks.
    public var strategy: String

    public init(desiredCount: Int?, minimumHealthyPercent: Int, maximumPercent: Int, strategy: String = "ROLLING") {
        self.desiredCount = desiredCount
        self.minimumHealthyPercent = minimumHealthyPercent
        self.maximumPercent = maximumPercent
        self.strategy = strategy
    }

    public var isBlueGreen: Bool { strategy != "ROLLING" }

    /// A count or percentage below zero: ECS rejects it, so the plan states no task bounds.
    public var hasNegativeValue: Bool {
        (desiredCount ?? 0) < 0 || minimumHealthyPercent < 0 || maximumPercent < 0
    }

    /// Nil when the count is unknown, a value is negative, or the bound does not fit an Int (a count far
    /// beyond any ECS quota): the plan then says the bounds cannot be computed rather than trapping.
    public var minimumHealthy: Int? {
        guard let desiredCount, !hasNegativeValue else { return nil }
        return isBlueGreen ? desiredCount : Self.share(desiredCount, percent: minimumHealthyPercent, roundingUp: true)
    }

    public var maximumRunning: Int? {
        guard let desiredCount, !hasNegativeValue else { return nil }
        guard !isBlueGreen else {
            let (doubled, overflow) = desiredCount.multipliedReportingOverflow(by: 2)
            return overflow ? nil : doubled
        }
        return Self.share(desiredCount, percent: maximumPercent, roundingUp: false)
    }

    /// Tasks above the desired count that the cluster must have room for.
    public var extraTasks: Int? {
        guard let desiredCount, let maximumRunning else { return nil }
        return max(0, maximumRunning - desiredCount)
    }

    /// ⌈count·percent/100⌉ or ⌊count·percent/100⌋ of non-negative numbers; nil when the product overflows.
    private static func share(_ count: Int, percent: Int, roundingUp: Bool) -> Int? {
        let (product, overflow) = count.multipliedReportingOverflow(by: percent)
        guard !overflow else { return nil }
        // Not (product + 99) / 100, which overflows for a product near Int.max.
        return product / 100 + (roundingUp && product % 100 != 0 ? 1 : 0)
    }
}

/// A task definition's revision numbers, when the current state knows them.
public struct RevisionChange: Sendable, Equatable {
    public var family: String
    public var current: Int?

    public init(family: String, current: Int?) {
        self.family = family
        self.current = current
    }

    /// Nil when the current revision is unknown, or is Int.max: no revision can follow that one.
    public var next: Int? {
        guard let current, current < Int.max else { return nil }
        return current + 1
    }

    /// The current revision is the largest number there is, so RegisterTaskDefinition cannot register another.
    public var isExhausted: Bool { current == Int.max }
}

/// One resource in the plan.
public struct ResourcePlan: Sendable {
    public var kind: ResourceKind
    /// How the resource is matched and shown: `web`, `prod/web`, `ecs service/prod/web ecs:service:DesiredCount`.
    public var identity: String
    /// The spec file (the current state's file for resources that only exist now).
    public var path: String
    public var action: PlanAction
    /// One sentence: what the action does.
    public var effect: String
    public var fields: [PlannedField]
    /// Why the action is what it is, beyond the fields (a new revision of the task definition the service runs).
    public var reasons: [String]
    public var warnings: [String]
    public var revision: RevisionChange?
    public var rollout: Rollout?
    public var skipped: [SkippedField]

    public init(kind: ResourceKind, identity: String, path: String, action: PlanAction, effect: String,
                fields: [PlannedField] = [], reasons: [String] = [], warnings: [String] = [], revision: RevisionChange? = nil,
                rollout: Rollout? = nil, skipped: [SkippedField] = []) {
        self.kind = kind
        self.identity = identity
        self.path = path
        self.action = action
        self.effect = effect
        self.fields = fields
        self.reasons = reasons
        self.warnings = warnings
        self.revision = revision
        self.rollout = rollout
        self.skipped = skipped
    }

    public var label: String { "\(kind.noun) \(identity)" }
}

/// Desired against current, resource by resource.
public struct Plan: Sendable {
    /// What the specs were read from (`samples/ecs`) and what they are compared with (`samples/current`, `git HEAD`).
    public var desired: String
    public var current: String
    /// Sorted by kind (task definitions, services, clusters…, as `ResourceKind` lists them) and identity.
    public var resources: [ResourcePlan]

    public init(desired: String, current: String, resources: [ResourcePlan]) {
        self.desired = desired
        self.current = current
        self.resources = resources
    }

    public func count(_ action: PlanAction) -> Int {
        resources.count { $0.action == action }
    }

    public var hasChanges: Bool {
        resources.contains { $0.action.isChange }
    }
}
