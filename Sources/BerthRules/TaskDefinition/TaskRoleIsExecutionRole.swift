import BerthLint
import BerthSpecs
import BerthYAML

/// The execution role is the ECS agent's; handing it to the application as well gives the code the agent's powers.
struct TaskRoleIsExecutionRole: Rule {
    static let kinds: Set<ResourceKind> = [.taskDefinition]

    static let description = RuleDescription(
        id: "ECS129", name: "task-role-is-execution-role",
        summary: "A task definition whose task role is its execution role",
        rationale: """
        The task execution role is for the ECS agent: it pulls images from ECR, writes logs and reads the task's \
        secrets, and the containers never see its credentials. The task role is what the application's code gets. \
        Using one role for both gives the application every permission the agent needs, including reading all the \
        secrets the execution role can read, and gives the agent's role whatever the application needs. Use two roles, \
        each with least privilege.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html",
        severity: .warning, category: .security,
        triggering: [
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "256"
            memory: "512"
            taskRoleArn: ↓arn:aws:iam::123456789012:role/ecsTaskExecutionRole
            executionRoleArn: arn:aws:iam::123456789012:role/ecsTaskExecutionRole
            containerDefinitions: [{name: web, image: "nginx:1.27"}]
            """,
            """
            kind: TaskDefinition
            family: worker
            requiresCompatibilities: [EC2]
            taskRoleArn: ↓worker
            executionRoleArn: arn:aws:iam::123456789012:role/worker
            containerDefinitions: [{name: worker, image: "acme/worker:2.0.1", memory: 512}]
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
            taskRoleArn: arn:aws:iam::123456789012:role/web-task
            executionRoleArn: arn:aws:iam::123456789012:role/ecsTaskExecutionRole
            containerDefinitions: [{name: web, image: "nginx:1.27"}]
            """,
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "256"
            memory: "512"
            taskRoleArn: ${ROLE_ARN}
            executionRoleArn: ${ROLE_ARN}
            containerDefinitions: [{name: web, image: "nginx:1.27"}]
            """,
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "256"
            memory: "512"
            taskRoleArn: arn:aws:iam::111111111111:role/web
            executionRoleArn: arn:aws:iam::222222222222:role/web
            containerDefinitions: [{name: web, image: "nginx:1.27"}]
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard let task = resource.body["taskRoleArn"], let taskRole = task.knownString, !taskRole.isEmpty,
              let execution = resource.body["executionRoleArn"], let executionRole = execution.knownString,
              taskRole == executionRole || Self.isSameRole(taskRole, executionRole, account: project.defaults.accountID) else { return }
        findings.add("\(resource.label) uses its execution role '\(Self.roleName(executionRole))' as its task role, so the application gets the agent's permissions to pull images, write logs and read secrets; give the task its own least-privilege role",
                     at: task, notes: [Note("the execution role", at: execution, in: resource)])
    }

    /// One role written two ways: taskRoleArn also takes a short name, which means a role of the task definition's
    /// own account (`defaults.account-id` when the configuration gives it), and a role's name is unique in its
    /// account whatever its path.
    private static func isSameRole(_ first: String, _ second: String, account projectAccount: String?) -> Bool {
        guard roleName(first) == roleName(second) else { return false }
        guard let firstAccount = account(first) ?? projectAccount?[...], let secondAccount = account(second) ?? projectAccount?[...] else { return true }
        return firstAccount == secondAccount
    }

    /// The name after the last '/' of an ARN (`role/<path/>name`), or the whole short name.
    private static func roleName(_ role: String) -> Substring {
        guard let slash = role.utf8.lastIndex(of: UInt8(ascii: "/")) else { return role[...] }
        return role[role.utf8.index(after: slash)...]
    }

    /// The account field of an ARN (`arn:<partition>:iam::<account>:role/…`); nil for a short name.
    private static func account(_ role: String) -> Substring? {
        guard role.hasPrefix("arn:") else { return nil }
        let fields = role.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        return fields.count == 6 ? fields[4] : nil
    }
}
