import BerthLint
import BerthSpecs
import BerthYAML

/// A bucket is not a directory: S3 reaches pods only through the Mountpoint for Amazon S3 CSI driver.
struct S3HostVolume: Rule {
    static let kinds = ResourceKind.workloads

    static let description = RuleDescription(
        id: "EKS208", name: "s3-host-volume",
        summary: "A hostPath or FlexVolume that tries to mount an S3 bucket",
        rationale: """
        Kubernetes has no S3 volume type. A hostPath of `s3://bucket` is a directory name on the node (created \
        empty, or refused by type checks), and S3 FlexVolume drivers (s3fs, goofys) are unmaintained plugins that \
        EKS does not ship or support; FlexVolume itself is deprecated. The supported way is the Mountpoint for \
        Amazon S3 CSI driver (aws-mountpoint-s3-csi-driver add-on) with a statically provisioned PersistentVolume, \
        on EC2 nodes (not Fargate); S3 Files file systems mount through the EFS CSI driver.
        """,
        helpURI: "https://docs.aws.amazon.com/eks/latest/userguide/s3-csi.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: reports}
            spec:
              containers: [{name: app, image: "nginx:1.27"}]
              volumes:
                - {name: bucket, hostPath: {path: ↓"s3://acme-reports"}}
                - name: fuse
                  flexVolume: {driver: ↓"informaticslab/s3-fuse-flex-volume", options: {bucket: acme-reports}}
            """,
        ],
        nonTriggering: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: reports}
            spec:
              containers: [{name: app, image: "nginx:1.27"}]
              volumes:
                - {name: logs, hostPath: {path: /var/log}}
                - {name: bucket, persistentVolumeClaim: {claimName: reports}}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        for volume in PodTemplateView(resource).volumes {
            if let path = volume["hostPath", "path"], let text = path.knownString, text.lowercased().hasPrefix("s3:") {
                findings.add("hostPath '\(text)' is a directory on the node, not a bucket; mount S3 with the Mountpoint for Amazon S3 CSI driver and a static PersistentVolume",
                             at: path)
            } else if let driver = volume["flexVolume", "driver"], let text = driver.knownString,
                      text.lowercased().contains("s3") {
                findings.add("FlexVolume driver '\(text)' mounts S3 through an unsupported, deprecated plugin; use the Mountpoint for Amazon S3 CSI driver with a static PersistentVolume",
                             at: driver)
            }
        }
    }
}
