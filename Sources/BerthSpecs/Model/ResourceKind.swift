/// The kinds of document berth reads. berth's own kinds name the AWS API call whose request shape the document's
/// body is; eksctl's ClusterConfig and the Kubernetes objects that matter to EKS checks are read as those tools
/// write them (they carry `apiVersion`).
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
    case appRunnerService = "AppRunnerService"
    case clusterConfig = "ClusterConfig"
    case storageClass = "StorageClass"
    case persistentVolume = "PersistentVolume"
    case persistentVolumeClaim = "PersistentVolumeClaim"
    case pod = "Pod"
    case deployment = "Deployment"
    case statefulSet = "StatefulSet"
    case daemonSet = "DaemonSet"
    case job = "Job"
    case cronJob = "CronJob"

    /// Who defines the kind's format.
    public enum Family: Sendable {
        /// berth: `kind:` names an AWS API call.
        case berth
        /// eksctl's own file, `apiVersion: eksctl.io/v1alpha5`.
        case eksctl
        /// A Kubernetes object, as kubectl reads it.
        case kubernetes
    }

    public var family: Family {
        switch self {
        case .clusterConfig: .eksctl
        case .storageClass, .persistentVolume, .persistentVolumeClaim, .pod, .deployment, .statefulSet, .daemonSet, .job, .cronJob:
            .kubernetes
        default: .berth
        }
    }

    /// The kinds that run pods, whose pod template rules about pods read.
    public static let workloads: Set<ResourceKind> = [.pod, .deployment, .statefulSet, .daemonSet, .job, .cronJob]

    /// The Kubernetes API group and version a kind is read under (`apps/v1`); nil for other families.
    public var kubernetesAPIVersion: String? {
        switch self {
        case .storageClass: "storage.k8s.io/v1"
        case .persistentVolume, .persistentVolumeClaim, .pod: "v1"
        case .deployment, .statefulSet, .daemonSet: "apps/v1"
        case .job, .cronJob: "batch/v1"
        default: nil
        }
    }

    /// The shape that validates the body: an API model's request shape (berth's combined shape where one
    /// document holds two calls: EventRule's `Targets`, Repository's `lifecyclePolicy`), or eksctl's schema.
    /// Kubernetes objects have none: berth reads what its checks need and is not a Kubernetes linter.
    public var requestShape: (catalog: ShapeCatalog, shape: String)? {
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
        case .appRunnerService: (.appRunner, "CreateServiceRequest")
        case .clusterConfig: (.eksctl, "ClusterConfig")
        default: nil
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
        case .appRunnerService: "App Runner CreateService"
        case .clusterConfig: "eksctl create cluster"
        default: "kubectl apply"
        }
    }

    /// The field that names a resource of this kind, as a path from the body (`metadata`, `name` for eksctl and
    /// Kubernetes). A listener has no name of its own: it is its load balancer's listener on a port.
    public var identityPath: [String]? {
        if family != .berth { return ["metadata", "name"] }
        return identityField.map { [$0] }
    }

    /// The top-level field that names a resource of berth's kinds.
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
        case .appRunnerService: "ServiceName"
        default: nil
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
        case .appRunnerService: "App Runner service"
        case .clusterConfig: "EKS cluster"
        case .storageClass: "StorageClass"
        case .persistentVolume: "PersistentVolume"
        case .persistentVolumeClaim: "PersistentVolumeClaim"
        case .pod, .deployment, .statefulSet, .daemonSet, .job, .cronJob: rawValue
        }
    }

    public static func < (lhs: ResourceKind, rhs: ResourceKind) -> Bool { lhs.rawValue < rhs.rawValue }
}
