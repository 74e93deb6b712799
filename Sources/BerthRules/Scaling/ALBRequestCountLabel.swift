import BerthLint
import BerthSpecs
import BerthYAML

/// ALBRequestCountPerTarget is per target group: the label must name an ALB target group of the scaled service.
struct ALBRequestCountLabel: Rule {
    static let kinds: Set<ResourceKind> = [.scalingPolicy]

    /// The predefined metrics measured per Application Load Balancer target group.
    private static let loadBalancerMetrics: Set<String> = ["ALBRequestCountPerTarget", "ALBRequestCount", "TotalALBRequestCount"]

    static let description = RuleDescription(
        id: "ECS406", name: "alb-request-count-label",
        summary: "An ALB request count metric without a valid ResourceLabel for the service's target group",
        rationale: """
        ALBRequestCountPerTarget counts requests per target of one target group, which ResourceLabel names: \
        app/<load-balancer-name>/<load-balancer-id>/targetgroup/<target-group-name>/<target-group-id>, the final parts \
        of the load balancer and target group ARNs joined by a slash. A target tracking policy on it needs the label, \
        and the metric exists only for Application Load Balancers: a net/ label or a load balancer of Type network has \
        no such metric. The target group must be attached to the scaled service (its loadBalancers), or the policy \
        scales the service on another service's traffic.
        """,
        helpURI: "https://docs.aws.amazon.com/autoscaling/application/APIReference/API_PredefinedMetricSpecification.html#autoscaling-Type-PredefinedMetricSpecification-ResourceLabel",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: ScalingPolicy
            PolicyName: requests
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            PolicyType: TargetTrackingScaling
            TargetTrackingScalingPolicyConfiguration:
              TargetValue: 1000
              ↓PredefinedMetricSpecification: {PredefinedMetricType: ALBRequestCountPerTarget}
            """,
            """
            kind: ScalingPolicy
            PolicyName: requests
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            PolicyType: TargetTrackingScaling
            TargetTrackingScalingPolicyConfiguration:
              TargetValue: 1000
              PredefinedMetricSpecification:
                PredefinedMetricType: ALBRequestCountPerTarget
                ResourceLabel: ↓net/edge/50dc6c495c0c9188/targetgroup/web/943f017f100becff
            """,
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "256"
            memory: "512"
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions: [{name: web, image: "nginx:1.27", portMappings: [{containerPort: 8080}]}]
            ---
            kind: Service
            cluster: prod
            serviceName: web
            taskDefinition: web
            launchType: FARGATE
            desiredCount: 2
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            loadBalancers:
              - targetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/943f017f100becff
                containerName: web
                containerPort: 8080
            ---
            kind: ScalingPolicy
            PolicyName: requests
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            PolicyType: TargetTrackingScaling
            TargetTrackingScalingPolicyConfiguration:
              TargetValue: 1000
              PredefinedMetricSpecification:
                PredefinedMetricType: ALBRequestCountPerTarget
                ResourceLabel: ↓app/public/778d41231b141a0f/targetgroup/api/943f017f100becff
            """,
            """
            kind: LoadBalancer
            Name: public
            Type: network
            Subnets: [subnet-0a1b2c3d, subnet-4e5f6a7b]
            ---
            kind: ScalingPolicy
            PolicyName: requests
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            PolicyType: TargetTrackingScaling
            TargetTrackingScalingPolicyConfiguration:
              TargetValue: 1000
              PredefinedMetricSpecification:
                PredefinedMetricType: ALBRequestCountPerTarget
                ResourceLabel: ↓app/public/778d41231b141a0f/targetgroup/web/943f017f100becff
            """,
        ],
        nonTriggering: [
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "256"
            memory: "512"
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions: [{name: web, image: "nginx:1.27", portMappings: [{containerPort: 8080}]}]
            ---
            kind: Service
            cluster: prod
            serviceName: web
            taskDefinition: web
            launchType: FARGATE
            desiredCount: 2
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            loadBalancers: [{targetGroupArn: web, containerName: web, containerPort: 8080}]
            ---
            kind: LoadBalancer
            Name: public
            Subnets: [subnet-0a1b2c3d, subnet-4e5f6a7b]
            ---
            kind: ScalableTarget
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            MinCapacity: 2
            MaxCapacity: 10
            ---
            kind: ScalingPolicy
            PolicyName: requests
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            PolicyType: TargetTrackingScaling
            TargetTrackingScalingPolicyConfiguration:
              TargetValue: 1000
              PredefinedMetricSpecification:
                PredefinedMetricType: ALBRequestCountPerTarget
                ResourceLabel: app/public/778d41231b141a0f/targetgroup/web/943f017f100becff
            """,
            """
            kind: ScalingPolicy
            PolicyName: requests
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            PolicyType: TargetTrackingScaling
            TargetTrackingScalingPolicyConfiguration:
              TargetValue: 1000
              PredefinedMetricSpecification:
                PredefinedMetricType: ALBRequestCountPerTarget
                ResourceLabel: ${ALB_LABEL}
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
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        let view = ScalingView(resource)
        guard view.isECS else { return }
        if let specification = resource.body["TargetTrackingScalingPolicyConfiguration"]?.pair("PredefinedMetricSpecification"),
           specification.value["PredefinedMetricType"]?.knownString == "ALBRequestCountPerTarget",
           specification.value["ResourceLabel"] == nil {
            findings.add("\(resource.label) tracks ALBRequestCountPerTarget without a ResourceLabel; set it to 'app/<load-balancer-name>/<load-balancer-id>/targetgroup/<target-group-name>/<target-group-id>'",
                         at: specification.key)
        }
        let specifications = [view.predefinedMetric].compactMap { $0 } + view.predictivePredefinedMetrics
        for specification in specifications {
            guard let type = specification["PredefinedMetricType"]?.knownString, Self.loadBalancerMetrics.contains(type),
                  let node = specification["ResourceLabel"], let text = node.knownString else { continue }
            checkLabel(text, at: node, metric: type, of: resource, in: project, findings: &findings)
        }
    }

    private func checkLabel(_ text: String, at node: YAMLNode, metric: String, of resource: Resource, in project: Project,
                            findings: inout Findings) {
        guard let label = ResourceLabel(text) else {
            findings.add("the ResourceLabel '\(text)' of \(resource.label) is not 'app/<load-balancer-name>/<load-balancer-id>/targetgroup/<target-group-name>/<target-group-id>'; join the final parts of the load balancer and target group ARNs with '/'",
                         at: node)
            return
        }
        guard label.loadBalancerType == "app" else {
            findings.add("the ResourceLabel '\(text)' of \(resource.label) names Network Load Balancer '\(label.loadBalancerName)', but \(metric) exists only for Application Load Balancers; scale on CPU or memory instead",
                         at: node)
            return
        }
        if let balancer = project.resource(.loadBalancer, named: label.loadBalancerName, near: resource),
           let type = balancer.body["Type"], let kind = type.knownString, kind != "application" {
            findings.add("the ResourceLabel '\(text)' of \(resource.label) names \(balancer.label) of Type \(kind), but \(metric) exists only for Application Load Balancers",
                         at: node, notes: [Note("Type \(kind)", at: type, in: balancer)])
            return
        }
        checkTargetGroup(label.targetGroupName, at: node, of: resource, in: project, findings: &findings)
    }

    /// The labelled target group must be one the scaled service registers its tasks in.
    private func checkTargetGroup(_ name: String, at node: YAMLNode, of resource: Resource, in project: Project,
                                  findings: inout Findings) {
        guard let resourceID = resource.body["ResourceId"]?.knownString, let service = project.service(resourceID: resourceID, near: resource) else { return }
        var attached: [String] = []
        for balancer in service.body["loadBalancers"]?.elements ?? .empty {
            guard let reference = balancer["targetGroupArn"] else { continue }
            // A target group berth cannot read might be the one.
            guard let known = reference.knownString.flatMap(Reference.targetGroupName) else { return }
            attached.append(known)
        }
        guard !attached.contains(name) else { return }
        let anchor = service.body.pair("loadBalancers")?.key ?? service.anchor
        let registered = switch attached.count {
        case 0: "registers its tasks in no target group"
        case 1: "registers its tasks in target group '\(attached[0])'"
        default: "registers its tasks in target groups \(attached.map { "'\($0)'" }.joined(separator: ", "))"
        }
        findings.add("the ResourceLabel of \(resource.label) names target group '\(name)', but \(service.label) \(registered); label a target group of the service",
                     at: node, notes: [Note("\(service.label) \(registered)", at: anchor, in: service)])
    }
}
