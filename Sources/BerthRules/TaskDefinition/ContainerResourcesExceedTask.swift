import BerthLint
import BerthSpecs
import BerthYAML

/// Containers share the task's cpu and memory; ECS refuses containers that ask for more than the task has.
struct ContainerResourcesExceedTask: Rule {
    static let kinds: Set<ResourceKind> = [.taskDefinition]

    static let description = RuleDescription(
        id: "ECS109", name: "container-resources-exceed-task",
        summary: "Containers that together ask for more cpu or memory than the task has",
        rationale: """
        When a task definition sets task-level cpu or memory, its containers share that amount: the sum of the \
        containers' cpu and the memory they reserve (memoryReservation, else memory) must fit within the task's \
        value, and no container's hard limit (memory) may exceed the task's memory, or RegisterTaskDefinition rejects \
        the task definition. Hard limits may add up to more than the task: soft limits exist so containers can burst. \
        Task sizes may be written "1 vCPU" or "2 GB". Windows containers on EC2 ignore task-level sizes and are not \
        checked.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html#ECS-Type-ContainerDefinition-memory",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "512"
            memory: ↓"1 GB"
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions:
              - {name: web, image: nginx:1.27, memory: 1024}
              - {name: log-router, image: amazon/aws-for-fluent-bit:2.32.0, memory: 512}
            """,
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "512"
            memory: "1024"
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions:
              - {name: web, image: nginx:1.27, memoryReservation: 512, memory: ↓2048}
            """,
            """
            kind: TaskDefinition
            family: worker
            requiresCompatibilities: [EC2]
            cpu: ↓"1024"
            memory: ↓"2048"
            taskRoleArn: arn:aws:iam::123456789012:role/worker
            containerDefinitions:
              - {name: worker, image: nginx:1.27, cpu: 768, memoryReservation: 1536}
              - {name: agent, image: nginx:1.27, cpu: 512, memoryReservation: 1024}
            """,
        ],
        nonTriggering: [
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "1 vCPU"
            memory: "2 GB"
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions:
              - {name: web, image: nginx:1.27, cpu: 768, memory: 1536, memoryReservation: 1024}
              - {name: log-router, image: amazon/aws-for-fluent-bit:2.32.0, cpu: 256, memory: 512, memoryReservation: 256}
            """,
            """
            kind: TaskDefinition
            family: worker
            requiresCompatibilities: [EC2]
            memory: "1024"
            taskRoleArn: arn:aws:iam::123456789012:role/worker
            containerDefinitions:
              - {name: worker, image: nginx:1.27, memory: 768}
              - {name: agent, image: nginx:1.27, memory: "${AGENT_MEMORY}"}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        let view = TaskDefinitionView(resource)
        if view.isWindows, project.targetsFargate(resource) == nil { return }
        let containers = view.containerViews
        if let memory = Self.taskValue(resource.body["memory"], TaskSize.memoryMiB) {
            var oversized = false
            for container in containers {
                guard let hard = container.memory, hard > memory.value, let node = container.node["memory"] else { continue }
                findings.add("\(container.label) has a hard memory limit of \(hard) MiB, more than the \(memory.value) MiB of \(resource.label)",
                             at: node)
                oversized = true
            }
            // A container over the task's memory already explains a sum over it.
            if !oversized, let total = Self.total(["memoryReservation", "memory"], \.reservedMemory, of: containers), total.sum > memory.value {
                findings.add("the containers reserve \(total.sum) MiB (\(total.parts)), more than the \(memory.value) MiB of \(resource.label); raise the task memory or lower the containers' memoryReservation or memory",
                             at: memory.node)
            }
        }
        if let cpu = Self.taskValue(resource.body["cpu"], TaskSize.cpuUnits), let total = Self.total(["cpu"], \.cpu, of: containers), total.sum > cpu.value {
            findings.add("the containers' cpu adds up to \(total.sum) units (\(total.parts)), more than the \(cpu.value) units of \(resource.label); raise the task cpu or lower the containers' cpu",
                         at: cpu.node)
        }
    }

    private static func taskValue(_ node: YAMLNode?, _ parse: (String) -> Int?) -> (node: YAMLNode, value: Int)? {
        guard let node, !node.isOpaque, let text = node.text, let value = parse(text) else { return nil }
        return (node, value)
    }

    /// The sum of a container field over the containers that set it, with its terms ("web 1024, sidecar 512");
    /// nil when none sets it or one of the values is unknown.
    private static func total(_ keys: [String], _ field: KeyPath<ContainerView, Int?>, of containers: [ContainerView]) -> (sum: Int, parts: String)? {
        var sum = 0
        var parts: [String] = []
        for container in containers where keys.contains(where: container.isSet) {
            // Negative or beyond 32 bits, the API rejects the value itself; summing it could overflow.
            guard let value = container[keyPath: field], (0...Int(Int32.max)).contains(value) else { return nil }
            sum += value
            parts.append("\(container.name ?? "unnamed") \(value)")
        }
        return parts.isEmpty ? nil : (sum, parts.joined(separator: ", "))
    }
}
