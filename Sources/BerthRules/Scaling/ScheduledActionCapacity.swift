import BerthLint
import BerthSpecs
import BerthYAML

/// A scheduled action sets a new capacity range; a range whose minimum exceeds its maximum is refused.
struct ScheduledActionCapacity: Rule {
    static let kinds: Set<ResourceKind> = [.scheduledAction]

    static let description = RuleDescription(
        id: "ECS410", name: "scheduled-action-capacity",
        summary: "A scheduled action whose MinCapacity exceeds its MaxCapacity",
        rationale: """
        At its scheduled time an action gives the scalable target a new MinCapacity and MaxCapacity \
        (ScalableTargetAction); Application Auto Scaling then scales out to the minimum or in to the maximum. A \
        minimum above the maximum is not a range and is rejected.
        """,
        helpURI: "https://docs.aws.amazon.com/autoscaling/application/APIReference/API_ScalableTargetAction.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: ScheduledAction
            ScheduledActionName: business-hours
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            Schedule: cron(0 8 ? * MON-FRI *)
            ScalableTargetAction: {MinCapacity: ↓12, MaxCapacity: 6}
            """,
            """
            kind: ScheduledAction
            ScheduledActionName: launch-day
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            Schedule: at(2026-11-27T06:00:00)
            Timezone: America/New_York
            ScalableTargetAction:
              MinCapacity: ↓20
              MaxCapacity: 10
            """,
        ],
        nonTriggering: [
            """
            kind: ScheduledAction
            ScheduledActionName: night
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            Schedule: cron(0 22 * * ? *)
            ScalableTargetAction: {MinCapacity: 1, MaxCapacity: 1}
            """,
            """
            kind: ScheduledAction
            ScheduledActionName: morning
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            Schedule: cron(0 6 * * ? *)
            ScalableTargetAction: {MinCapacity: 4}
            """,
            """
            kind: ScheduledAction
            ScheduledActionName: templated
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            Schedule: cron(0 6 * * ? *)
            ScalableTargetAction: {MinCapacity: "${MIN}", MaxCapacity: 2}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard ScalingView(resource).isECS else { return }
        let action = resource.body["ScalableTargetAction"]
        guard let minimum = ScalingView.capacity("MinCapacity", in: action),
              let maximum = ScalingView.capacity("MaxCapacity", in: action), minimum.value > maximum.value else { return }
        findings.add("\(resource.label) sets MinCapacity \(minimum.value) above MaxCapacity \(maximum.value); lower MinCapacity or raise MaxCapacity",
                     at: minimum.node)
    }
}
