import BerthLint
import BerthSpecs
import BerthYAML

/// The task role is the containers' AWS identity. Without it, Fargate containers have no credentials and
/// EC2 containers fall back to the instance profile's.
struct MissingTaskRole: Rule {
    static let kinds: Set<ResourceKind> = [.taskDefinition, .service]

    static let description = RuleDescription(
        id: "ECS102", name: "missing-task-role",
        summary: "A task definition without taskRoleArn",
        rationale: """
        The task role (taskRoleArn) gives the application its AWS credentials. Containers on the EC2 launch type \
        without one fall back to the instance profile's credentials through the instance metadata service: every task \
        on the instance shares the instance's permissions (a warning; a task definition that names no launch type is \
        registered for EC2). On Fargate, ECS Managed Instances and external instances the containers simply get no \
        credentials, which is right for an application that calls no AWS API (an info). In host \
        network mode that fallback cannot be blocked (ECS_AWSVPC_BLOCK_IMDS and iptables rules work only for awsvpc and \
        bridge tasks), so without a task role the application works with the instance role's permissions. It is an \
        error where the task cannot work without one: an S3 Files volume (mandatory task role), or ECS Exec \
        (enableExecuteCommand) on a service that runs the task.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html",
        severity: .warning, category: .security,
        triggering: [
            """
            kind: TaskDefinition
            family: ↓worker
            requiresCompatibilities: [EC2]
            containerDefinitions: [{name: worker, image: nginx, memory: 512}]
            """,
            """
            kind: TaskDefinition
            family: reports
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "256"
            memory: "512"
            containerDefinitions: [{name: app, image: nginx}]
            volumes:
              - name: files
                ↓s3filesVolumeConfiguration: {fileSystemArn: "arn:aws:s3files:us-east-1:123456789012:file-system/fs-0123456789abcdef0"}
            """,
            """
            kind: TaskDefinition
            family: ↓web
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "256"
            memory: "512"
            containerDefinitions: [{name: web, image: nginx}]
            ---
            kind: Service
            serviceName: web
            taskDefinition: web
            launchType: FARGATE
            enableExecuteCommand: ↓true
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            """,
            """
            kind: TaskDefinition
            family: ↓node-exporter
            networkMode: host
            containerDefinitions: [{name: exporter, image: "prom/node-exporter:v1.8.2", memory: 128}]
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
            taskRoleArn: ${TASK_ROLE_ARN}
            containerDefinitions: [{name: web, image: nginx}]
            """,
            """
            kind: TaskDefinition
            family: node-exporter
            networkMode: host
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/node-exporter
            containerDefinitions: [{name: exporter, image: "prom/node-exporter:v1.8.2", memory: 128}]
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        switch resource.kind {
        case .service: checkExec(resource, in: project, findings: &findings)
        default: checkTaskDefinition(resource, in: project, findings: &findings)
        }
    }

    private func checkTaskDefinition(_ resource: Resource, in project: Project, findings: inout Findings) {
        let view = TaskDefinitionView(resource)
        guard view.taskRole == nil else { return }
        let s3Files = view.volumes.compactMap { $0.pair("s3filesVolumeConfiguration")?.key }
        for key in s3Files {
            findings.add("\(resource.label) has an S3 Files volume but no taskRoleArn; S3 Files volumes require a task role",
                         at: key, severity: .error)
        }
        guard s3Files.isEmpty else { return }
        // Without requiresCompatibilities or a service, ECS registers the task definition for EC2.
        let launches = project.launchKinds(of: resource)
        let onEC2 = launches.first { $0.kind == .ec2 }
        guard onEC2 != nil || launches.isEmpty else {
            // Fargate, Managed Instances and external instances: no instance profile to fall back to, so the
            // containers simply have no AWS credentials, which is right for a task that calls no AWS API.
            findings.add("\(resource.label) has no taskRoleArn, so its containers get no AWS credentials; set a least-privilege task role if the application calls AWS",
                         at: resource.anchor, severity: .info)
            return
        }
        let consequence = if view.effectiveNetworkMode == "host" {
            // The agent shares the host's network namespace, so no iptables rule or agent setting can keep
            // these containers away from the instance metadata service.
            "in host network mode its containers reach the instance metadata service, which cannot be blocked there, and get the instance role's credentials; set a least-privilege task role and keep the instance role minimal"
        } else {
            "on the EC2 launch type its containers fall back to the instance profile's credentials; set a least-privilege task role"
        }
        findings.add("\(resource.label) has no taskRoleArn; \(consequence)", at: resource.anchor,
                     notes: onEC2.map { [Note($0)] } ?? [])
    }

    /// ECS Exec opens its SSM channel with the task role's credentials.
    private func checkExec(_ service: Resource, in project: Project, findings: inout Findings) {
        guard let exec = service.body["enableExecuteCommand"], exec.bool == true,
              let taskDefinition = project.taskDefinition(of: service),
              TaskDefinitionView(taskDefinition).taskRole == nil else { return }
        findings.add("\(service.label) enables ECS Exec but \(taskDefinition.label) has no taskRoleArn; ECS Exec needs a task role with the ssmmessages permissions",
                     at: exec, severity: .error, notes: [Note("task definition without a task role", at: taskDefinition.anchor, in: taskDefinition)])
    }
}
