import BerthLint
import BerthSpecs
import BerthYAML

/// ECS volumes are bind mounts, Docker volumes, EFS, FSx for Windows File Server, EBS and S3 Files;
/// an S3 bucket itself is not among them.
struct S3BucketVolume: Rule {
    static let kinds: Set<ResourceKind> = [.taskDefinition]
    static let fix = "use an S3 Files volume (s3filesVolumeConfiguration), EFS for shared storage, or the AWS SDK with a task role"

    static let description = RuleDescription(
        id: "ECS101", name: "s3-bucket-volume",
        summary: "An S3 bucket used as a task volume",
        rationale: """
        ECS cannot mount an S3 bucket: the volume types are bind mounts, Docker volumes, EFS, FSx for Windows File Server, \
        EBS and S3 Files. A host path or Docker volume driver that points at a bucket (s3://, an S3 ARN, s3fs, \
        rexray/s3fs, goofys) fails or depends on a FUSE mount ECS neither creates nor monitors, and an invented S3 volume \
        key is ignored. Use an S3 Files volume (a file system linked to the bucket; Fargate and ECS Managed Instances), \
        EFS for shared files, or read the bucket with the SDK through the task role. A host path that merely names an \
        s3fs mount on the instance, or a Docker volume plugin for S3 (rexray/s3fs), is a warning: it works only on \
        instances where the AMI mounts it or the plugin is installed.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_data_volumes.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: TaskDefinition
            family: reports
            taskRoleArn: arn:aws:iam::123456789012:role/reports
            containerDefinitions: [{name: app, image: nginx, memory: 512}]
            volumes:
              - name: data
                host: {sourcePath: ↓"s3://reports-bucket/data"}
              - name: fuse
                dockerVolumeConfiguration: {driver: ↓rexray/s3fs, scope: shared, autoprovision: true}
              - name: invented
                ↓s3VolumeConfiguration: {bucket: reports-bucket}
              - name: instance-mount
                host: {sourcePath: ↓/mnt/s3fs/reports}
            """,
        ],
        nonTriggering: [
            """
            kind: TaskDefinition
            family: reports
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "256"
            memory: "512"
            taskRoleArn: arn:aws:iam::123456789012:role/reports
            containerDefinitions: [{name: app, image: nginx}]
            volumes:
              - name: files
                s3filesVolumeConfiguration: {fileSystemArn: "arn:aws:s3files:us-east-1:123456789012:file-system/fs-0123456789abcdef0"}
              - name: shared
                efsVolumeConfiguration: {fileSystemId: fs-12345678}
              - name: scratch
                host: {sourcePath: /var/lib/reports}
            """,
        ],
        supersedes: ["SPEC002"])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        for volume in TaskDefinitionView(resource).volumes {
            let name = volume["name"]?.text.map { "volume '\($0)'" } ?? "a volume"
            if let path = volume["host", "sourcePath"], let text = path.knownString {
                if Self.isS3Location(text) {
                    findings.add("\(name) mounts the S3 location '\(text)' as a host path; ECS cannot mount a bucket: \(Self.fix)", at: path)
                } else if Self.namesS3Fuse(text) {
                    findings.add("\(name) bind-mounts '\(text)', an S3 FUSE mount that ECS neither creates nor monitors: \(Self.fix)",
                                 at: path, severity: .warning)
                }
            }
            if let driver = volume["dockerVolumeConfiguration", "driver"], let text = driver.knownString, Self.isS3Driver(text) {
                // A Docker volume plugin works where it is installed; ECS neither installs nor monitors it.
                findings.add("\(name) uses the S3 volume plugin '\(text)', which works only on EC2 instances where the plugin is installed and which ECS does not manage: \(Self.fix)",
                             at: driver, severity: .warning)
            }
            for option in volume["dockerVolumeConfiguration", "driverOpts"]?.pairs ?? .empty {
                if let text = option.value.knownString, Self.isS3Location(text) {
                    findings.add("\(name) passes the S3 location '\(text)' to a Docker volume driver: \(Self.fix)", at: option.value)
                }
            }
            for pair in volume.pairs {
                guard let key = pair.key.text, key != "s3filesVolumeConfiguration", key.lowercased().contains("s3") else { continue }
                findings.add("'\(key)' is not an ECS volume type; S3 buckets cannot be task volumes: \(Self.fix)", at: pair.key)
            }
        }
    }

    static func isS3Location(_ text: String) -> Bool {
        let lowered = text.lowercased()
        let bucketHost = lowered.contains("amazonaws.com")
            && (lowered.contains(".s3.") || lowered.contains(".s3-") || lowered.hasPrefix("s3.") || lowered.hasPrefix("s3-"))
        return lowered.hasPrefix("s3://") || lowered.hasPrefix("s3a://") || lowered.hasPrefix("arn:aws:s3:::") || bucketHost
    }

    private static func namesS3Fuse(_ text: String) -> Bool {
        let components = text.lowercased().split(separator: "/")
        return components.contains { $0 == "s3fs" || $0 == "goofys" || $0.hasPrefix("mountpoint-s3") || $0 == "s3" }
    }

    private static func isS3Driver(_ text: String) -> Bool {
        let tokens = text.lowercased().split { !$0.isLetter && !$0.isNumber }
        return tokens.contains { $0 == "s3fs" || $0 == "s3" || $0 == "goofys" || $0 == "yas3fs" } || text.lowercased().contains("mountpoint-s3")
    }
}
