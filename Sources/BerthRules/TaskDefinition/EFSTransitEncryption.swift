import BerthLint
import BerthSpecs
import BerthYAML

/// ECS mounts EFS with IAM authorization or through an access point only over TLS.
struct EFSTransitEncryption: Rule {
    static let kinds: Set<ResourceKind> = [.taskDefinition]

    static let description = RuleDescription(
        id: "ECS122", name: "efs-transit-encryption",
        summary: "An EFS volume with IAM authorization or an access point but without transit encryption",
        rationale: """
        An EFS volume that mounts with the task role (authorizationConfig.iam ENABLED) or through an access point \
        (authorizationConfig.accessPointId) must turn on transit encryption in efsVolumeConfiguration. \
        transitEncryption defaults to DISABLED when omitted, so such a volume must say ENABLED explicitly; otherwise \
        ECS rejects the task definition.
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
                  authorizationConfig: {iam: ↓ENABLED}
            """,
            """
            kind: TaskDefinition
            family: cms
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/cms
            containerDefinitions: [{name: cms, image: "wordpress:6.5", memory: 512}]
            volumes:
              - name: uploads
                efsVolumeConfiguration:
                  fileSystemId: fs-0123456789abcdef0
                  transitEncryption: DISABLED
                  authorizationConfig: {iam: ↓ENABLED}
              - name: shared
                efsVolumeConfiguration:
                  fileSystemId: fs-0123456789abcdef0
                  authorizationConfig: {accessPointId: ↓fsap-0123456789abcdef0}
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
                  transitEncryption: ENABLED
                  authorizationConfig: {iam: ENABLED, accessPointId: fsap-0123456789abcdef0}
            """,
            """
            kind: TaskDefinition
            family: cms
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/cms
            containerDefinitions: [{name: cms, image: "wordpress:6.5", memory: 512}]
            volumes:
              - name: plain
                efsVolumeConfiguration:
                  fileSystemId: fs-0123456789abcdef0
                  authorizationConfig: {iam: DISABLED}
              - name: templated
                efsVolumeConfiguration:
                  fileSystemId: fs-0123456789abcdef0
                  transitEncryption: ${EFS_TLS}
                  authorizationConfig: {iam: ENABLED}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        for volume in TaskDefinitionView(resource).volumes {
            guard let efs = volume["efsVolumeConfiguration"] else { continue }
            let transit = efs["transitEncryption"]
            if let transit, transit.isOpaque || transit.knownString == "ENABLED" { continue }
            let iam = efs["authorizationConfig", "iam"].flatMap { $0.knownString == "ENABLED" ? $0 : nil }
            let accessPoint = efs["authorizationConfig", "accessPointId"].flatMap { $0.isNull ? nil : $0 }
            guard let node = iam ?? accessPoint else { continue }
            let name = volume["name"]?.text.map { "volume '\($0)'" } ?? "a volume"
            let uses = iam != nil ? "EFS IAM authorization" : "an EFS access point"
            let transitState = transit?.text.map { "sets transitEncryption '\($0)'" } ?? "omits transitEncryption, which defaults to DISABLED"
            findings.add("\(name) of \(resource.label) uses \(uses) but \(transitState); set transitEncryption: ENABLED", at: node)
        }
    }
}
