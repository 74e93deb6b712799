import BerthLint
import BerthSpecs
import BerthYAML

/// In the awsvpc and host network modes a container's port is the host's port: no other mapping exists.
struct HostPortMismatch: Rule {
    static let kinds: Set<ResourceKind> = [.taskDefinition]

    static let description = RuleDescription(
        id: "ECS107", name: "host-port-mismatch",
        summary: "A host port that differs from its container port in the awsvpc or host network mode",
        rationale: """
        In the awsvpc and host network modes a container listens directly on the task's or instance's network \
        interface, so ECS cannot map one port to another: portMappings[].hostPort must be omitted or equal to \
        containerPort. RegisterTaskDefinition rejects a different value ("the host ports and container ports in port \
        mappings must match"). Only the bridge mode maps ports.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html",
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
                image: nginx:1.27
                portMappings: [{containerPort: 8080, hostPort: ↓80}]
            """,
            """
            kind: TaskDefinition
            family: agent
            requiresCompatibilities: [EC2]
            networkMode: host
            taskRoleArn: arn:aws:iam::123456789012:role/agent
            containerDefinitions:
              - name: agent
                image: datadog/agent:7.52.0
                memory: 256
                portMappings:
                  - {containerPort: 8125, hostPort: 8125, protocol: udp}
                  - {containerPort: 8126, hostPort: ↓18126}
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
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions:
              - name: web
                image: nginx:1.27
                portMappings: [{containerPort: 8080}, {containerPort: 9090, hostPort: 9090}, {containerPort: 9100, hostPort: "${METRICS_PORT}"}]
            """,
            """
            kind: TaskDefinition
            family: legacy
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/legacy
            containerDefinitions:
              - name: legacy
                image: nginx:1.27
                memory: 256
                portMappings: [{containerPort: 8080, hostPort: 80}]
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        let view = TaskDefinitionView(resource)
        guard let mode = view.effectiveNetworkMode, mode == "awsvpc" || mode == "host" else { return }
        for container in view.containerViews {
            for mapping in container.portMappings {
                // hostPort 0 means "unset" in the bridge mode; it is not judged here.
                guard let hostNode = mapping["hostPort"], let hostPort = hostNode.int, hostPort != 0,
                      let containerPort = mapping["containerPort"]?.int, hostPort != containerPort else { continue }
                findings.add("\(container.label) maps host port \(hostPort) to container port \(containerPort), but networkMode \(mode) cannot remap ports; remove hostPort or set it to \(containerPort)",
                             at: hostNode)
            }
        }
    }
}
