import BerthLint
import BerthSpecs
import BerthYAML

/// An access point fixes the directory a volume mounts, so the volume may not name another one.
struct EFSAccessPointRootDirectory: Rule {
    static let kinds: Set<ResourceKind> = [.taskDefinition]

    /// Where each volume type names its access point.
    private static let accessPoints: [(configuration: String, path: [String], service: String)] = [
        ("efsVolumeConfiguration", ["authorizationConfig", "accessPointId"], "EFS"),
        ("s3filesVolumeConfiguration", ["accessPointArn"], "S3 Files"),
    ]

    static let description = RuleDescription(
        id: "ECS123", name: "efs-access-point-root-directory",
        summary: "A volume that mounts through an access point and also sets a root directory",
        rationale: """
        An EFS access point (authorizationConfig.accessPointId) or S3 Files access point (accessPointArn) enforces its \
        own root path. With one, the volume's rootDirectory must be omitted or '/'; any other directory is rejected. \
        Set the path on the access point instead.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EFSVolumeConfiguration.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: TaskDefinition
            family: cms
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "512"
            memory: "1024"
            taskRoleArn: arn:aws:iam::123456789012:role/cms
            containerDefinitions: [{name: cms, image: "wordpress:6.5"}]
            volumes:
              - name: uploads
                efsVolumeConfiguration:
                  fileSystemId: fs-0123456789abcdef0
                  rootDirectory: ↓/uploads
                  transitEncryption: ENABLED
                  authorizationConfig: {accessPointId: fsap-0123456789abcdef0, iam: ENABLED}
            """,
            """
            kind: TaskDefinition
            family: reports
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "256"
            memory: "512"
            taskRoleArn: arn:aws:iam::123456789012:role/reports
            containerDefinitions: [{name: app, image: "python:3.13-slim"}]
            volumes:
              - name: files
                s3filesVolumeConfiguration:
                  fileSystemArn: arn:aws:s3files:us-east-1:123456789012:file-system/fs-0123456789abcdef0
                  accessPointArn: arn:aws:s3files:us-east-1:123456789012:file-system/fs-0123456789abcdef0/access-point/fsap-0123456789abcdef0
                  rootDirectory: ↓exports
            """,
        ],
        nonTriggering: [
            """
            kind: TaskDefinition
            family: cms
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "512"
            memory: "1024"
            taskRoleArn: arn:aws:iam::123456789012:role/cms
            containerDefinitions: [{name: cms, image: "wordpress:6.5"}]
            volumes:
              - name: uploads
                efsVolumeConfiguration:
                  fileSystemId: fs-0123456789abcdef0
                  rootDirectory: /
                  transitEncryption: ENABLED
                  authorizationConfig: {accessPointId: fsap-0123456789abcdef0}
              - name: media
                efsVolumeConfiguration:
                  fileSystemId: fs-0123456789abcdef0
                  rootDirectory: /media
            """,
            """
            kind: TaskDefinition
            family: reports
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "256"
            memory: "512"
            taskRoleArn: arn:aws:iam::123456789012:role/reports
            containerDefinitions: [{name: app, image: "python:3.13-slim"}]
            volumes:
              - name: files
                s3filesVolumeConfiguration:
                  fileSystemArn: arn:aws:s3files:us-east-1:123456789012:file-system/fs-0123456789abcdef0
                  accessPointArn: arn:aws:s3files:us-east-1:123456789012:file-system/fs-0123456789abcdef0/access-point/fsap-0123456789abcdef0
                  rootDirectory: ${EXPORT_DIR}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        for volume in TaskDefinitionView(resource).volumes {
            for volumeType in Self.accessPoints {
                guard let configuration = volume[volumeType.configuration],
                      let accessPoint = volumeType.path.reduce(Optional(configuration), { $0?[$1] }), !accessPoint.isNull,
                      let root = configuration["rootDirectory"], let directory = root.knownString,
                      !directory.isEmpty, directory != "/" else { continue }
                let name = volume["name"]?.text.map { "volume '\($0)'" } ?? "a volume"
                let through = accessPoint.knownString.map { "access point '\($0)'" } ?? "an access point"
                findings.add("\(name) of \(resource.label) mounts \(volumeType.service) through \(through) and sets rootDirectory '\(directory)'; with an access point rootDirectory must be omitted or '/', so set the path on the access point",
                             at: root)
            }
        }
    }
}
