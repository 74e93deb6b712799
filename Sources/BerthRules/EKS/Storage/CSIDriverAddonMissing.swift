import BerthLint
import BerthSpecs
import BerthYAML

/// Storage whose CSI driver the project's cluster does not install.
struct CSIDriverAddonMissing: Rule {
    static let kinds: Set<ResourceKind> = [.storageClass, .persistentVolume]

    static let description = RuleDescription(
        id: "EKS202", name: "csi-driver-addon-missing",
        summary: "A StorageClass or PersistentVolume whose CSI driver add-on the project's ClusterConfig lacks",
        rationale: """
        EKS clusters have no storage driver but the one you install. Claims on a StorageClass whose driver is \
        missing stay Pending, and pods mounting such a PersistentVolume never start. The drivers come as EKS \
        add-ons: aws-ebs-csi-driver (ebs.csi.aws.com and in-tree EBS volumes), aws-efs-csi-driver, \
        aws-fsx-csi-driver and aws-mountpoint-s3-csi-driver. berth compares with the ClusterConfig of the project \
        nearest the manifest; a driver installed with Helm instead can be noted with a suppression.
        """,
        helpURI: "https://docs.aws.amazon.com/eks/latest/userguide/storage.html",
        severity: .warning, category: .reliability,
        triggering: [
            """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: shop, region: us-east-1}
            addons: [{name: vpc-cni}]
            ---
            apiVersion: storage.k8s.io/v1
            kind: StorageClass
            metadata: {name: gp3}
            provisioner: ↓ebs.csi.aws.com
            parameters: {type: gp3, encrypted: "true"}
            volumeBindingMode: WaitForFirstConsumer
            """,
        ],
        nonTriggering: [
            """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: shop, region: us-east-1}
            addons: [{name: aws-ebs-csi-driver}]
            ---
            apiVersion: storage.k8s.io/v1
            kind: StorageClass
            metadata: {name: gp3}
            provisioner: ebs.csi.aws.com
            parameters: {type: gp3, encrypted: "true"}
            volumeBindingMode: WaitForFirstConsumer
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard let backend = StorageBackend(of: resource), let addon = backend.addon,
              let cluster = project.clusterConfig(near: resource), ClusterConfigView(cluster).installs(addon) == false else { return }
        let node = resource.body["provisioner"] ?? resource.body["spec", "csi", "driver"] ?? resource.body["spec"]?.pair("awsElasticBlockStore")?.key
        findings.add("\(backend.name) needs the \(addon) add-on, which cluster '\(cluster.name ?? "")' does not install; add it to the ClusterConfig's addons",
                     at: node ?? resource.anchor, notes: [Note("the cluster's add-ons", at: cluster.body.pair("addons")?.key ?? cluster.anchor, in: cluster)])
    }
}
