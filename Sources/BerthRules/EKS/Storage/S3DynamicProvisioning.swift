import BerthLint
import BerthSpecs
import BerthYAML

/// Mountpoint for Amazon S3 mounts buckets that exist; it does not create them.
struct S3DynamicProvisioning: Rule {
    static let kinds: Set<ResourceKind> = [.storageClass]

    static let description = RuleDescription(
        id: "EKS203", name: "s3-dynamic-provisioning",
        summary: "A StorageClass for the Mountpoint for Amazon S3 CSI driver, which supports static provisioning only",
        rationale: """
        The Mountpoint for Amazon S3 CSI driver mounts an existing bucket through a PersistentVolume whose \
        csi.volumeAttributes.bucketName names it, bound to a claim with storageClassName "" (static provisioning). \
        It has no dynamic provisioning, so claims on a StorageClass with provisioner s3.csi.aws.com stay Pending.
        """,
        helpURI: "https://docs.aws.amazon.com/eks/latest/userguide/s3-csi.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            apiVersion: storage.k8s.io/v1
            kind: StorageClass
            metadata: {name: s3}
            provisioner: ↓s3.csi.aws.com
            """,
        ],
        nonTriggering: [
            """
            apiVersion: v1
            kind: PersistentVolume
            metadata: {name: reports}
            spec:
              capacity: {storage: 1200Gi}
              accessModes: [ReadWriteMany]
              storageClassName: ""
              claimRef: {namespace: reports, name: reports}
              csi:
                driver: s3.csi.aws.com
                volumeHandle: reports-bucket
                volumeAttributes: {bucketName: acme-reports}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard let provisioner = resource.body["provisioner"], StorageBackend(of: resource) == .s3 else { return }
        findings.add("Mountpoint for Amazon S3 supports static provisioning only: claims on this StorageClass stay Pending; define a PersistentVolume with csi.volumeAttributes.bucketName and bind it with storageClassName \"\"",
                     at: provisioner)
    }
}
