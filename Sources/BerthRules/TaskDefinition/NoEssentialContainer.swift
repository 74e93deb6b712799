import BerthLint
import BerthSpecs
import BerthYAML

/// A task lives as long as its essential containers; a task without one is rejected.
struct NoEssentialContainer: Rule {
    static let kinds: Set<ResourceKind> = [.taskDefinition]

    static let description = RuleDescription(
        id: "ECS114", name: "no-essential-container",
        summary: "A task definition whose containers are all marked essential: false",
        rationale: """
        Every task needs at least one essential container: when an essential container stops, ECS stops the task. \
        essential defaults to true, so a container that leaves it out is essential; only a task definition in which \
        every container says essential: false is rejected at registration.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html#ECS-Type-ContainerDefinition-essential",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: TaskDefinition
            family: batch
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/batch
            ↓containerDefinitions:
              - {name: job, image: nginx:1.27, memory: 512, essential: false}
              - {name: exporter, image: nginx:1.27, memory: 128, essential: false}
            """,
            """
            kind: TaskDefinition
            family: batch
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/batch
            ↓containerDefinitions: [{name: job, image: nginx:1.27, memory: 512, essential: false}]
            """,
        ],
        nonTriggering: [
            """
            kind: TaskDefinition
            family: batch
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/batch
            containerDefinitions:
              - {name: job, image: nginx:1.27, memory: 512}
              - {name: exporter, image: nginx:1.27, memory: 128, essential: false}
            """,
            """
            kind: TaskDefinition
            family: batch
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/batch
            containerDefinitions:
              - {name: job, image: nginx:1.27, memory: 512, essential: "${JOB_ESSENTIAL}"}
              - {name: exporter, image: nginx:1.27, memory: 128, essential: false}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        let containers = TaskDefinitionView(resource).containerViews
        guard !containers.isEmpty, containers.allSatisfy({ $0.isEssential == false }),
              let key = resource.body.pair("containerDefinitions")?.key else { return }
        findings.add("every container of \(resource.label) sets essential: false; a task needs at least one essential container: remove essential: false from the main container",
                     at: key)
    }
}
