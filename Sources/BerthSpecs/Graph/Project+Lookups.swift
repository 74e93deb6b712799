import BerthYAML

/// References beyond the task: load balancing, scaling, scheduling and images.
extension Project {
    /// The target group a `targetGroupArn` (or a name) refers to, when the project defines it.
    public func targetGroup(_ reference: String, near referrer: Resource? = nil) -> Resource? {
        guard defines(.targetGroup) else { return nil }
        return Reference.targetGroupName(reference).flatMap { resource(.targetGroup, named: $0, near: referrer) }
    }

    /// The load balancer a `LoadBalancerArn` (or a name) refers to, when the project defines it.
    public func loadBalancer(_ reference: String, near referrer: Resource? = nil) -> Resource? {
        guard defines(.loadBalancer) else { return nil }
        return Reference.loadBalancerName(reference).flatMap { resource(.loadBalancer, named: $0, near: referrer) }
    }

    /// The Auto Scaling group behind a capacity provider.
    public func autoScalingGroup(of capacityProvider: Resource) -> Resource? {
        guard defines(.autoScalingGroup) else { return nil }
        return capacityProvider.body["autoScalingGroupProvider", "autoScalingGroupArn"]?.knownString
            .flatMap(Reference.autoScalingGroupName)
            .flatMap { resource(.autoScalingGroup, named: $0, near: capacityProvider) }
    }

    /// The service an Application Auto Scaling `ResourceId` (`service/<cluster>/<service>`) names, as seen
    /// from the resource that names it.
    public func service(resourceID: String, near referrer: Resource? = nil) -> Resource? {
        guard let (cluster, name) = Reference.ecsServiceResourceID(resourceID) else { return nil }
        let candidates = (byKind[.service] ?? []).filter { index in
            resources[index].name == name && clusterName(of: resources[index]) == cluster
        }
        return nearest(candidates, to: referrer).map { resources[$0] }
    }

    /// The scalable targets of the project that scale a service.
    public func scalableTargets(of service: Resource) -> [Resource] {
        resources(of: .scalableTarget).filter { target in
            guard let resourceID = target.body["ResourceId"]?.knownString else { return false }
            return self.service(resourceID: resourceID, near: target)?.isSame(as: service) == true
        }
    }

    /// The scalable target a scaling policy or scheduled action acts on: same namespace, resource and
    /// dimension.
    public func scalableTarget(of resource: Resource) -> Resource? {
        guard let identity = ScalingView(resource).scalableTarget else { return nil }
        let candidates = (byKind[.scalableTarget] ?? []).filter { ScalingView(resources[$0]).scalableTarget == identity }
        return nearest(candidates, to: resource).map { resources[$0] }
    }
}

extension Project {
    /// The repository of the project a private ECR image is pulled from.
    public func repository(of image: ImageReference, near referrer: Resource? = nil) -> Resource? {
        guard image.ecrHost != nil else { return nil }
        return resource(.repository, named: image.repository, near: referrer)
    }
}
