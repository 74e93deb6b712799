import BerthLint
import BerthSpecs
import BerthYAML

/// The awslogs driver needs to know which log group, in which Region, to write to.
struct AwslogsOptions: Rule {
    static let kinds: Set<ResourceKind> = [.taskDefinition]
    static let required = ["awslogs-group", "awslogs-region"]

    static let description = RuleDescription(
        id: "ECS120", name: "awslogs-options",
        summary: "An awslogs log configuration without awslogs-group or awslogs-region",
        rationale: """
        A container that logs with the awslogs driver must name the CloudWatch Logs group (options.awslogs-group) and \
        its Region (options.awslogs-region); both are required options of the driver in ECS task definitions, and \
        without them the container's logs cannot be delivered.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LogConfiguration.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: TaskDefinition
            family: worker
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/worker
            containerDefinitions:
              - name: worker
                image: nginx:1.27
                memory: 256
                logConfiguration:
                  logDriver: ↓awslogs
                  options: {awslogs-group: /ecs/worker, awslogs-stream-prefix: worker}
            """,
            """
            kind: TaskDefinition
            family: worker
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/worker
            containerDefinitions:
              - {name: worker, image: nginx:1.27, memory: 256, logConfiguration: {logDriver: ↓awslogs}}
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
                image: nginx:1.27
                memory: 256
                logConfiguration:
                  logDriver: awslogs
                  options: {awslogs-group: "/ecs/${ENV}/worker", awslogs-region: "${AWS_REGION}", awslogs-create-group: "true"}
            """,
            """
            kind: TaskDefinition
            family: worker
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/worker
            containerDefinitions:
              - name: worker
                image: nginx:1.27
                memory: 256
                logConfiguration: {logDriver: json-file, options: {max-size: 10m}}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        for container in TaskDefinitionView(resource).containerViews {
            guard let driver = container.logDriver, driver.knownString == "awslogs" else { continue }
            let options = container.node["logConfiguration", "options"]
            if options?.isOpaque == true { continue }
            let missing = Self.required.filter { key in options?[key].map(\.isNull) ?? true }
            guard !missing.isEmpty else { continue }
            let names = missing.map { "'\($0)'" }.joined(separator: " and ")
            findings.add("\(container.label) logs with awslogs but sets no \(names) option; add \(missing.count == 1 ? "it" : "them") to logConfiguration.options",
                         at: driver)
        }
    }
}
