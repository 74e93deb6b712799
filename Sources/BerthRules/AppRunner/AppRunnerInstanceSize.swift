import BerthLint
import BerthSpecs
import BerthYAML

/// App Runner instances come in fixed vCPU and memory pairs.
struct AppRunnerInstanceSize: Rule {
    static let kinds: Set<ResourceKind> = [.appRunnerService]

    static let description = RuleDescription(
        id: "APR101", name: "app-runner-instance-size",
        summary: "An App Runner Cpu and Memory that are not a supported pair",
        rationale: """
        InstanceConfiguration takes Cpu as 256, 512, 1024, 2048 or 4096 (or 0.25, 0.5, 1, 2 or 4 vCPU) and Memory in \
        MB or GB, but only in these pairs: 0.25 vCPU with 0.5 or 1 GB; 0.5 vCPU with 1 GB; 1 vCPU with 2, 3 or 4 GB; \
        2 vCPU with 4 or 6 GB; 4 vCPU with 8, 10 or 12 GB. CreateService rejects any other pair. When one of the two \
        is left out its default applies (1 vCPU, 2 GB), which does not fit every size of the other.
        """,
        helpURI: "https://docs.aws.amazon.com/apprunner/latest/api/API_InstanceConfiguration.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: AppRunnerService
            ServiceName: web-app
            SourceConfiguration:
              ImageRepository: {ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC}
            InstanceConfiguration: {Cpu: 2 vCPU, Memory: ↓2 GB}
            """,
            """
            kind: AppRunnerService
            ServiceName: web-app
            SourceConfiguration:
              ImageRepository: {ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC}
            InstanceConfiguration: {Cpu: "256", Memory: ↓"2048"}
            """,
        ],
        nonTriggering: [
            """
            kind: AppRunnerService
            ServiceName: web-app
            SourceConfiguration:
              ImageRepository: {ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC}
            InstanceConfiguration: {Cpu: "4096", Memory: 12 GB}
            """,
            """
            kind: AppRunnerService
            ServiceName: web-app
            SourceConfiguration:
              ImageRepository: {ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC}
            InstanceConfiguration: {Memory: 4 GB}
            """,
        ])

    /// vCPU → the memory sizes in GB it pairs with.
    static let pairs: [Double: [Double]] = [0.25: [0.5, 1], 0.5: [1], 1: [2, 3, 4], 2: [4, 6], 4: [8, 10, 12]]

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard let instance = resource.body["InstanceConfiguration"] else { return }
        let cpuNode = instance["Cpu"], memoryNode = instance["Memory"]
        guard cpuNode != nil || memoryNode != nil, cpuNode?.isOpaque != true, memoryNode?.isOpaque != true else { return }
        guard let vcpu = cpuNode.map({ Self.amount($0.text, unit: "vCPU", per: 1024) }) ?? 1,
              let memory = memoryNode.map({ Self.amount($0.text, unit: "GB", per: 1024) }) ?? 2,
              let allowed = Self.pairs[vcpu], !allowed.contains(memory) else { return }
        let numbers = allowed.map(\.messageText)
        let sizes = (numbers.count > 1 ? numbers.dropLast().joined(separator: ", ") + " or " + numbers.last! : numbers[0]) + " GB"
        let message = if cpuNode == nil {
            "Memory \(memory.messageText) GB does not fit the default 1 vCPU, which takes \(sizes); set Cpu as well"
        } else if memoryNode == nil {
            "\(vcpu.messageText) vCPU takes \(sizes) of memory, not the default 2 GB; set Memory as well"
        } else {
            "\(vcpu.messageText) vCPU takes \(sizes) of memory, not \(memory.messageText) GB"
        }
        findings.add(message, at: memoryNode ?? cpuNode ?? instance)
    }

    /// `2 vCPU` → 2, `2048` → 2; nil for a value the model's pattern rejects (the shape check reports it)
    /// that is not even a finite number, such as `1e400 GB`.
    private static func amount(_ text: String?, unit: String, per: Double) -> Double? {
        guard let text else { return nil }
        let amount = text.hasSuffix(" \(unit)") ? Double(text.dropLast(unit.count + 1)) : Double(text).map { $0 / per }
        return amount.flatMap { $0.isFinite ? $0 : nil }
    }
}
