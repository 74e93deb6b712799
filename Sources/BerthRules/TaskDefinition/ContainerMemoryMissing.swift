import BerthLint
import BerthSpecs
import BerthYAML

/// Without task-level memory, ECS sizes the task from its containers and needs a memory value for each.
struct ContainerMemoryMissing: Rule {
    static let kinds: Set<ResourceKind> = [.taskDefinition]

    static let description = RuleDescription(
        id: "ECS111", name: "container-memory-missing",
        summary: "A container without memory or memoryReservation in a task definition without task memory",
        rationale: """
        A task definition that does not set task-level memory (allowed on EC2, external and ECS Managed Instances) must \
        give every container a non-zero memory (hard limit) or memoryReservation (soft limit), or both; otherwise \
        RegisterTaskDefinition rejects it ("At least one of 'memory' or 'memoryReservation' must be specified"). \
        Fargate task definitions always need task-level memory, which fargate-task-size (ECS104) checks.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html#ECS-Type-ContainerDefinition-memory",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: TaskDefinition
            family: worker
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/worker
            containerDefinitions:
              - {name: worker, image: nginx:1.27, memoryReservation: 512}
              - {name: ↓agent, image: nginx:1.27, cpu: 128}
            """,
            """
            kind: TaskDefinition
            family: batch
            taskRoleArn: arn:aws:iam::123456789012:role/batch
            containerDefinitions:
              - ↓image: nginx:1.27
                essential: true
            """,
        ],
        nonTriggering: [
            """
            kind: TaskDefinition
            family: worker
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/worker
            containerDefinitions:
              - {name: worker, image: nginx:1.27, memory: 1024}
              - {name: agent, image: nginx:1.27, memoryReservation: 128}
              - {name: exporter, image: nginx:1.27, memory: "${EXPORTER_MEMORY}"}
            """,
            """
            kind: TaskDefinition
            family: worker
            requiresCompatibilities: [EC2]
            memory: ${TASK_MEMORY}
            taskRoleArn: arn:aws:iam::123456789012:role/worker
            containerDefinitions: [{name: worker, image: nginx:1.27}]
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        if let memory = resource.body["memory"], !memory.isNull { return }
        guard project.targetsFargate(resource) == nil else { return }
        for container in TaskDefinitionView(resource).containerViews
        where !container.isSet("memory") && !container.isSet("memoryReservation") {
            findings.add("\(container.label) sets neither memory nor memoryReservation and \(resource.label) has no task-level memory; set memoryReservation (or memory) on the container, or memory on the task",
                         at: container.anchor)
        }
    }
}
