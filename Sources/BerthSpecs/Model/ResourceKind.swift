/// The berth kinds: each names the AWS API call whose request shape the document's body is.
public enum ResourceKind: String, Sendable, CaseIterable, Comparable {
    case taskDefinition = "TaskDefinition"
    case service = "Service"
    case cluster = "Cluster"
    case capacityProvider = "CapacityProvider"
    case scalableTarget = "ScalableTarget"
    case scalingPolicy = "ScalingPolicy"
    case scheduledAction = "ScheduledAction"
    case loadBalancer = "LoadBalancer"
    case targetGroup = "TargetGroup"
    case listener = "Listener"
    case classicLoadBalancer = "ClassicLoadBalancer"
    case eventRule = "EventRule"
    case schedule = "Schedule"
    case autoScalingGroup = "AutoScalingGroup"
    case repository = "Repository"

    /// The API model and request shape that validate the body (berth's combined shape where one
    /// document holds two calls: EventRule's `Targets`, Repository's `lifecyclePolicy`).
    public var requestShape: (catalog: ShapeCatalog, shape: String) {
        switch self {
        case .taskDefinition: (.ecs, "RegisterTaskDefinitionRequest")
        case .service: (.ecs, "CreateServiceRequest")
        case .cluster: (.ecs, "CreateClusterRequest")
        case .capacityProvider: (.ecs, "CreateCapacityProviderRequest")
        case .scalableTarget: (.applicationAutoScaling, "RegisterScalableTargetRequest")
        case .scalingPolicy: (.applicationAutoScaling, "PutScalingPolicyRequest")
        case .scheduledAction: (.applicationAutoScaling, "PutScheduledActionRequest")
        case .loadBalancer: (.elbv2, "CreateLoadBalancerInput")
        case .targetGroup: (.elbv2, "CreateTargetGroupInput")
        case .listener: (.elbv2, "CreateListenerInput")
        case .classicLoadBalancer: (.elb, "CreateAccessPointInput")
        case .eventRule: (.events, "PutRuleWithTargets")
        case .schedule: (.scheduler, "CreateScheduleInput")
        case .autoScalingGroup: (.autoScaling, "CreateAutoScalingGroupType")
        case .repository: (.ecr, "CreateRepositoryWithLifecyclePolicy")
        }
    }

    /// The AWS call, as the documentation names it.
    public var apiCall: String {
        switch self {
        case .taskDefinition: "ECS RegisterTaskDefinition"
        case .service: "ECS CreateService"
        case .cluster: "ECS CreateCluster"
        case .capacityProvider: "ECS CreateCapacityProvider"
        case .scalableTarget: "Application Auto Scaling RegisterScalableTarget"
        case .scalingPolicy: "Application Auto Scaling PutScalingPolicy"
        case .scheduledAction: "Application Auto Scaling PutScheduledAction"
        case .loadBalancer: "Elastic Load Balancing v2 CreateLoadBalancer"
        case .targetGroup: "Elastic Load Balancing v2 CreateTargetGroup"
        case .listener: "Elastic Load Balancing v2 CreateListener"
        case .classicLoadBalancer: "Elastic Load Balancing CreateLoadBalancer"
        case .eventRule: "EventBridge PutRule and PutTargets"
        case .schedule: "EventBridge Scheduler CreateSchedule"
        case .autoScalingGroup: "Auto Scaling CreateAutoScalingGroup"
        case .repository: "ECR CreateRepository and PutLifecyclePolicy"
        }
    }

    /// The field that names a resource of this kind. A listener has no name of its own: it is its load
    /// balancer's listener on a port.
    public var identityField: String? {
        switch self {
        case .taskDefinition: "family"
        case .service: "serviceName"
        case .cluster: "clusterName"
        case .capacityProvider: "name"
        case .scalableTarget: "ResourceId"
        case .scalingPolicy: "PolicyName"
        case .scheduledAction: "ScheduledActionName"
        case .loadBalancer, .targetGroup: "Name"
        case .listener: nil
        case .classicLoadBalancer: "LoadBalancerName"
        case .eventRule, .schedule: "Name"
        case .autoScalingGroup: "AutoScalingGroupName"
        case .repository: "repositoryName"
        }
    }

    /// What messages call a resource of this kind.
    public var noun: String {
        switch self {
        case .taskDefinition: "task definition"
        case .service: "service"
        case .cluster: "cluster"
        case .capacityProvider: "capacity provider"
        case .scalableTarget: "scalable target"
        case .scalingPolicy: "scaling policy"
        case .scheduledAction: "scheduled action"
        case .loadBalancer: "load balancer"
        case .targetGroup: "target group"
        case .listener: "listener"
        case .classicLoadBalancer: "Classic Load Balancer"
        case .eventRule: "EventBridge rule"
        case .schedule: "schedule"
        case .autoScalingGroup: "Auto Scaling group"
        case .repository: "repository"
        }
    }

    public static func < (lhs: ResourceKind, rhs: ResourceKind) -> Bool { lhs.rawValue < rhs.rawValue }
}
