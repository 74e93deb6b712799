import BerthLint
import BerthSpecs
import BerthYAML

/// EBS volumes are encrypted only when asked (or when the account encrypts by default).
struct EBSUnencrypted: Rule {
    static let kinds: Set<ResourceKind> = [.storageClass]

    static let description = RuleDescription(
        id: "EKS206", name: "ebs-unencrypted",
        summary: "An EBS StorageClass that does not ask for encrypted volumes",
        rationale: """
        The EBS CSI driver encrypts a volume when the StorageClass sets parameters.encrypted: "true" (with the \
        default aws/ebs key, or kmsKeyId). Otherwise the volume is encrypted only if EBS encryption by default is \
        on for the account and Region, which a manifest cannot show. Saying so in the StorageClass keeps data at \
        rest encrypted wherever the manifest is applied.
        """,
        helpURI: "https://github.com/kubernetes-sigs/aws-ebs-csi-driver/blob/master/docs/parameters.md",
        severity: .warning, category: .security,
        triggering: [
            """
            apiVersion: storage.k8s.io/v1
            kind: StorageClass
            metadata: {name: gp3}
            ↓provisioner: ebs.csi.aws.com
            parameters: {type: gp3}
            volumeBindingMode: WaitForFirstConsumer
            """,
            """
            apiVersion: storage.k8s.io/v1
            kind: StorageClass
            metadata: {name: gp3}
            provisioner: ebs.csi.aws.com
            parameters: {type: gp3, encrypted: ↓"false"}
            volumeBindingMode: WaitForFirstConsumer
            """,
        ],
        nonTriggering: [
            """
            apiVersion: storage.k8s.io/v1
            kind: StorageClass
            metadata: {name: gp3}
            provisioner: ebs.csi.aws.com
            parameters: {type: gp3, encrypted: "true", kmsKeyId: "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"}
            volumeBindingMode: WaitForFirstConsumer
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard case .ebs? = StorageBackend(of: resource) else { return }
        guard let encrypted = resource.body["parameters", "encrypted"] else {
            findings.add("volumes of this StorageClass are encrypted only if the account encrypts EBS by default; set parameters.encrypted: \"true\"",
                         at: resource.body.pair("provisioner")?.key ?? resource.anchor)
            return
        }
        if !encrypted.isOpaque, encrypted.text?.lowercased() != "true" {
            findings.add("encrypted is \(encrypted.text ?? ""): volumes are encrypted only if the account encrypts EBS by default; set it to \"true\"", at: encrypted)
        }
    }
}
