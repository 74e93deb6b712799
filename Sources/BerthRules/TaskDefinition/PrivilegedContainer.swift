import BerthLint
import BerthSpecs
import BerthYAML

/// A privileged container is root on its instance: one compromised process owns the host and every task on it.
struct PrivilegedContainer: Rule {
    static let kinds: Set<ResourceKind> = [.taskDefinition]

    static let description = RuleDescription(
        id: "ECS127", name: "privileged-container",
        summary: "A privileged container on EC2 or external instances",
        rationale: """
        privileged: true gives the container elevated privileges on the container instance, similar to root: all \
        devices, every Linux capability and no seccomp or AppArmor confinement. A compromised process can escape to the \
        instance and reach every other task on it and the instance role. Grant only the capabilities the container \
        needs with linuxParameters.capabilities.add, and devices with linuxParameters.devices. (Fargate rejects \
        privileged containers; ECS108 reports that case.)
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html",
        severity: .warning, category: .security,
        triggering: [
            """
            kind: TaskDefinition
            family: monitor
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/monitor
            containerDefinitions:
              - {name: agent, image: "datadog/agent:7.55.0", memory: 256, privileged: ↓true}
            """,
            """
            kind: TaskDefinition
            family: builder
            taskRoleArn: arn:aws:iam::123456789012:role/builder
            containerDefinitions:
              - name: dind
                image: "docker:27-dind"
                memory: 1024
                privileged: ↓true
            ---
            kind: Service
            serviceName: builder
            taskDefinition: builder
            launchType: EC2
            desiredCount: 1
            """,
        ],
        nonTriggering: [
            """
            kind: TaskDefinition
            family: monitor
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/monitor
            containerDefinitions:
              - name: agent
                image: "datadog/agent:7.55.0"
                memory: 256
                privileged: false
                linuxParameters: {capabilities: {add: [SYS_ADMIN]}}
              - {name: web, image: "nginx:1.27", memory: 256, privileged: "${PRIVILEGED}"}
            """,
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions:
              - {name: web, image: "nginx:1.27", memory: 256}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        // Fargate refuses privileged containers outright: ECS108's error, not a risk.
        guard project.targetsFargate(resource) == nil else { return }
        for container in TaskDefinitionView(resource).containers {
            guard let node = container["privileged"], node.bool == true else { continue }
            let name = container["name"]?.text.map { "container '\($0)'" } ?? "a container"
            findings.add("\(name) of \(resource.label) runs privileged, with root-like access to its instance and the tasks on it; remove privileged and add only the capabilities it needs (linuxParameters.capabilities.add)",
                         at: node)
        }
    }
}
