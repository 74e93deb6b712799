import BerthLint
import BerthSpecs
import BerthYAML

/// CPU and memory utilization are percentages of the tasks' reservation; a target outside (0, 100] pins the service.
struct TargetValuePercent: Rule {
    static let kinds: Set<ResourceKind> = [.scalingPolicy]

    private static let percentMetrics: Set<String> = ["ECSServiceAverageCPUUtilization", "ECSServiceAverageMemoryUtilization"]

    static let description = RuleDescription(
        id: "ECS407", name: "target-value-percent",
        summary: "A CPU or memory target tracking TargetValue outside 0–100 percent",
        rationale: """
        ECSServiceAverageCPUUtilization and ECSServiceAverageMemoryUtilization are the service's use as a percentage \
        of the CPU and memory its tasks reserve. The API accepts any TargetValue, but a target of 0 or less is always \
        exceeded, so the policy scales out to MaxCapacity and never scales in. A target above 100 is reached only by \
        tasks on EC2 that use more than they reserve (no task-level limit): on Fargate, and usually elsewhere, the \
        service never scales out. Use a target such as 50 to 80.
        """,
        helpURI: "https://docs.aws.amazon.com/autoscaling/application/APIReference/API_TargetTrackingScalingPolicyConfiguration.html",
        severity: .warning, category: .reliability,
        triggering: [
            """
            kind: ScalingPolicy
            PolicyName: cpu
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            PolicyType: TargetTrackingScaling
            TargetTrackingScalingPolicyConfiguration:
              TargetValue: ↓0
              PredefinedMetricSpecification: {PredefinedMetricType: ECSServiceAverageCPUUtilization}
            """,
            """
            kind: ScalingPolicy
            PolicyName: memory
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            PolicyType: TargetTrackingScaling
            TargetTrackingScalingPolicyConfiguration:
              TargetValue: ↓7500
              PredefinedMetricSpecification: {PredefinedMetricType: ECSServiceAverageMemoryUtilization}
            """,
            """
            kind: ScalingPolicy
            PolicyName: cpu-fraction
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            PolicyType: TargetTrackingScaling
            TargetTrackingScalingPolicyConfiguration:
              TargetValue: ↓-0.5
              PredefinedMetricSpecification: {PredefinedMetricType: ECSServiceAverageCPUUtilization}
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
              TargetValue: 100
              PredefinedMetricSpecification: {PredefinedMetricType: ECSServiceAverageCPUUtilization}
            """,
            """
            kind: ScalingPolicy
            PolicyName: requests
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            PolicyType: TargetTrackingScaling
            TargetTrackingScalingPolicyConfiguration:
              TargetValue: 7500
              PredefinedMetricSpecification:
                PredefinedMetricType: ALBRequestCountPerTarget
                ResourceLabel: app/public/778d41231b141a0f/targetgroup/web/943f017f100becff
            """,
            """
            kind: ScalingPolicy
            PolicyName: cpu
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            PolicyType: TargetTrackingScaling
            TargetTrackingScalingPolicyConfiguration:
              TargetValue: ${CPU_TARGET}
              PredefinedMetricSpecification: {PredefinedMetricType: ECSServiceAverageCPUUtilization}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        let view = ScalingView(resource)
        guard view.isECS, let metric = view.predefinedMetric?["PredefinedMetricType"]?.knownString, Self.percentMetrics.contains(metric),
              let node = resource.body["TargetTrackingScalingPolicyConfiguration", "TargetValue"], let value = Self.number(node) else { return }
        if value <= 0 {
            findings.add("\(resource.label) targets \(metric) \(node.text ?? ""), which is always exceeded: the service scales out to MaxCapacity and never in; set a percentage such as 70",
                         at: node)
        } else if value > 100 {
            findings.add("\(resource.label) targets \(metric) \(node.text ?? "") percent of what its tasks reserve, which they rarely or never reach, so the service does not scale out; set a percentage such as 70",
                         at: node)
        }
    }

    private static func number(_ node: YAMLNode) -> Double? {
        switch node.scalar?.value {
        case .int(let value): Double(value)
        case .float(let value): value
        default: nil
        }
    }
}
