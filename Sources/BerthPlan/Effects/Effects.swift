import BerthSpecs

/// The sentence that says what each action does, and the warnings that come with the disruptive ones.
enum Effects {
    static func finish(_ entry: Entry) -> ResourcePlan {
        var plan = entry.plan
        // Revision numbers matter to a resource that registers one.
        if plan.action != .newRevision && plan.action != .create { plan.revision = nil }
        let effects = FieldEffects.of(plan.kind)
        switch plan.action {
        case .notCompared, .notManaged, .delete:
            break
        case .noChange:
            plan.effect = "no change"
        case .create:
            plan.effect = "created by \(plan.kind.apiCall)"
        case .updateInPlace:
            plan.effect = "updated in place by \(effects.updateCalls); nothing is restarted"
        case .newRevision where plan.revision?.isExhausted == true:
            plan.effect = "RegisterTaskDefinition cannot register a new revision: no revision number follows \(plan.identity):\(Int.max)"
        case .newRevision:
            let next = plan.revision?.next.map { "\(plan.identity):\($0)" } ?? "a new revision of \(plan.identity)"
            plan.effect = "RegisterTaskDefinition registers \(next); services pick it up when they are updated to it"
        case .rollingDeployment:
            plan.effect = "UpdateService starts a rolling deployment: new tasks replace the running ones"
        case .codeDeployDeployment:
            plan.effect = "the service uses the CODE_DEPLOY controller: these changes need a CodeDeploy deployment (CreateDeployment), not UpdateService"
        case .taskSetDeployment:
            plan.effect = "the service uses the EXTERNAL controller: these changes need a new task set (CreateTaskSet)"
        case .replace:
            let fields = plan.fields.filter { $0.effect == .replace }.map { $0.change.path.description }
            plan.effect = "\(fields.joined(separator: ", ")) cannot change after creation: the \(plan.kind.noun) is deleted and created again"
            plan.warnings += replacementWarnings(plan, desired: entry.desired)
        }
        return plan
    }

    private static func replacementWarnings(_ plan: ResourcePlan, desired: StateResource?) -> [String] {
        guard plan.kind == .service else {
            return ["anything that refers to the \(plan.kind.noun) by ARN must follow the new one"]
        }
        var warnings = [
            "replacing a service under the same name means downtime: it must be scaled to 0, deleted and gone (INACTIVE) before ECS accepts a new service of that name; create the new one under another name and move traffic to avoid it",
        ]
        if desired?.fields["serviceConnectConfiguration"] != nil {
            warnings.append("the Service Connect names of the old service must be released before the new one can claim them")
        }
        return warnings
    }
}
