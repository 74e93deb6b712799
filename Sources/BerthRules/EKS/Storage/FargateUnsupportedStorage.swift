import BerthLint
import BerthSpecs
import BerthYAML

/// Fargate pods mount Amazon EFS and nothing else of AWS's storage.
struct FargateUnsupportedStorage: Rule {
    static let kinds = ResourceKind.workloads

    static let description = RuleDescription(
        id: "EKS207", name: "fargate-unsupported-storage",
        summary: "A pod on a Fargate profile that mounts storage Fargate cannot attach",
        rationale: """
        EKS Fargate pods run without a node you control and without the node parts of CSI drivers, so the only AWS \
        storage they mount is Amazon EFS, through the driver built into Fargate, and only statically provisioned: a \
        PersistentVolume naming an existing file system or access point. Amazon EBS, FSx for Lustre, FSx for NetApp \
        ONTAP, FSx for OpenZFS and Mountpoint for Amazon S3 volumes cannot attach, and EFS claims on a StorageClass \
        with provisioningMode (dynamic access points) are not supported either: the pod stays Pending or fails to \
        mount. berth follows the pod's claims to their PersistentVolume or StorageClass in the project.
        """,
        helpURI: "https://docs.aws.amazon.com/eks/latest/userguide/fargate.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: shop, region: us-east-1}
            fargateProfiles:
              - name: serverless
                selectors: [{namespace: storefront}]
            ---
            apiVersion: storage.k8s.io/v1
            kind: StorageClass
            metadata: {name: gp3}
            provisioner: ebs.csi.aws.com
            ---
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata: {name: cache, namespace: storefront}
            spec:
              storageClassName: gp3
              accessModes: [ReadWriteOnce]
              resources: {requests: {storage: 10Gi}}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: storefront, namespace: storefront}
            spec:
              selector: {matchLabels: {app: storefront}}
              template:
                metadata: {labels: {app: storefront}}
                spec:
                  containers: [{name: web, image: "nginx:1.27"}]
                  volumes:
                    - name: cache
                      persistentVolumeClaim: {claimName: ↓cache}
            """,
            """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: shop, region: us-east-1}
            fargateProfiles:
              - name: serverless
                selectors: [{namespace: "store*"}]
            ---
            apiVersion: storage.k8s.io/v1
            kind: StorageClass
            metadata: {name: efs-dynamic}
            provisioner: efs.csi.aws.com
            parameters: {provisioningMode: efs-ap, fileSystemId: fs-0123456789abcdef0, directoryPerms: "700"}
            ---
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: catalog, namespace: storefront}
            spec:
              selector: {matchLabels: {app: catalog}}
              serviceName: catalog
              template:
                metadata: {labels: {app: catalog}}
                spec:
                  containers: [{name: catalog, image: "nginx:1.27"}]
              volumeClaimTemplates:
                - metadata: {name: ↓data}
                  spec:
                    storageClassName: efs-dynamic
                    accessModes: [ReadWriteMany]
                    resources: {requests: {storage: 5Gi}}
            """,
        ],
        nonTriggering: [
            """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: shop, region: us-east-1}
            fargateProfiles:
              - name: serverless
                selectors: [{namespace: storefront, labels: {compute: fargate}}]
            ---
            apiVersion: storage.k8s.io/v1
            kind: StorageClass
            metadata: {name: gp3}
            provisioner: ebs.csi.aws.com
            ---
            apiVersion: v1
            kind: PersistentVolume
            metadata: {name: assets}
            spec:
              capacity: {storage: 5Gi}
              accessModes: [ReadWriteMany]
              storageClassName: efs-static
              csi: {driver: efs.csi.aws.com, volumeHandle: fs-0123456789abcdef0}
            ---
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata: {name: assets, namespace: storefront}
            spec:
              storageClassName: efs-static
              accessModes: [ReadWriteMany]
              resources: {requests: {storage: 5Gi}}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web, namespace: storefront, labels: {compute: fargate}}
            spec:
              containers: [{name: web, image: "nginx:1.27"}]
              volumes:
                - {name: assets, persistentVolumeClaim: {claimName: assets}}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: worker, namespace: storefront}
            spec:
              containers: [{name: worker, image: "nginx:1.27"}]
              volumes:
                - name: scratch
                  ephemeral:
                    volumeClaimTemplate:
                      spec: {storageClassName: gp3, accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard let (pod, fargate) = FargateScheduling.match(resource, in: project) else { return }
        for volume in PodStorage.volumes(of: pod, in: project) {
            var notes = [fargate]
            if let source = volume.source {
                notes.append(Note("\(source.kind.noun) '\(source.name ?? "")'", at: source.body["provisioner"] ?? source.anchor, in: source))
            }
            if volume.backend != .efs {
                findings.add("\(resource.label) runs on Fargate, which cannot attach \(volume.backend.name) volumes; only statically provisioned Amazon EFS mounts on Fargate",
                             at: volume.node, notes: notes)
            } else if volume.isDynamicEFS {
                findings.add("\(resource.label) runs on Fargate, which mounts Amazon EFS only through statically provisioned volumes, not access points created per claim (provisioningMode)",
                             at: volume.node, notes: notes)
            }
        }
    }
}
