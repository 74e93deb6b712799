import BerthLint
import BerthSpecs
import BerthYAML

/// An EBS volume lives in one Availability Zone; created before the pod is scheduled, it may be in the wrong one.
struct EBSImmediateBinding: Rule {
    static let kinds: Set<ResourceKind> = [.storageClass]

    static let description = RuleDescription(
        id: "EKS205", name: "ebs-immediate-binding",
        summary: "An EBS StorageClass with volumeBindingMode Immediate in a cluster that spans zones",
        rationale: """
        volumeBindingMode defaults to Immediate: the volume is created as soon as the claim is, in a zone chosen \
        without looking at the pod. EBS volumes attach only to instances in their own zone, so in a cluster whose \
        nodes span zones the pod can be stuck Pending with a volume node affinity conflict. WaitForFirstConsumer \
        creates the volume where the pod is scheduled. berth stays quiet when the project's ClusterConfig pins every \
        node group to one zone.
        """,
        helpURI: "https://kubernetes.io/docs/concepts/storage/storage-classes/#volume-binding-mode",
        severity: .warning, category: .reliability,
        triggering: [
            """
            apiVersion: storage.k8s.io/v1
            kind: StorageClass
            metadata: {name: gp3}
            ↓provisioner: ebs.csi.aws.com
            parameters: {type: gp3, encrypted: "true"}
            """,
            """
            apiVersion: storage.k8s.io/v1
            kind: StorageClass
            metadata: {name: gp3}
            provisioner: ebs.csi.aws.com
            parameters: {type: gp3, encrypted: "true"}
            volumeBindingMode: ↓Immediate
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
            """
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata: {name: shop, region: us-east-1}
            addons: [{name: aws-ebs-csi-driver}]
            managedNodeGroups:
              - {name: general, availabilityZones: [us-east-1a]}
            ---
            apiVersion: storage.k8s.io/v1
            kind: StorageClass
            metadata: {name: gp3}
            provisioner: ebs.csi.aws.com
            parameters: {type: gp3, encrypted: "true"}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard case .ebs? = StorageBackend(of: resource) else { return }
        let mode = resource.body["volumeBindingMode"]
        guard mode == nil || mode?.knownString == "Immediate" else { return }
        if let cluster = project.clusterConfig(near: resource), let zones = ClusterConfigView(cluster).nodeZones, zones.count == 1 { return }
        let reason = mode == nil ? "volumeBindingMode defaults to Immediate" : "volumeBindingMode is Immediate"
        findings.add("\(reason): the EBS volume is created before the pod is scheduled and may land in another zone than its node; use WaitForFirstConsumer",
                     at: mode ?? resource.body.pair("provisioner")?.key ?? resource.anchor)
    }
}
