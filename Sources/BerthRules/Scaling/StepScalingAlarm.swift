import BerthLint
import BerthSpecs
import BerthYAML

/// A step scaling policy has no trigger of its own: only a CloudWatch alarm that names it runs it.
struct StepScalingAlarm: Rule {
    static let kinds: Set<ResourceKind> = [.scalingPolicy]

    static let description = RuleDescription(
        id: "ECS408", name: "step-scaling-alarm",
        summary: "A step scaling policy, which needs a CloudWatch alarm to run",
        rationale: """
        Unlike target tracking, where Application Auto Scaling creates and manages the alarms, a step scaling policy \
        does nothing until a CloudWatch alarm lists the policy's ARN in its AlarmActions; the alarm's metric and \
        threshold decide when it runs. berth does not read CloudWatch alarms, so it cannot check that one exists. \
        For CPU, memory or request count, a target tracking policy is simpler and is what AWS recommends.
        """,
        helpURI: "https://docs.aws.amazon.com/autoscaling/application/userguide/application-auto-scaling-step-scaling-policies.html",
        severity: .info, category: .reliability,
        triggering: [
            """
            kind: ScalingPolicy
            PolicyName: queue-depth
            ServiceNamespace: ecs
            ResourceId: service/prod/worker
            ScalableDimension: ecs:service:DesiredCount
            PolicyType: ↓StepScaling
            StepScalingPolicyConfiguration:
              AdjustmentType: ChangeInCapacity
              Cooldown: 120
              MetricAggregationType: Average
              StepAdjustments:
                - {MetricIntervalLowerBound: 0, ScalingAdjustment: 2}
            """,
            """
            kind: ScalingPolicy
            PolicyName: scale-in
            ServiceNamespace: ecs
            ResourceId: service/prod/worker
            ScalableDimension: ecs:service:DesiredCount
            ↓StepScalingPolicyConfiguration:
              AdjustmentType: ChangeInCapacity
              StepAdjustments:
                - {MetricIntervalUpperBound: 0, ScalingAdjustment: -1}
            """,
        ],
        nonTriggering: [
            """
            kind: ScalingPolicy
            PolicyName: cpu
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            PolicyType: TargetTrackingScaling
            TargetTrackingScalingPolicyConfiguration:
              TargetValue: 60
              PredefinedMetricSpecification: {PredefinedMetricType: ECSServiceAverageCPUUtilization}
            """,
            """
            kind: ScalingPolicy
            PolicyName: fleet-step
            ServiceNamespace: ec2
            ResourceId: spot-fleet-request/sfr-73fbd2ce-aa30-494c-8788-1cee4EXAMPLE
            ScalableDimension: ec2:spot-fleet-request:TargetCapacity
            PolicyType: StepScaling
            StepScalingPolicyConfiguration:
              AdjustmentType: ChangeInCapacity
              StepAdjustments: [{MetricIntervalLowerBound: 0, ScalingAdjustment: 1}]
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        let view = ScalingView(resource)
        guard view.isECS, view.policyType == .step, let node = view.policyTypeNode else { return }
        findings.add("\(resource.label) uses step scaling, which runs only when a CloudWatch alarm lists the policy's ARN in AlarmActions, and berth does not read alarms; make sure one exists (PutMetricAlarm) on the metric the steps react to, or use target tracking",
                     at: node)
    }
}
