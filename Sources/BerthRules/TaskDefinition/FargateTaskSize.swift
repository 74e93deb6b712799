import BerthLint
import BerthSpecs
import BerthYAML

/// Fargate runs a fixed menu of task sizes; any other cpu/memory pair is rejected at registration.
struct FargateTaskSize: Rule {
    static let kinds: Set<ResourceKind> = [.taskDefinition]

    /// CPU units → allowed memory in MiB (RegisterTaskDefinitionRequest.memory in the ECS API model).
    static let sizes: [(cpu: Int, memory: [Int])] = [
        (256, [512, 1024, 2048]),
        (512, [1024, 2048, 3072, 4096]),
        (1024, Array(stride(from: 2048, through: 8192, by: 1024))),
        (2048, Array(stride(from: 4096, through: 16384, by: 1024))),
        (4096, Array(stride(from: 8192, through: 30720, by: 1024))),
        (8192, Array(stride(from: 16384, through: 61440, by: 4096))),
        (16384, Array(stride(from: 32768, through: 122880, by: 8192))),
    ]

    static let description = RuleDescription(
        id: "ECS104", name: "fargate-task-size",
        summary: "A Fargate task size that Fargate does not offer",
        rationale: """
        Fargate requires task-level cpu and memory, and only these pairs: 0.25 vCPU with 512 MiB to 2 GB; 0.5 vCPU with \
        1–4 GB; 1 vCPU with 2–8 GB; 2 vCPU with 4–16 GB; 4 vCPU with 8–30 GB (1 GB steps); 8 vCPU with 16–60 GB (4 GB \
        steps); 16 vCPU with 32–120 GB (8 GB steps). The string forms "1 vCPU" and "2 GB" are accepted. Windows \
        containers need at least 1 vCPU, and 8 and 16 vCPU are Linux only. Anything else is rejected at registration.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-tasks-size",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "512"
            memory: ↓"5120"
            containerDefinitions: [{name: web, image: nginx}]
            """,
            """
            kind: TaskDefinition
            family: api
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: ↓"3 vCPU"
            memory: "6 GB"
            containerDefinitions: [{name: api, image: nginx}]
            """,
            """
            kind: TaskDefinition
            family: win
            requiresCompatibilities: [↓FARGATE]
            networkMode: awsvpc
            runtimePlatform: {operatingSystemFamily: WINDOWS_SERVER_2022_CORE}
            containerDefinitions: [{name: iis, image: mcr.microsoft.com/windows/servercore/iis}]
            """,
            """
            kind: TaskDefinition
            family: win
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: ↓"512"
            memory: "1024"
            runtimePlatform: {operatingSystemFamily: WINDOWS_SERVER_2022_CORE}
            containerDefinitions: [{name: iis, image: mcr.microsoft.com/windows/servercore/iis}]
            """,
        ],
        nonTriggering: [
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "1 vCPU"
            memory: "3 GB"
            containerDefinitions: [{name: web, image: nginx}]
            """,
            """
            kind: TaskDefinition
            family: big
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "16384"
            memory: "122880"
            containerDefinitions: [{name: big, image: nginx}]
            """,
            """
            kind: TaskDefinition
            family: templated
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: ${CPU}
            memory: "{{ must_env `MEMORY` }}"
            containerDefinitions: [{name: web, image: nginx}]
            """,
            """
            kind: TaskDefinition
            family: worker
            requiresCompatibilities: [EC2]
            cpu: "3072"
            memory: "5000"
            containerDefinitions: [{name: worker, image: nginx}]
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard let fargate = project.targetsFargate(resource) else { return }
        let view = TaskDefinitionView(resource)
        let cpuNode = resource.body["cpu"]
        let memoryNode = resource.body["memory"]
        if cpuNode?.isOpaque == true || memoryNode?.isOpaque == true { return }
        let reason = fargate.isWithin(resource) ? [] : [Note(fargate)]
        guard let cpuNode, let cpuText = cpuNode.text, let memoryNode, let memoryText = memoryNode.text else {
            let anchor = fargate.isWithin(resource) ? fargate.node : resource.anchor
            findings.add("Fargate requires task-level cpu and memory; \(resource.label) does not set \(cpuNode == nil ? (memoryNode == nil ? "either" : "cpu") : "memory")",
                         at: anchor, notes: reason)
            return
        }
        guard let cpu = TaskSize.cpuUnits(cpuText), let allowed = Self.sizes.first(where: { $0.cpu == cpu })?.memory else {
            let menu = Self.sizes.map { Self.vCPU($0.cpu) }.joined(separator: ", ")
            findings.add("'\(cpuText)' is not a Fargate task cpu; Fargate offers \(menu) vCPU", at: cpuNode, notes: reason)
            return
        }
        if view.isWindows, cpu < 1024 || cpu > 4096 {
            findings.add("Windows containers on Fargate need 1, 2 or 4 vCPU, not \(Self.vCPU(cpu))", at: cpuNode, notes: reason)
            return
        }
        guard let memory = TaskSize.memoryMiB(memoryText), allowed.contains(memory) else {
            findings.add("Fargate task size \(Self.vCPU(cpu)) vCPU allows memory \(Self.describe(allowed)) MiB, not '\(memoryText)'",
                         at: memoryNode, notes: reason)
            return
        }
    }

    private static func vCPU(_ units: Int) -> String {
        units % 1024 == 0 ? String(units / 1024) : String(Double(units) / 1024)
    }

    private static func describe(_ memory: [Int]) -> String {
        guard memory.count > 4, let first = memory.first, let last = memory.last else {
            return memory.map(String.init).joined(separator: ", ")
        }
        return "\(first) to \(last) in steps of \(memory[1] - first)"
    }
}
