import BerthLint
import BerthSpecs
import BerthYAML

/// An ECS service has exactly one scalable dimension, its task count; any other dimension is rejected.
struct ScalableTargetDimension: Rule {
    static let kinds: Set<ResourceKind> = [.scalableTarget, .scalingPolicy, .scheduledAction]

    static let description = RuleDescription(
        id: "ECS401", name: "scalable-target-dimension",
        summary: "A scalable dimension that does not belong to the ECS service namespace",
        rationale: """
        Application Auto Scaling identifies a scalable target by its ServiceNamespace, ResourceId and \
        ScalableDimension. In the ecs namespace the only dimension is ecs:service:DesiredCount, the service's task \
        count, and a dimension starting with ecs: belongs to the ecs namespace only. RegisterScalableTarget, \
        PutScalingPolicy and PutScheduledAction reject any other combination.
        """,
        helpURI: "https://docs.aws.amazon.com/autoscaling/application/APIReference/API_RegisterScalableTarget.html#autoscaling-RegisterScalableTarget-request-ScalableDimension",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: ScalableTarget
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ↓ecs:service:desiredCount
            MinCapacity: 2
            MaxCapacity: 10
            """,
            """
            kind: ScalingPolicy
            PolicyName: cpu
            ServiceNamespace: ↓ec2
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            PolicyType: TargetTrackingScaling
            TargetTrackingScalingPolicyConfiguration:
              TargetValue: 60
              PredefinedMetricSpecification: {PredefinedMetricType: ECSServiceAverageCPUUtilization}
            """,
            """
            kind: ScheduledAction
            ScheduledActionName: night
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ↓ec2:spot-fleet-request:TargetCapacity
            Schedule: cron(0 22 * * ? *)
            ScalableTargetAction: {MinCapacity: 1, MaxCapacity: 2}
            """,
        ],
        nonTriggering: [
            """
            kind: ScalableTarget
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            MinCapacity: 2
            MaxCapacity: 10
            """,
            """
            kind: ScalableTarget
            ServiceNamespace: dynamodb
            ResourceId: table/orders
            ScalableDimension: dynamodb:table:ReadCapacityUnits
            MinCapacity: 5
            MaxCapacity: 100
            """,
            """
            kind: ScalableTarget
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ${DIMENSION}
            MinCapacity: 2
            MaxCapacity: 10
            """,
        ],
        // A misspelt dimension or namespace is also outside the model's enum; this says what it should be.
        supersedes: ["SPEC004"])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard let namespaceNode = resource.body["ServiceNamespace"], let namespace = namespaceNode.knownString,
              let dimensionNode = resource.body["ScalableDimension"], let dimension = dimensionNode.knownString else { return }
        if namespace == "ecs", dimension != ScalingView.ecsDimension {
            findings.add("\(resource.label) scales '\(dimension)', but an ECS service's only scalable dimension is '\(ScalingView.ecsDimension)'",
                         at: dimensionNode)
        } else if namespace != "ecs", dimension.hasPrefix("ecs:") {
            findings.add("\(resource.label) has ScalableDimension '\(dimension)', which belongs to ServiceNamespace 'ecs', not '\(namespace)'",
                         at: namespaceNode)
        }
    }
}
