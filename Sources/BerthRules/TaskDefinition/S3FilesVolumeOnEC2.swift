import BerthLint
import BerthSpecs
import BerthYAML

/// S3 Files volumes run on Fargate and ECS Managed Instances; on the EC2 launch type the task fails to start.
struct S3FilesVolumeOnEC2: Rule {
    static let kinds: Set<ResourceKind> = [.taskDefinition]

    static let description = RuleDescription(
        id: "ECS106", name: "s3-files-volume-on-ec2",
        summary: "An S3 Files volume in a task that runs on the EC2 launch type",
        rationale: """
        Amazon S3 Files volumes (s3filesVolumeConfiguration) are supported on Fargate and ECS Managed Instances only. \
        A task that uses one on the EC2 launch type fails at launch. Run the task on Fargate or Managed Instances, or use \
        EFS on EC2.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/s3files-volumes.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: TaskDefinition
            family: reports
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/reports
            containerDefinitions: [{name: app, image: nginx, memory: 512}]
            volumes:
              - name: files
                ↓s3filesVolumeConfiguration: {fileSystemArn: "arn:aws:s3files:us-east-1:123456789012:file-system/fs-0123456789abcdef0"}
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
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard let ec2 = project.launchKinds(of: resource).first(where: { $0.kind == .ec2 }) else { return }
        for volume in TaskDefinitionView(resource).volumes {
            guard let key = volume.pair("s3filesVolumeConfiguration")?.key else { continue }
            let name = volume["name"]?.text.map { "volume '\($0)'" } ?? "a volume"
            findings.add("\(name) is an S3 Files volume, which the EC2 launch type does not support; the task fails at launch (use Fargate or ECS Managed Instances)",
                         at: key, notes: [Note(ec2)])
        }
    }
}
