import BerthLint
import BerthSpecs
import BerthYAML

/// The in-tree EBS plugin is gone from Kubernetes; its volumes work only through the CSI driver.
struct InTreeEBSProvisioner: Rule {
    static let kinds: Set<ResourceKind> = [.storageClass, .persistentVolume]

    static let description = RuleDescription(
        id: "EKS201", name: "in-tree-ebs-provisioner",
        summary: "A StorageClass or PersistentVolume on the in-tree kubernetes.io/aws-ebs plugin",
        rationale: """
        The in-tree Amazon EBS plugin (provisioner kubernetes.io/aws-ebs, awsElasticBlockStore volumes) was removed \
        in Kubernetes 1.27. On EKS, CSI migration hands such volumes to the Amazon EBS CSI driver, so they work only \
        with the aws-ebs-csi-driver add-on installed, and gain none of its newer parameters (gp3 by default, tags, \
        IOPS per GiB). Write provisioner ebs.csi.aws.com, or a csi volume with driver ebs.csi.aws.com.
        """,
        helpURI: "https://docs.aws.amazon.com/eks/latest/userguide/ebs-csi-migration-faq.html",
        severity: .warning, category: .reliability,
        triggering: [
            """
            apiVersion: storage.k8s.io/v1
            kind: StorageClass
            metadata: {name: standard}
            provisioner: ↓kubernetes.io/aws-ebs
            parameters: {type: gp3, encrypted: "true"}
            volumeBindingMode: WaitForFirstConsumer
            """,
            """
            apiVersion: v1
            kind: PersistentVolume
            metadata: {name: legacy-data}
            spec:
              capacity: {storage: 10Gi}
              accessModes: [ReadWriteOnce]
              ↓awsElasticBlockStore: {volumeID: vol-0a1b2c3d4e5f60718, fsType: ext4}
            """,
        ],
        nonTriggering: [
            """
            apiVersion: storage.k8s.io/v1
            kind: StorageClass
            metadata: {name: gp3}
            provisioner: ebs.csi.aws.com
            parameters: {type: gp3, encrypted: "true"}
            volumeBindingMode: WaitForFirstConsumer
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        if let provisioner = resource.body["provisioner"], provisioner.knownString == "kubernetes.io/aws-ebs" {
            findings.add("the in-tree kubernetes.io/aws-ebs provisioner was removed in Kubernetes 1.27 and works only through CSI migration; use provisioner ebs.csi.aws.com",
                         at: provisioner)
        } else if let volume = resource.body["spec"]?.pair("awsElasticBlockStore") {
            findings.add("awsElasticBlockStore is the in-tree EBS plugin, removed in Kubernetes 1.27; use csi with driver ebs.csi.aws.com and the volume ID as volumeHandle",
                         at: volume.key)
        }
    }
}
