import BerthYAML

/// The AWS storage behind a StorageClass or PersistentVolume, from its provisioner or CSI driver
/// (aws-facts §9.3; https://docs.aws.amazon.com/eks/latest/userguide/storage.html).
public enum StorageBackend: Sendable, Equatable {
    /// Amazon EBS, through the CSI driver or the in-tree `kubernetes.io/aws-ebs` plugin (removed from Kubernetes
    /// 1.27; CSI migration hands its volumes to the CSI driver).
    case ebs(inTree: Bool)
    case efs
    case fsxLustre
    case fsxONTAP
    case fsxOpenZFS
    /// Mountpoint for Amazon S3.
    case s3

    public init?(driver: String) {
        switch driver {
        case "ebs.csi.aws.com": self = .ebs(inTree: false)
        case "kubernetes.io/aws-ebs": self = .ebs(inTree: true)
        case "efs.csi.aws.com": self = .efs
        case "fsx.csi.aws.com": self = .fsxLustre
        case "csi.trident.netapp.io": self = .fsxONTAP
        case "fsx.openzfs.csi.aws.com": self = .fsxOpenZFS
        case "s3.csi.aws.com": self = .s3
        default: return nil
        }
    }

    /// The storage a StorageClass provisions or a PersistentVolume is.
    public init?(of resource: Resource) {
        let driver: String? = switch resource.kind {
        case .storageClass: resource.body["provisioner"]?.knownString
        case .persistentVolume: resource.body["spec", "awsElasticBlockStore"] != nil
            ? "kubernetes.io/aws-ebs" : resource.body["spec", "csi", "driver"]?.knownString
        default: nil
        }
        guard let driver, let backend = StorageBackend(driver: driver) else { return nil }
        self = backend
    }

    public var name: String {
        switch self {
        case .ebs: "Amazon EBS"
        case .efs: "Amazon EFS"
        case .fsxLustre: "FSx for Lustre"
        case .fsxONTAP: "FSx for NetApp ONTAP"
        case .fsxOpenZFS: "FSx for OpenZFS"
        case .s3: "Mountpoint for Amazon S3"
        }
    }

    /// The EKS add-on that installs the CSI driver. ONTAP's Trident and the OpenZFS driver come from NetApp's
    /// Marketplace add-on and Helm, whose names berth does not check.
    public var addon: String? {
        switch self {
        case .ebs: "aws-ebs-csi-driver"
        case .efs: "aws-efs-csi-driver"
        case .fsxLustre: "aws-fsx-csi-driver"
        case .s3: "aws-mountpoint-s3-csi-driver"
        case .fsxONTAP, .fsxOpenZFS: nil
        }
    }
}
