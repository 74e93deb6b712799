import BerthLint
import BerthSpecs
import BerthYAML

/// Application Auto Scaling finds a service only by `service/<cluster>/<service>`, and a policy only by a registered target.
struct ScalableTargetResource: Rule {
    static let kinds: Set<ResourceKind> = [.scalableTarget, .scalingPolicy, .scheduledAction]

    static let description = RuleDescription(
        id: "ECS402", name: "scalable-target-resource",
        summary: "A ResourceId that names no ECS service, or no registered scalable target",
        rationale: """
        In the ecs namespace ResourceId is service/<cluster-name>/<service-name>; anything else is rejected (an \
        error). A well-formed ResourceId that names no service of the project is a warning: a service without \
        cluster runs in the cluster named default, so service/prod/web does not find it. A scaling policy or \
        scheduled action acts on a scalable target, and cannot be created until RegisterScalableTarget has \
        registered that ResourceId and dimension: a warning when the project registers none. When the project \
        defines no services (or no scalable targets), they live elsewhere and the reference is not checked.
        """,
        helpURI: "https://docs.aws.amazon.com/autoscaling/application/APIReference/API_RegisterScalableTarget.html#autoscaling-RegisterScalableTarget-request-ResourceId",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: ScalableTarget
            ServiceNamespace: ecs
            ResourceId: ↓arn:aws:ecs:us-east-1:123456789012:service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            MinCapacity: 2
            MaxCapacity: 10
            """,
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "256"
            memory: "512"
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions: [{name: web, image: "nginx:1.27"}]
            ---
            kind: Service
            serviceName: web
            taskDefinition: web
            launchType: FARGATE
            desiredCount: 2
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            ---
            kind: ScalableTarget
            ServiceNamespace: ecs
            ResourceId: ↓service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            MinCapacity: 2
            MaxCapacity: 10
            """,
            """
            kind: ScalableTarget
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            MinCapacity: 2
            MaxCapacity: 10
            ---
            kind: ScalingPolicy
            PolicyName: cpu
            ServiceNamespace: ecs
            ResourceId: ↓service/prod/wbe
            ScalableDimension: ecs:service:DesiredCount
            PolicyType: TargetTrackingScaling
            TargetTrackingScalingPolicyConfiguration:
              TargetValue: 60
              PredefinedMetricSpecification: {PredefinedMetricType: ECSServiceAverageCPUUtilization}
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
            containerDefinitions: [{name: web, image: "nginx:1.27"}]
            ---
            kind: Service
            serviceName: web
            taskDefinition: web
            launchType: FARGATE
            desiredCount: 2
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            ---
            kind: ScalableTarget
            ServiceNamespace: ecs
            ResourceId: service/default/web
            ScalableDimension: ecs:service:DesiredCount
            MinCapacity: 2
            MaxCapacity: 10
            ---
            kind: ScheduledAction
            ScheduledActionName: night
            ServiceNamespace: ecs
            ResourceId: service/default/web
            ScalableDimension: ecs:service:DesiredCount
            Schedule: cron(0 22 * * ? *)
            ScalableTargetAction: {MinCapacity: 1, MaxCapacity: 2}
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
            """
            kind: Service
            cluster: ${CLUSTER}
            serviceName: web
            taskDefinition: web
            launchType: FARGATE
            desiredCount: 2
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            ---
            kind: ScalableTarget
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            MinCapacity: 2
            MaxCapacity: 10
            ---
            kind: ScalableTarget
            ServiceNamespace: dynamodb
            ResourceId: table/orders
            ScalableDimension: dynamodb:table:ReadCapacityUnits
            MinCapacity: 5
            MaxCapacity: 100
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard ScalingView(resource).isECS, let node = resource.body["ResourceId"], let resourceID = node.knownString else { return }
        guard let (_, serviceName) = Reference.ecsServiceResourceID(resourceID) else {
            // A service ARN (cluster/name form) holds the right id after its resource type.
            let fromARN = resourceID.firstRange(of: ":service/").map { "service/" + resourceID[$0.upperBound...] }
            let form = fromARN.flatMap { Reference.ecsServiceResourceID($0) == nil ? nil : $0 } ?? "service/<cluster-name>/<service-name>"
            findings.add("\(findings.resource.label) has ResourceId '\(resourceID)', which does not name an ECS service; write it as '\(form)'", at: node)
            return
        }
        if resource.kind == .scalableTarget {
            checkService(named: serviceName, resourceID: resourceID, at: node, in: project, findings: &findings)
        } else if resource.body["ScalableDimension"]?.knownString == ScalingView.ecsDimension {
            checkScalableTarget(of: resource, resourceID: resourceID, at: node, in: project, findings: &findings)
        }
    }

    private func checkService(named serviceName: String, resourceID: String, at node: YAMLNode, in project: Project,
                              findings: inout Findings) {
        let services = project.resources(of: .service)
        guard !services.isEmpty, !services.contains(where: { Self.names($0, resourceID, in: project) }) else { return }
        // A service whose name or cluster is a placeholder may be this one.
        if services.contains(where: { $0.name == nil || ($0.name == serviceName && project.clusterName(of: $0) == nil) }) { return }
        let candidates = services.compactMap { service in
            project.clusterName(of: service).flatMap { cluster in service.name.map { ("service/\(cluster)/\($0)", service) } }
        }
        // The same service in another cluster is the usual mistake (its cluster unset, so `default`), else a typo.
        let closest = Suggestion.closest(to: resourceID, in: candidates.map(\.0))
        guard let (candidate, service) = candidates.first(where: { $0.1.name == serviceName }) ?? candidates.first(where: { $0.0 == closest }) else {
            findings.add("\(findings.resource.label) has ResourceId '\(resourceID)', which names no service of the project; fix the cluster or service name, or define the service",
                         at: node, severity: .warning)
            return
        }
        findings.add("\(findings.resource.label) has ResourceId '\(resourceID)', which names no service of the project; did you mean '\(candidate)'?",
                     at: node, severity: .warning,
                     notes: [Note("\(service.label) runs in cluster '\(project.clusterName(of: service) ?? "default")'",
                                  at: service.body["cluster"] ?? service.anchor, in: service)])
    }

    private func checkScalableTarget(of resource: Resource, resourceID: String, at node: YAMLNode, in project: Project,
                                     findings: inout Findings) {
        let targets = project.resources(of: .scalableTarget)
        guard let identity = ScalingView(resource).scalableTarget,
              !targets.isEmpty || project.resources(of: .service).contains(where: { Self.names($0, resourceID, in: project) }),
              !targets.contains(where: { ScalingView($0).scalableTarget == identity }) else { return }
        let ecsTargets = targets.filter { ScalingView($0).isECS }
        let registered = ecsTargets.compactMap { $0.body["ResourceId"]?.knownString }
        // A target whose ResourceId is a placeholder may be this one.
        guard registered.count == ecsTargets.count else { return }
        let suggestion = Suggestion.closest(to: resourceID, in: registered).map { "; did you mean '\($0)'?" }
            ?? ": add a ScalableTarget for it"
        findings.add("\(resource.label) acts on '\(resourceID)', which no ScalableTarget of the project registers; AWS refuses it until the target is registered\(suggestion)",
                     at: node, severity: .warning)
    }

    /// Whether a service is the one a ResourceId names (existence, not resolution: two equally near
    /// definitions both count).
    private static func names(_ service: Resource, _ resourceID: String, in project: Project) -> Bool {
        guard let (cluster, name) = Reference.ecsServiceResourceID(resourceID) else { return false }
        return service.name == name && project.clusterName(of: service) == cluster
    }
}
