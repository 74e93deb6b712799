import BerthLint
import BerthSpecs
import BerthYAML

/// Each predefined metric belongs to one kind of scalable resource; another service's metric is rejected for ECS.
struct ScalingMetricType: Rule {
    static let kinds: Set<ResourceKind> = [.scalingPolicy]

    static let description = RuleDescription(
        id: "ECS405", name: "scaling-metric-type",
        summary: "A predefined scaling metric that is not an ECS service metric",
        rationale: """
        Target tracking policies on an ECS service can use three predefined metrics: \
        ECSServiceAverageCPUUtilization, ECSServiceAverageMemoryUtilization and ALBRequestCountPerTarget. The others \
        (DynamoDB, Spot Fleet, SageMaker…) describe other resources and are rejected for the ecs namespace. \
        Predictive scaling, which only ECS supports, has its own predefined metrics: ECSServiceCPUUtilization, \
        ECSServiceMemoryUtilization, ECSServiceTotalCPUUtilization, ECSServiceTotalMemoryUtilization, the two average \
        utilizations, ALBRequestCount, ALBRequestCountPerTarget and TotalALBRequestCount.
        """,
        helpURI: "https://docs.aws.amazon.com/autoscaling/application/APIReference/API_PredefinedMetricSpecification.html",
        severity: .error, category: .correctness,
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
              PredefinedMetricSpecification: {PredefinedMetricType: ↓EC2SpotFleetRequestAverageCPUUtilization}
            """,
            """
            kind: ScalingPolicy
            PolicyName: memory
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            PolicyType: TargetTrackingScaling
            TargetTrackingScalingPolicyConfiguration:
              TargetValue: 70
              PredefinedMetricSpecification: {PredefinedMetricType: ↓ECSServiceAverageMemoryUtilisation}
            """,
            """
            kind: ScalingPolicy
            PolicyName: forecast
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            PolicyType: PredictiveScaling
            PredictiveScalingPolicyConfiguration:
              Mode: ForecastOnly
              MetricSpecifications:
                - TargetValue: 40
                  PredefinedMetricPairSpecification: {PredefinedMetricType: ↓ASGCPUUtilization}
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
            PolicyName: forecast
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            PolicyType: PredictiveScaling
            PredictiveScalingPolicyConfiguration:
              MetricSpecifications:
                - TargetValue: 40
                  PredefinedLoadMetricSpecification: {PredefinedMetricType: ECSServiceTotalCPUUtilization}
                  PredefinedScalingMetricSpecification: {PredefinedMetricType: ECSServiceAverageCPUUtilization}
            """,
            """
            kind: ScalingPolicy
            PolicyName: reads
            ServiceNamespace: dynamodb
            ResourceId: table/orders
            ScalableDimension: dynamodb:table:ReadCapacityUnits
            PolicyType: TargetTrackingScaling
            TargetTrackingScalingPolicyConfiguration:
              TargetValue: 70
              PredefinedMetricSpecification: {PredefinedMetricType: DynamoDBReadCapacityUtilization}
            """,
            """
            kind: ScalingPolicy
            PolicyName: templated
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            PolicyType: TargetTrackingScaling
            TargetTrackingScalingPolicyConfiguration:
              TargetValue: 60
              PredefinedMetricSpecification: {PredefinedMetricType: "${METRIC}"}
            """,
        ],
        // A misspelt metric is also outside the model's enum; this names the ECS metrics.
        supersedes: ["SPEC004"])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        let view = ScalingView(resource)
        guard view.isECS else { return }
        if let specification = view.predefinedMetric {
            check(specification, allowed: ScalingView.ecsTargetTrackingMetrics, policy: "target tracking", of: resource, findings: &findings)
        }
        for specification in view.predictivePredefinedMetrics {
            check(specification, allowed: ScalingView.ecsPredictiveMetrics, policy: "predictive scaling", of: resource, findings: &findings)
        }
    }

    private func check(_ specification: YAMLNode, allowed: [String], policy: String, of resource: Resource, findings: inout Findings) {
        guard let node = specification["PredefinedMetricType"], let type = node.knownString, !allowed.contains(type) else { return }
        let advice = Suggestion.closest(to: type, in: allowed).map { "did you mean '\($0)'?" }
            ?? "use one of \(allowed.map { "'\($0)'" }.joined(separator: ", "))"
        findings.add("\(resource.label) uses '\(type)', which is not a \(policy) metric of ECS services; \(advice)", at: node)
    }
}
