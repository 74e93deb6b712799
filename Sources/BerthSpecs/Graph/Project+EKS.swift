import BerthYAML

/// References among eksctl and Kubernetes documents: PVC → PersistentVolume or StorageClass → ClusterConfig
/// add-ons; pod namespace and labels → Fargate profile selectors.
extension Project {
    /// The ClusterConfig a Kubernetes object is meant for: the project's only one, else the nearest (a tie means
    /// berth cannot tell).
    public func clusterConfig(near resource: Resource) -> Resource? {
        nearest(byKind[.clusterConfig] ?? [], to: resource).map { resources[$0] }
    }

    /// The Fargate profile of the object's cluster that would schedule a pod, with the selector that picks it.
    public func fargateProfile(for pod: PodTemplateView) -> (cluster: Resource, profile: ClusterConfigView.FargateProfile, selector: YAMLNode)? {
        guard let cluster = clusterConfig(near: pod.resource), let namespace = pod.namespace, let labels = pod.labels else {
            return nil
        }
        for profile in ClusterConfigView(cluster).fargateProfiles {
            if let selector = profile.selector(matching: namespace, labels: labels) { return (cluster, profile, selector) }
        }
        return nil
    }

    /// The PersistentVolumeClaim a pod mounts, in the pod's namespace.
    public func claim(named name: String, namespace: String, near referrer: Resource) -> Resource? {
        let candidates = (byKind[.persistentVolumeClaim] ?? []).filter { index in
            let claim = resources[index]
            return claim.name == name && (claim.body["metadata", "namespace"]?.knownString ?? "default") == namespace
        }
        return nearest(candidates, to: referrer).map { resources[$0] }
    }

    /// What storage a claim gets, from the spec of a PersistentVolumeClaim or a StatefulSet's claim template:
    /// the PersistentVolume it names or that shares its class (static provisioning), else its StorageClass, or
    /// the project's default StorageClass when it names none (dynamic provisioning).
    public func storage(ofClaim spec: YAMLNode?, near referrer: Resource) -> ClaimStorage? {
        if let volume = spec?["volumeName"] {
            return volume.knownString.flatMap { resource(.persistentVolume, named: $0, near: referrer) }.flatMap(ClaimStorage.init)
        }
        let className: String
        if let node = spec?["storageClassName"] {
            guard let name = node.knownString, !name.isEmpty else { return nil }
            className = name
        } else {
            guard let fallback = defaultStorageClass(near: referrer)?.name else { return nil }
            className = fallback
        }
        let volumes = (byKind[.persistentVolume] ?? []).filter { resources[$0].body["spec", "storageClassName"]?.knownString == className }
        if let volume = nearest(volumes, to: referrer) { return ClaimStorage(resources[volume]) }
        return resource(.storageClass, named: className, near: referrer).flatMap(ClaimStorage.init)
    }

    /// The StorageClass annotated as the cluster's default.
    private func defaultStorageClass(near referrer: Resource) -> Resource? {
        let defaults = (byKind[.storageClass] ?? []).filter {
            resources[$0].body["metadata", "annotations", "storageclass.kubernetes.io/is-default-class"]?.text == "true"
        }
        return nearest(defaults, to: referrer).map { resources[$0] }
    }
}

/// The storage behind a claim, and the object that decides it.
public struct ClaimStorage {
    public let backend: StorageBackend
    /// The PersistentVolume (static provisioning) or StorageClass (dynamic provisioning).
    public let source: Resource

    init?(_ source: Resource) {
        guard let backend = StorageBackend(of: source) else { return nil }
        self.backend = backend
        self.source = source
    }
}
