import BerthLint
import BerthSpecs
import BerthYAML

/// Policies on one scalable target all move the same desiredCount; two watching the same metric pull against each other.
struct ConflictingScalingPolicies: Rule {
    static let kinds: Set<ResourceKind> = [.scalingPolicy]

    static let description = RuleDescription(
        id: "ECS409", name: "conflicting-scaling-policies",
        summary: "Scaling policies on one scalable target that track the same metric, or mix target tracking with step scaling",
        rationale: """
        A scalable target may have several target tracking policies, each on a different metric; Application Auto \
        Scaling follows whichever asks for the most capacity. Two target tracking policies on the same metric (the \
        same predefined metric and target group, or equal customized metrics) are a warning: they duplicate or \
        contradict each other. AWS recommends caution when combining target tracking and step scaling on one target: \
        a step policy can scale in before the target tracking policy is ready and the latter scales out again. berth \
        cannot see which metric the step policy's alarm watches, so that is advice. The finding is on the later \
        policy, by file path and document.
        """,
        helpURI: "https://docs.aws.amazon.com/autoscaling/application/userguide/application-auto-scaling-target-tracking.html",
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
              TargetValue: 60
              PredefinedMetricSpecification: {PredefinedMetricType: ECSServiceAverageCPUUtilization}
            ---
            kind: ScalingPolicy
            PolicyName: cpu-fast
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            PolicyType: TargetTrackingScaling
            TargetTrackingScalingPolicyConfiguration:
              TargetValue: 40
              ScaleOutCooldown: 30
              PredefinedMetricSpecification: {PredefinedMetricType: ↓ECSServiceAverageCPUUtilization}
            """,
            """
            kind: ScalingPolicy
            PolicyName: backlog
            ServiceNamespace: ecs
            ResourceId: service/prod/worker
            ScalableDimension: ecs:service:DesiredCount
            PolicyType: TargetTrackingScaling
            TargetTrackingScalingPolicyConfiguration:
              TargetValue: 10
              CustomizedMetricSpecification:
                MetricName: BacklogPerTask
                Namespace: Worker
                Statistic: Average
            ---
            kind: ScalingPolicy
            PolicyName: backlog-copy
            ServiceNamespace: ecs
            ResourceId: service/prod/worker
            ScalableDimension: ecs:service:DesiredCount
            PolicyType: TargetTrackingScaling
            TargetTrackingScalingPolicyConfiguration:
              TargetValue: 20
              ↓CustomizedMetricSpecification: {Statistic: Average, Namespace: Worker, MetricName: BacklogPerTask}
            ---
            kind: ScalingPolicy
            PolicyName: queue-depth
            ServiceNamespace: ecs
            ResourceId: service/prod/worker
            ScalableDimension: ecs:service:DesiredCount
            PolicyType: ↓StepScaling
            StepScalingPolicyConfiguration:
              AdjustmentType: ChangeInCapacity
              StepAdjustments: [{MetricIntervalLowerBound: 0, ScalingAdjustment: 2}]
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
            ---
            kind: ScalingPolicy
            PolicyName: memory
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            PolicyType: TargetTrackingScaling
            TargetTrackingScalingPolicyConfiguration:
              TargetValue: 75
              PredefinedMetricSpecification: {PredefinedMetricType: ECSServiceAverageMemoryUtilization}
            ---
            kind: ScalingPolicy
            PolicyName: forecast
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            PolicyType: PredictiveScaling
            PredictiveScalingPolicyConfiguration:
              MetricSpecifications:
                - TargetValue: 60
                  PredefinedMetricPairSpecification: {PredefinedMetricType: ECSServiceCPUUtilization}
            """,
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
            ---
            kind: ScalingPolicy
            PolicyName: cpu
            ServiceNamespace: ecs
            ResourceId: service/prod/api
            ScalableDimension: ecs:service:DesiredCount
            PolicyType: TargetTrackingScaling
            TargetTrackingScalingPolicyConfiguration:
              TargetValue: 60
              PredefinedMetricSpecification: {PredefinedMetricType: ECSServiceAverageCPUUtilization}
            """,
            """
            kind: ScalingPolicy
            PolicyName: requests-public
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            PolicyType: TargetTrackingScaling
            TargetTrackingScalingPolicyConfiguration:
              TargetValue: 1000
              PredefinedMetricSpecification:
                PredefinedMetricType: ALBRequestCountPerTarget
                ResourceLabel: app/public/778d41231b141a0f/targetgroup/web/943f017f100becff
            ---
            kind: ScalingPolicy
            PolicyName: requests-internal
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            PolicyType: TargetTrackingScaling
            TargetTrackingScalingPolicyConfiguration:
              TargetValue: 500
              PredefinedMetricSpecification:
                PredefinedMetricType: ALBRequestCountPerTarget
                ResourceLabel: app/internal/5b1c0e6f2a3d4e5f/targetgroup/web-internal/0123456789abcdef
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        let view = ScalingView(resource)
        guard view.isECS, let type = view.policyType, let target = view.scalableTarget else { return }
        let earlier = project.resources(of: .scalingPolicy).filter { other in
            Self.precedes(other, resource) && ScalingView(other).scalableTarget == target
        }
        if type == .targetTracking, let metric = view.trackedMetric,
           let twin = earlier.first(where: { ScalingView($0).policyType == .targetTracking && ScalingView($0).trackedMetric?.identity == metric.identity }),
           let twinNode = ScalingView(twin).trackedMetric?.node {
            findings.add("\(resource.label) tracks the same metric as \(twin.label) on the same scalable target; target tracking policies of one target must use different metrics: keep one",
                         at: metric.node, notes: [Note("\(twin.label) tracks it too", at: twinNode, in: twin)])
        }
        let other: ScalingView.PolicyType? = switch type {
        case .targetTracking: .step
        case .step: .targetTracking
        case .predictive: nil
        }
        if let other, let node = view.policyTypeNode,
           let mixed = earlier.first(where: { ScalingView($0).policyType == other }), let mixedNode = ScalingView(mixed).policyTypeNode {
            findings.add("\(resource.label) and \(mixed.label) mix target tracking and step scaling on the same scalable target; if the step policy's alarm watches the tracked metric they fight over desiredCount: keep one kind",
                         at: node, severity: .info, notes: [Note("\(mixed.label) is a \(other == .step ? "step scaling" : "target tracking") policy", at: mixedNode, in: mixed)])
        }
    }

    /// Stable order: path, then document, then position in the document.
    private static func precedes(_ lhs: Resource, _ rhs: Resource) -> Bool {
        if lhs.path != rhs.path { return lhs.path.utf8.lexicographicallyPrecedes(rhs.path.utf8) }
        return (lhs.documentIndex, lhs.indexInDocument) < (rhs.documentIndex, rhs.indexInDocument)
    }
}
