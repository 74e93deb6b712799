import BerthYAML

/// References beyond the task: load balancing, scaling, scheduling and images.
extension Project {
    /// The target group a `targetGroupArn` (or a name) refers to, when the project defines it.
    public func targetGroup(_ reference: String) -> Resource? {
        guard defines(.targetGroup) else { return nil }
        return Reference.targetGroupName(reference).flatMap { resource(.targetGroup, named: $0) }
    }

    /// The load balancer a `LoadBalancerArn` (or a name) refers to, when the project defines it.
    public func loadBalancer(_ reference: String) -> Resource? {
        guard defines(.loadBalancer) else { return nil }
        return Reference.loadBalancerName(reference).flatMap { resource(.loadBalancer, named: $0) }
    }

    /// The Auto Scaling group behind a capacity provider.
    public func autoScalingGroup(of capacityProvider: Resource) -> Resource? {
        guard defines(.autoScalingGroup) else { return nil }
        return capacityProvider.body["autoScalingGroupProvider", "autoScalingGroupArn"]?.knownString
            .flatMap(Reference.autoScalingGroupName)
            .flatMap { resource(.autoScalingGroup, named: $0) }
    }

    /// The service an Application Auto Scaling `ResourceId` (`service/<cluster>/<service>`) names.
    public func service(resourceID: String) -> Resource? {
        guard let (cluster, name) = Reference.ecsServiceResourceID(resourceID) else { return nil }
        return resources(of: .service).first { service in
            service.name == name && clusterName(of: service) == cluster
        }
    }

    /// The scalable targets of the project that scale a service.
    public func scalableTargets(of service: Resource) -> [Resource] {
        guard let name = service.name, let cluster = clusterName(of: service) else { return [] }
        return resources(of: .scalableTarget).filter { target in
            guard let resourceID = target.body["ResourceId"]?.knownString,
                  let (targetCluster, targetService) = Reference.ecsServiceResourceID(resourceID) else { return false }
            return targetCluster == cluster && targetService == name
        }
    }

    /// The scalable target a scaling policy or scheduled action acts on: same namespace, resource and
    /// dimension.
    public func scalableTarget(of resource: Resource) -> Resource? {
        let identity = ["ServiceNamespace", "ResourceId", "ScalableDimension"].map { resource.body[$0]?.knownString }
        guard !identity.contains(nil) else { return nil }
        return resources(of: .scalableTarget).first { target in
            ["ServiceNamespace", "ResourceId", "ScalableDimension"].map { target.body[$0]?.knownString } == identity
        }
    }
}

extension Project {
    /// The repository of the project a private ECR image is pulled from.
    public func repository(of image: ImageReference) -> Resource? {
        guard image.ecrHost != nil else { return nil }
        return resource(.repository, named: image.repository)
    }
}
