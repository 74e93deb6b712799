import BerthPlan
import BerthSpecs

/// The plan for a terminal, like terraform plan but about ECS: each changing resource with its symbol, what the
/// change does and its changed fields (old → new); quiet resources in one line each group; the summary last.
public struct PlanTextReporter: Sendable {
    public var color: Bool
    public var wording: PlanWording

    public init(color: Bool, wording: PlanWording) {
        self.color = color
        self.wording = wording
    }

    public func render(_ plan: Plan) -> String {
        var output = paint("berth plan: \(plan.desired) against \(plan.current)", .bold) + "\n"
        for resource in plan.resources where resource.action.isChange {
            output += "\n" + section(resource)
        }
        let quiet: [(PlanAction, String)] = [
            (.noChange, "No change"), (.notManaged, "Not managed here (--prune deletes them)"), (.notCompared, "Not compared"),
        ]
        var groups = ""
        for (action, heading) in quiet {
            let resources = plan.resources.filter { $0.action == action }
            guard !resources.isEmpty else { continue }
            groups += paint(heading + ":", .dim) + "\n"
            for resource in resources {
                let why = action == .noChange ? "" : ": " + resource.effect
                groups += paint("  \(resource.label) (\(resource.path))\(why)", .dim) + "\n"
                for skip in resource.skipped { groups += paint("    skipped \(skip.path): \(skip.reason)", .dim) + "\n" }
            }
        }
        if !groups.isEmpty { output += "\n" + groups }
        output += "\n" + paint(PlanWording.summary(plan), .bold) + "\n"
        return output
    }

    private func section(_ resource: ResourcePlan) -> String {
        let style = Self.style(resource.action)
        var output = paint("\(PlanWording.symbol(resource.action)) \(resource.label)", style)
        output += paint(" — \(PlanWording.title(resource.action))", style) + paint("  (\(resource.path))", .dim) + "\n"
        output += "    \(resource.effect)\n"
        for field in resource.fields {
            let mark = resource.action == .create ? "+" : Self.mark(field)
            output += "      \(paint(mark, Self.style(field))) \(wording.change(field))\n"
        }
        for reason in resource.reasons { output += "    · \(reason)\n" }
        if let rollout = resource.rollout { output += "    rollout: \(PlanWording.rollout(rollout))\n" }
        for skip in resource.skipped { output += paint("    skipped \(skip.path): \(skip.reason)", .dim) + "\n" }
        for warning in resource.warnings { output += paint("    ! \(warning)", .yellow) + "\n" }
        return output
    }

    private static func mark(_ field: PlannedField) -> String {
        switch (field.change.before, field.change.after) {
        case (nil, _): "+"
        case (_, nil): "-"
        default: field.effect == .replace ? "-/+" : "~"
        }
    }

    private static func style(_ field: PlannedField) -> Painter.Style {
        field.effect == .replace ? .red : field.change.before == nil ? .green : field.change.after == nil ? .red : .yellow
    }

    private static func style(_ action: PlanAction) -> Painter.Style {
        switch action {
        case .create: .green
        case .updateInPlace: .yellow
        case .newRevision, .rollingDeployment, .codeDeployDeployment, .taskSetDeployment: .cyan
        case .replace, .delete: .red
        case .noChange, .notManaged, .notCompared: .dim
        }
    }

    private var paint: Painter { Painter(color: color) }
}
