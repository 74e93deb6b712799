import BerthSpecs

/// Services roll when the task definition family they run gets a new revision, even when only the task
/// definition's file changed; each deployment gets its task arithmetic.
enum Rollouts {
    static func propagateRevisions(_ entries: inout [Entry], project: Project) {
        for index in entries.indices where entries[index].plan.kind == .service {
            guard let desired = entries[index].desired,
                  let taskDefinition = project.taskDefinition(of: desired.resource),
                  let source = entries.firstIndex(where: { $0.desired?.resource.isSame(as: taskDefinition) == true }),
                  entries[source].plan.action == .newRevision else { continue }
            let reference = desired.fields["taskDefinition"]?.text ?? ""
            let service = entries[index].plan.label
            if Self.isPinned(reference) {
                entries[source].plan.reasons.append("\(service) pins \(Self.short(reference)) and keeps running it until its taskDefinition names the new revision")
                continue
            }
            entries[source].plan.reasons.append("\(service) runs the family: it rolls to the new revision")
            rollOnto(entries[source].plan.revision, &entries[index])
        }
        for index in entries.indices where entries[index].plan.action.isDeployment {
            entries[index].plan.rollout = rollout(desired: entries[index].desired, current: entries[index].current)
        }
    }

    /// Marks the service as deploying the new revision, unless it is created or replaced anyway.
    private static func rollOnto(_ revision: RevisionChange?, _ entry: inout Entry) {
        guard let revision, entry.plan.action != .create, entry.plan.action != .replace else { return }
        let family = revision.family
        if !entry.plan.fields.contains(where: { $0.change.path.field == "taskDefinition" }) {
            let before = revision.current.map { "\(family):\($0)" } ?? family
            let after = revision.next.map { "\(family):\($0)" } ?? "\(family) (new revision)"
            let change = FieldChange(path: FieldPath([.key("taskDefinition")]), before: .string(before), after: .string(after))
            entry.plan.fields.append(PlannedField(change: change, effect: .deployment))
            entry.plan.fields.sort { $0.change.path < $1.change.path }
        }
        entry.plan.reasons.append("task definition \(family) gets a new revision")
        let controller = entry.desired?.fields["deploymentController"]?["type"]?.text
        entry.plan.action = max(entry.plan.action, Comparison.deploymentAction(controller: controller))
    }

    /// The task counts of an ECS-controlled deployment; nil where CodeDeploy or a task set decides them.
    static func rollout(desired: StateResource?, current: StateResource?) -> Rollout? {
        guard let desired, desired.fields["deploymentController"]?["type"]?.text ?? "ECS" == "ECS" else { return nil }
        let isDaemon = desired.fields["schedulingStrategy"]?.text == "DAEMON"
        let configuration = desired.fields["deploymentConfiguration"]
        guard let minimum = integer(configuration?["minimumHealthyPercent"], absent: isDaemon ? 0 : 100),
              let maximum = integer(configuration?["maximumPercent"], absent: isDaemon ? 100 : 200) else { return nil }
        let count = integer(desired.fields["desiredCount"], absent: current?.fields["desiredCount"]?.text.flatMap { Int($0) })
        return Rollout(desiredCount: isDaemon ? nil : count, minimumHealthyPercent: minimum, maximumPercent: maximum,
                       strategy: configuration?["strategy"]?.text ?? "ROLLING")
    }

    /// The value as an Int, `absent` when the spec leaves it out. Nil when it is stated but no Int (a placeholder,
    /// a number beyond Int): the default or the running count must not stand in for what the deploy will set.
    private static func integer(_ value: PlanValue?, absent: Int?) -> Int? {
        guard let value else { return absent }
        return value.text.flatMap { Int($0) }
    }

    /// `web:12` or an ARN with a revision, as opposed to the family alone.
    private static func isPinned(_ reference: String) -> Bool {
        guard let family = Reference.taskDefinitionFamily(reference) else { return false }
        return short(reference) != family
    }

    /// `web:12` for `arn:aws:ecs:…:task-definition/web:12`.
    private static func short(_ reference: String) -> String {
        guard reference.hasPrefix("arn:"), let slash = reference.lastIndex(of: "/") else { return reference }
        return String(reference[reference.index(after: slash)...])
    }
}
