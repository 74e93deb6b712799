import BerthLint
import BerthSpecs
import BerthYAML

/// Linux Fargate platform versions before 1.4.0 lack EFS volumes and other current features.
struct FargatePlatformVersion: Rule {
    static let kinds: Set<ResourceKind> = [.service]

    static let description = RuleDescription(
        id: "ECS218", name: "fargate-platform-version",
        summary: "A Fargate service pinned to a Linux platform version before 1.4.0",
        rationale: """
        LATEST selects Linux platform version 1.4.0 (Windows 1.0.0, its only version). Pinning an older Linux version \
        gives up features such as EFS volumes and configurable ephemeral storage, so it is a warning; with an EFS \
        volume in the task definition the tasks cannot start, so it is an error. Use LATEST or 1.4.0.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-fargate.html",
        severity: .warning, category: .reliability,
        triggering: [
            """
            kind: Service
            serviceName: web
            taskDefinition: web
            launchType: FARGATE
            platformVersion: ↓1.3.0
            desiredCount: 2
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            """,
            """
            kind: TaskDefinition
            family: cms
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "512"
            memory: "1024"
            taskRoleArn: arn:aws:iam::123456789012:role/cms
            containerDefinitions:
              - {name: cms, image: "wordpress:6.6", mountPoints: [{sourceVolume: uploads, containerPath: /var/www/html/wp-content}]}
            volumes:
              - name: uploads
                efsVolumeConfiguration: {fileSystemId: fs-0123456789abcdef0, transitEncryption: ENABLED}
            ---
            kind: Service
            serviceName: cms
            taskDefinition: cms
            launchType: FARGATE
            platformVersion: ↓"1.2.0"
            desiredCount: 2
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            """,
        ],
        nonTriggering: [
            """
            kind: Service
            serviceName: web
            taskDefinition: web
            launchType: FARGATE
            platformVersion: LATEST
            desiredCount: 2
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            ---
            kind: Service
            serviceName: api
            taskDefinition: api
            launchType: FARGATE
            platformVersion: 1.4.0
            desiredCount: 2
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            """,
            """
            kind: TaskDefinition
            family: iis
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "1024"
            memory: "2048"
            runtimePlatform: {operatingSystemFamily: WINDOWS_SERVER_2022_CORE, cpuArchitecture: X86_64}
            taskRoleArn: arn:aws:iam::123456789012:role/iis
            containerDefinitions: [{name: iis, image: "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022"}]
            ---
            kind: Service
            serviceName: iis
            taskDefinition: iis
            launchType: FARGATE
            platformVersion: 1.0.0
            desiredCount: 2
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard let node = resource.body["platformVersion"], let text = node.knownString,
              let version = PlatformVersion(text), version < .linuxCurrent,
              let launch = project.launch(of: resource), launch.kind == .fargate else { return }
        let taskDefinition = project.taskDefinition(of: resource)
        // Describe output names the platform family even when the task definition is elsewhere.
        let windows = taskDefinition.map { TaskDefinitionView($0).isWindows }
            ?? resource.body["platformFamily"]?.knownString.map { $0.uppercased().hasPrefix("WINDOWS") }
        if windows == true { return }
        // 1.0.0 is also the Windows version: without knowing the operating system it may be right.
        if windows == nil, version == .windows { return }
        let efs = taskDefinition.flatMap { definition in
            TaskDefinitionView(definition).volumes.first { $0["efsVolumeConfiguration"] != nil }.map { (definition, $0) }
        }
        if case let (definition, volume)? = efs {
            let name = volume["name"]?.text.map { "EFS volume '\($0)'" } ?? "an EFS volume"
            let owner = definition.name.map { "task definition '\($0)'" } ?? "its task definition"
            findings.add("\(resource.label) pins Fargate platform version \(text), but \(owner) has \(name), which needs 1.4.0 or later; use LATEST or 1.4.0",
                         at: node, severity: .error, notes: [Note("EFS volume", at: volume["efsVolumeConfiguration"] ?? volume, in: definition)])
        } else {
            findings.add("\(resource.label) pins Fargate platform version \(text), older than 1.4.0 (what LATEST selects), without features such as EFS volumes and configurable ephemeral storage; use LATEST or 1.4.0",
                         at: node)
        }
    }
}
