import BerthSpecs
import BerthYAML

/// The AWS storage a pod mounts: its claims (and a StatefulSet's claim templates), generic ephemeral volumes and
/// inline CSI or in-tree EBS volumes, each with the node that names it.
struct PodStorage {
    struct Volume {
        let node: YAMLNode
        let backend: StorageBackend
        /// The PersistentVolume or StorageClass that decides the storage; nil for inline volumes.
        let source: Resource?

        /// EFS access points created per claim (`provisioningMode` on the StorageClass), which Fargate cannot use.
        var isDynamicEFS: Bool {
            backend == .efs && source?.kind == .storageClass && source?.body["parameters", "provisioningMode"] != nil
        }
    }

    static func volumes(of pod: PodTemplateView, in project: Project) -> [Volume] {
        var found: [Volume] = []
        func add(claimSpec spec: YAMLNode?, at node: YAMLNode) {
            if let storage = project.storage(ofClaim: spec, near: pod.resource) {
                found.append(Volume(node: node, backend: storage.backend, source: storage.source))
            }
        }
        for volume in pod.volumes {
            if let claimName = volume["persistentVolumeClaim", "claimName"] {
                guard let name = claimName.knownString, let namespace = pod.namespace,
                      let claim = project.claim(named: name, namespace: namespace, near: pod.resource) else { continue }
                add(claimSpec: claim.body["spec"], at: claimName)
            } else if let template = volume["ephemeral", "volumeClaimTemplate"] {
                add(claimSpec: template["spec"], at: volume["name"] ?? template)
            } else if let driver = volume["csi", "driver"], let backend = driver.knownString.flatMap(StorageBackend.init(driver:)) {
                found.append(Volume(node: driver, backend: backend, source: nil))
            } else if let ebs = volume.pair("awsElasticBlockStore") {
                found.append(Volume(node: ebs.key, backend: .ebs(inTree: true), source: nil))
            }
        }
        for template in pod.claimTemplates {
            add(claimSpec: template["spec"], at: template["metadata", "name"] ?? template)
        }
        return found
    }
}
