import BerthLint
import BerthSpecs
import BerthYAML

/// gp3 gives a baseline of 3,000 IOPS at a lower price per GiB than gp2.
struct EBSVolumeType: Rule {
    static let kinds: Set<ResourceKind> = [.storageClass]

    static let description = RuleDescription(
        id: "EKS204", name: "ebs-gp2-volumes",
        summary: "An EBS StorageClass that provisions gp2 volumes",
        rationale: """
        gp3 volumes cost about 20% less per GiB than gp2 and give 3,000 IOPS and 125 MiB/s at any size, where gp2 \
        ties IOPS to size (3 per GiB) and bursts. The EBS CSI driver provisions gp3 unless told otherwise; gp2 \
        comes from an explicit type: gp2, or from the in-tree plugin's default.
        """,
        helpURI: "https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html",
        severity: .info, category: .cost,
        triggering: [
            """
            apiVersion: storage.k8s.io/v1
            kind: StorageClass
            metadata: {name: standard}
            provisioner: ebs.csi.aws.com
            parameters: {type: ↓gp2, encrypted: "true"}
            volumeBindingMode: WaitForFirstConsumer
            """,
        ],
        nonTriggering: [
            """
            apiVersion: storage.k8s.io/v1
            kind: StorageClass
            metadata: {name: standard}
            provisioner: ebs.csi.aws.com
            parameters: {encrypted: "true"}
            volumeBindingMode: WaitForFirstConsumer
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard case .ebs(let inTree)? = StorageBackend(of: resource) else { return }
        if let type = resource.body["parameters", "type"] {
            if type.knownString == "gp2" {
                findings.add("gp2 volumes cost more than gp3 and tie IOPS to size; use type gp3", at: type)
            }
        } else if inTree, let provisioner = resource.body["provisioner"] {
            findings.add("the in-tree EBS provisioner creates gp2 volumes by default; use ebs.csi.aws.com, which defaults to gp3", at: provisioner)
        }
    }
}
