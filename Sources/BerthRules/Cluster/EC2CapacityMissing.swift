import BerthLint
import BerthSpecs
import BerthYAML

/// EC2 tasks need container instances; a project that defines none may be relying on hand-made ones.
struct EC2CapacityMissing: Rule {
    static let kinds: Set<ResourceKind> = [.service]

    static let description = RuleDescription(
        id: "ECS304", name: "ec2-capacity-missing",
        summary: "An EC2 service on a cluster whose instances the project does not define",
        rationale: """
        On the EC2 launch type, tasks are placed on container instances: EC2 instances running the ECS agent with \
        ECS_CLUSTER set to the cluster and an instance profile with AmazonEC2ContainerServiceforEC2Role. When the project \
        defines neither an Auto Scaling group capacity provider for the cluster nor any Auto Scaling group, those \
        instances must come from elsewhere; if none are registered the service's tasks stay PENDING. Advice only: the \
        instances may well be managed by another tool.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/launch_container_instance.html",
        severity: .info, category: .reliability,
        triggering: [
            """
            kind: Service
            cluster: prod
            serviceName: worker
            taskDefinition: worker
            launchType: ↓EC2
            desiredCount: 2
            """,
            """
            kind: Cluster
            clusterName: prod
            ---
            kind: TaskDefinition
            family: worker
            taskRoleArn: arn:aws:iam::123456789012:role/worker
            containerDefinitions: [{name: worker, image: "nginx:1.27", memory: 256}]
            ---
            kind: Service
            cluster: prod
            serviceName: ↓worker
            taskDefinition: worker
            desiredCount: 2
            """,
        ],
        nonTriggering: [
            """
            kind: Cluster
            clusterName: prod
            capacityProviders: [workers]
            defaultCapacityProviderStrategy: [{capacityProvider: workers, weight: 1}]
            ---
            kind: CapacityProvider
            name: workers
            autoScalingGroupProvider: {autoScalingGroupArn: workers-asg}
            ---
            kind: Service
            cluster: prod
            serviceName: worker
            taskDefinition: worker
            desiredCount: 2
            """,
            """
            kind: Service
            cluster: prod
            serviceName: worker
            taskDefinition: worker
            launchType: EC2
            desiredCount: 2
            ---
            kind: AutoScalingGroup
            AutoScalingGroupName: prod-instances
            MinSize: 1
            MaxSize: 4
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        // A placeholder cluster could be any cluster, so berth cannot say where its instances come from.
        guard let cluster = project.clusterName(of: resource),
              !hasInstanceProvider(resource, in: project), !hasUnassignedGroup(project) else { return }
        let decision = project.launch(of: resource)
        let isEC2 = decision?.kind == .ec2 || (decision == nil && runsOnEC2ByDefault(resource, in: project))
        guard isEC2 else { return }
        let message = "\(resource.label) runs on EC2 container instances, but the project defines no Auto Scaling group or capacity provider for cluster '\(cluster)'; make sure instances with the ECS agent join it"
        if let decision, decision.isWithin(resource) {
            findings.add(message, at: decision.node)
        } else {
            findings.add(message, at: resource.anchor, notes: decision.map { [Note($0)] } ?? [])
        }
    }

    /// A cluster of the project with an Auto Scaling group capacity provider.
    private func hasInstanceProvider(_ service: Resource, in project: Project) -> Bool {
        guard let cluster = project.cluster(of: service) else { return false }
        return (cluster.body["capacityProviders"]?.elements ?? .empty).contains { node in
            node.knownString.flatMap({ project.capacityProvider($0, near: cluster) })?.body["autoScalingGroupProvider"] != nil
        }
    }

    /// An Auto Scaling group no capacity provider uses may launch instances into any cluster (its user data
    /// sets ECS_CLUSTER), so berth cannot say this cluster has none.
    private func hasUnassignedGroup(_ project: Project) -> Bool {
        let assigned = Set(project.resources(of: .capacityProvider).compactMap { project.autoScalingGroup(of: $0)?.name })
        return project.resources(of: .autoScalingGroup).contains { group in group.name.map { !assigned.contains($0) } ?? true }
    }

    /// Without a launch type or strategy, ECS uses the EC2 launch type when the cluster has no default
    /// strategy; berth says so only when the task definition is in the project and declares nothing else.
    private func runsOnEC2ByDefault(_ service: Resource, in project: Project) -> Bool {
        guard service.body["capacityProviderStrategy"] == nil, service.body["launchType"] == nil,
              project.cluster(of: service)?.body["defaultCapacityProviderStrategy"] == nil,
              let taskDefinition = project.taskDefinition(of: service) else { return false }
        let declared = taskDefinition.body["requiresCompatibilities"]?.elements ?? .empty
        return declared.isEmpty
    }
}
