import BerthLint
import BerthSpecs
import BerthYAML

/// The execution role is the ECS agent's identity for pulling images, shipping logs and fetching secrets.
struct MissingExecutionRole: Rule {
    static let kinds: Set<ResourceKind> = [.taskDefinition]

    static let description = RuleDescription(
        id: "ECS103", name: "missing-execution-role",
        summary: "A task definition that needs executionRoleArn and has none",
        rationale: """
        The task execution role (executionRoleArn) lets the ECS agent act for the task. It is required on every launch \
        type for secrets (secrets[].valueFrom), private registry credentials (repositoryCredentials) and log secret \
        options; and on Fargate, ECS Managed Instances and external instances for pulling from private Amazon ECR and for \
        the awslogs log driver. (On the EC2 launch type the container instance role covers ECR and awslogs.) Without it \
        registration is rejected or the task stops with CannotPullContainerError or a secrets error.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "256"
            memory: "512"
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions:
              - name: web
                image: ↓123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2
                logConfiguration:
                  logDriver: ↓awslogs
                  options: {awslogs-group: /ecs/web, awslogs-region: us-east-1, awslogs-stream-prefix: web}
                ↓secrets: [{name: DB_PASSWORD, valueFrom: "arn:aws:secretsmanager:us-east-1:123456789012:secret:db"}]
            """,
        ],
        nonTriggering: [
            """
            kind: TaskDefinition
            family: worker
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/worker
            containerDefinitions:
              - name: worker
                image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/worker:2.0.1
                memory: 512
                logConfiguration:
                  logDriver: awslogs
                  options: {awslogs-group: /ecs/worker, awslogs-region: us-east-1}
            """,
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "256"
            memory: "512"
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions: [{name: web, image: public.ecr.aws/nginx/nginx:1.27}]
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        let view = TaskDefinitionView(resource)
        guard view.executionRole == nil else { return }
        let agentPulls = (project.launchKinds(of: resource) + project.declaredLaunchKinds(of: resource))
            .first { $0.kind.pullsWithExecutionRole }
        let role = "\(resource.label) has no executionRoleArn"
        for container in view.containers {
            let name = container["name"]?.text.map { "container '\($0)'" } ?? "a container"
            if let secrets = container.pair("secrets"), !secrets.value.elements.isEmpty {
                findings.add("\(name) reads secrets but \(role); ECS fetches secrets with the task execution role", at: secrets.key)
            }
            if let credentials = container.pair("repositoryCredentials") {
                findings.add("\(name) uses repositoryCredentials but \(role); ECS reads registry credentials with the task execution role",
                             at: credentials.key)
            }
            if let options = container["logConfiguration"]?.pair("secretOptions"), !options.value.elements.isEmpty {
                findings.add("\(name) has log secretOptions but \(role); ECS fetches them with the task execution role", at: options.key)
            }
            guard let agentPulls else { continue }
            let notes = [Note(agentPulls)]
            if let image = container["image"], let text = image.knownString, ImageReference(text).isPrivateECR {
                findings.add("\(name) pulls from private Amazon ECR but \(role); on \(agentPulls.kind.rawValue) the image is pulled with the task execution role",
                             at: image, notes: notes)
            }
            if let driver = container["logConfiguration", "logDriver"], driver.knownString == "awslogs" {
                findings.add("\(name) logs with awslogs but \(role); on \(agentPulls.kind.rawValue) logs are sent with the task execution role",
                             at: driver, notes: notes)
            }
        }
    }
}
