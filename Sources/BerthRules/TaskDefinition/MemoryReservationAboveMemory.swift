import BerthLint
import BerthSpecs
import BerthYAML

/// A soft memory limit above the hard one can never be honoured; ECS refuses it.
struct MemoryReservationAboveMemory: Rule {
    static let kinds: Set<ResourceKind> = [.taskDefinition]

    static let description = RuleDescription(
        id: "ECS110", name: "memory-reservation-above-memory",
        summary: "A container whose memoryReservation is not below its memory limit",
        rationale: """
        memoryReservation is the soft limit ECS reserves on the instance, memory the hard limit at which the container \
        is killed. When both are set, memory must be greater than memoryReservation: a reservation above the limit is \
        rejected at registration (an error). A reservation equal to the limit contradicts the documented rule and makes \
        the soft limit pointless; whether registration rejects it is unconfirmed, so it is a warning.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html#ECS-Type-ContainerDefinition-memoryReservation",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: TaskDefinition
            family: worker
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/worker
            containerDefinitions:
              - {name: worker, image: nginx:1.27, memory: 512, memoryReservation: ↓1024}
            """,
            """
            kind: TaskDefinition
            family: worker
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/worker
            containerDefinitions:
              - name: worker
                image: nginx:1.27
                memory: 512
                memoryReservation: ↓512
            """,
        ],
        nonTriggering: [
            """
            kind: TaskDefinition
            family: worker
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/worker
            containerDefinitions:
              - {name: worker, image: nginx:1.27, memory: 1024, memoryReservation: 768}
              - {name: agent, image: nginx:1.27, memoryReservation: 2048}
            """,
            """
            kind: TaskDefinition
            family: worker
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/worker
            containerDefinitions:
              - {name: worker, image: nginx:1.27, memory: 512, memoryReservation: "${RESERVATION}"}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        for container in TaskDefinitionView(resource).containerViews {
            guard let memory = container.memory, let reservation = container.memoryReservation,
                  let node = container.node["memoryReservation"], reservation >= memory else { continue }
            if reservation > memory {
                findings.add("\(container.label) reserves \(reservation) MiB (memoryReservation) but its hard limit (memory) is \(memory) MiB; the reservation must be lower than the limit",
                             at: node)
            } else {
                findings.add("\(container.label) sets memoryReservation equal to memory (\(memory) MiB): the API reference asks for memory greater than the reservation, and an equal soft limit lets the container burst by nothing; lower the reservation or remove it",
                             at: node, severity: .warning)
            }
        }
    }
}
