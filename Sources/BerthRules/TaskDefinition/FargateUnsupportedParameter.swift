import BerthLint
import BerthSpecs
import BerthYAML

/// Fargate hides the host: parameters that reach into the instance, its devices or its Docker daemon are rejected.
struct FargateUnsupportedParameter: Rule {
    static let kinds: Set<ResourceKind> = [.taskDefinition]

    /// Container parameters that Fargate rejects whenever they are used.
    static let containerParameters = ["privileged", "disableNetworking", "links", "dnsServers", "dnsSearchDomains", "extraHosts",
                                      "dockerSecurityOptions"]
    static let linuxParameters = ["devices", "sharedMemorySize", "tmpfs", "maxSwap", "swappiness"]
    static let logDrivers: Set<String> = ["awslogs", "splunk", "awsfirelens"]
    static let capabilities: Set<String> = ["SYS_PTRACE", "CAP_SYS_PTRACE"]

    static let description = RuleDescription(
        id: "ECS108", name: "fargate-unsupported-parameter",
        summary: "A task definition parameter that Fargate does not support",
        rationale: """
        Fargate runs each task on infrastructure you cannot reach, so parameters that touch the host are not valid: \
        privileged, disableNetworking, links, dnsServers, dnsSearchDomains, extraHosts, dockerSecurityOptions, GPU \
        resource requirements, ipcMode and placementConstraints; in linuxParameters the devices, sharedMemorySize, tmpfs, \
        maxSwap and swappiness, and capabilities other than SYS_PTRACE; pidMode other than task; Docker volumes and FSx \
        for Windows File Server volumes; and log drivers other than awslogs, splunk and awsfirelens. Registration for \
        Fargate, or the Fargate launch, is rejected. A bind mount's host.sourcePath is documented as unsupported on \
        Fargate too, but the exact rejection is unconfirmed, so it is a warning.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-task-parameters",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: TaskDefinition
            family: debug
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "256"
            memory: "512"
            taskRoleArn: arn:aws:iam::123456789012:role/debug
            ↓ipcMode: task
            pidMode: ↓host
            containerDefinitions:
              - name: debug
                image: busybox:1.36
                ↓privileged: true
                ↓dnsServers: [10.0.0.2]
                linuxParameters:
                  capabilities: {add: [SYS_PTRACE, ↓NET_ADMIN], drop: [MKNOD]}
                  ↓sharedMemorySize: 256
                resourceRequirements: [{type: ↓GPU, value: "1"}]
                logConfiguration: {logDriver: ↓json-file}
            volumes:
              - name: cache
                ↓dockerVolumeConfiguration: {scope: task, driver: local}
              - name: logs
                host: {↓sourcePath: /var/log/debug}
            """,
            """
            kind: TaskDefinition
            family: web
            networkMode: awsvpc
            cpu: "256"
            memory: "512"
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions:
              - name: web
                image: nginx:1.27
                ↓links: [cache]
              - name: cache
                image: redis:7.2
            ---
            kind: Service
            serviceName: web
            taskDefinition: web
            launchType: FARGATE
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            """,
        ],
        nonTriggering: [
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "256"
            memory: "512"
            taskRoleArn: arn:aws:iam::123456789012:role/web
            executionRoleArn: arn:aws:iam::123456789012:role/ecsTaskExecutionRole
            pidMode: task
            containerDefinitions:
              - name: web
                image: nginx:1.27
                privileged: false
                dnsServers: []
                linuxParameters: {capabilities: {add: [SYS_PTRACE], drop: [ALL]}, initProcessEnabled: true}
                logConfiguration:
                  logDriver: awslogs
                  options: {awslogs-group: /ecs/web, awslogs-region: us-east-1, awslogs-stream-prefix: web}
            volumes: [{name: scratch, host: {}}, {name: tmp}]
            """,
            """
            kind: TaskDefinition
            family: builder
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/builder
            ipcMode: host
            containerDefinitions:
              - name: builder
                image: docker:27.1-dind
                memory: 1024
                privileged: true
                linuxParameters: {sharedMemorySize: 512, devices: [{hostPath: /dev/fuse}]}
            volumes:
              - name: docker
                host: {sourcePath: /var/lib/docker}
            """,
        ])

    private struct Problem {
        let message: String
        let node: YAMLNode
        var severity: Severity? = nil
    }

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard let fargate = project.targetsFargate(resource) else { return }
        let notes = fargate.isWithin(resource) ? [] : [Note(fargate)]
        let view = TaskDefinitionView(resource)
        var problems = taskProblems(resource, view)
        for container in view.containerViews { problems += containerProblems(container) }
        for problem in problems {
            findings.add(problem.message, at: problem.node, severity: problem.severity, notes: notes)
        }
    }

    private func taskProblems(_ resource: Resource, _ view: TaskDefinitionView) -> [Problem] {
        let body = resource.body
        let task = resource.label
        var problems: [Problem] = []
        for key in ["ipcMode", "placementConstraints"] {
            if let pair = body.pair(key), Self.isUsed(pair.value) {
                problems.append(Problem(message: "\(task) sets \(key), which Fargate does not support; remove it", node: pair.key))
            }
        }
        if let pidMode = body["pidMode"], let mode = pidMode.knownString, mode != "task" {
            problems.append(Problem(message: "\(task) sets pidMode '\(mode)'; Fargate supports only pidMode 'task'", node: pidMode))
        }
        for volume in view.volumes {
            let name = volume["name"]?.knownString.map { "volume '\($0)'" } ?? "a volume"
            for (key, kind) in [("dockerVolumeConfiguration", "a Docker volume"), ("fsxWindowsFileServerVolumeConfiguration", "an FSx for Windows File Server volume")] {
                if let pair = volume.pair(key), Self.isUsed(pair.value) {
                    problems.append(Problem(message: "\(name) is \(kind), which Fargate does not support; use an EFS volume or a bind mount", node: pair.key))
                }
            }
            if let source = volume["host"]?.pair("sourcePath"), Self.isUsed(source.value) {
                problems.append(Problem(message: "\(name) binds the host path '\(source.value.text ?? "")', which Fargate does not support; omit sourcePath for a task-scoped bind mount or use EFS",
                                        node: source.key, severity: .warning))
            }
        }
        return problems
    }

    private func containerProblems(_ container: ContainerView) -> [Problem] {
        let node = container.node
        let label = container.label
        var problems: [Problem] = []
        for key in Self.containerParameters {
            if let pair = node.pair(key), Self.isUsed(pair.value) {
                problems.append(Problem(message: "\(label) sets \(key), which Fargate does not support; remove it", node: pair.key))
            }
        }
        let linux = node["linuxParameters"]
        for key in Self.linuxParameters {
            if let pair = linux?.pair(key), Self.isUsed(pair.value) {
                problems.append(Problem(message: "\(label) sets linuxParameters.\(key), which Fargate does not support; remove it", node: pair.key))
            }
        }
        for capability in linux?["capabilities", "add"]?.elements ?? .empty {
            guard let name = capability.knownString, !Self.capabilities.contains(name) else { continue }
            problems.append(Problem(message: "\(label) adds the capability '\(name)'; Fargate allows adding only SYS_PTRACE", node: capability))
        }
        for requirement in node["resourceRequirements"]?.elements ?? .empty {
            guard let type = requirement["type"], type.knownString == "GPU" else { continue }
            problems.append(Problem(message: "\(label) requests a GPU, which Fargate does not offer; run the task on EC2 GPU instances", node: type))
        }
        if let driver = container.logDriver, let name = driver.knownString, !Self.logDrivers.contains(name) {
            problems.append(Problem(message: "\(label) uses the log driver '\(name)'; Fargate supports only awslogs, splunk and awsfirelens", node: driver))
        }
        return problems
    }

    /// Whether a parameter is really used: false, null, empty lists and mappings, and unknown values are not.
    private static func isUsed(_ value: YAMLNode) -> Bool {
        if value.isOpaque || value.isNull || value.bool == false { return false }
        if value.isSequence { return !value.elements.isEmpty }
        if value.isMapping { return !value.pairs.isEmpty }
        return true
    }
}
