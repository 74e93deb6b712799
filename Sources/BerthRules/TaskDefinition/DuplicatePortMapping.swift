import BerthLint
import BerthSpecs
import BerthYAML

/// A port can be bound once per network namespace, so mapping it twice where containers share one conflicts.
struct DuplicatePortMapping: Rule {
    static let kinds: Set<ResourceKind> = [.taskDefinition]

    static let description = RuleDescription(
        id: "ECS119", name: "duplicate-port-mapping",
        summary: "A port mapped twice in one task",
        rationale: """
        In the awsvpc and host network modes the containers of a task share one network namespace and the host port \
        is the container port, so a containerPort and protocol (tcp by default) can be mapped once in the whole task. \
        In the bridge mode each container has its own namespace, but an explicit hostPort can still be bound only \
        once per protocol. ECS rejects both ("host port is mapped multiple times in task"). In the bridge mode, mapping \
        one container port twice without two distinct explicit host ports only publishes it on another random port: a \
        warning.
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
                portMappings: [{containerPort: 8080}, {containerPort: 9090, protocol: tcp}]
              - name: metrics
                image: prom/statsd-exporter:v0.26.1
                portMappings: [{containerPort: ↓9090}, {containerPort: 9125, protocol: udp}, {containerPort: ↓9125, protocol: udp}]
            """,
            """
            kind: TaskDefinition
            family: legacy
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/legacy
            containerDefinitions:
              - name: web
                image: nginx:1.27
                memory: 256
                portMappings: [{containerPort: 80, hostPort: 8080}, {containerPort: ↓80}]
              - name: admin
                image: nginx:1.27
                memory: 128
                portMappings: [{containerPort: 9000, hostPort: ↓8080}]
            """,
        ],
        nonTriggering: [
            """
            kind: TaskDefinition
            family: dns
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "256"
            memory: "512"
            taskRoleArn: arn:aws:iam::123456789012:role/dns
            containerDefinitions:
              - name: dns
                image: coredns/coredns:1.11.1
                portMappings: [{containerPort: 53, protocol: tcp}, {containerPort: 53, protocol: udp}, {containerPort: 9153, protocol: "${METRICS_PROTOCOL}"}]
              - name: exporter
                image: prom/statsd-exporter:v0.26.1
                portMappings: [{containerPort: 9153}]
            """,
            """
            kind: TaskDefinition
            family: legacy
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/legacy
            containerDefinitions:
              - name: web
                image: nginx:1.27
                memory: 256
                portMappings: [{containerPort: 80, hostPort: 8080}, {containerPort: 80, hostPort: 8081}]
              - name: admin
                image: nginx:1.27
                memory: 128
                portMappings: [{containerPort: 80}]
            """,
        ])

    /// One port mapping with a known container port and protocol.
    private struct Mapping {
        let container: ContainerView
        /// The containerPort value, and "port/protocol".
        let node: YAMLNode
        let key: String
        /// An explicit host port (0 asks for a dynamic one): its value, and "port/protocol".
        let host: (node: YAMLNode, key: String)?

        func isIn(_ other: ContainerView) -> Bool { container.node.range == other.node.range }
    }

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        let view = TaskDefinitionView(resource)
        switch view.effectiveNetworkMode {
        case "awsvpc", "host": checkShared(view, findings: &findings)
        case "bridge": checkBridge(view, findings: &findings)
        default: return
        }
    }

    /// awsvpc and host: the host port is the container port, bound once in the whole task.
    private func checkShared(_ view: TaskDefinitionView, findings: inout Findings) {
        var bound: [String: Mapping] = [:]
        for mapping in view.containerViews.flatMap(Self.mappings) {
            guard let first = bound[mapping.key] else {
                bound[mapping.key] = mapping
                continue
            }
            let notes = [Note("first mapping of \(mapping.key)", at: first.node, in: view.resource)]
            if first.isIn(mapping.container) {
                findings.add("\(mapping.container.label) maps port \(mapping.key) twice; remove the duplicate mapping", at: mapping.node, notes: notes)
            } else {
                findings.add("\(mapping.container.label) maps port \(mapping.key), which \(first.container.label) already maps; in networkMode \(view.effectiveNetworkMode ?? "") the containers share one network namespace, so use another port",
                             at: mapping.node, notes: notes)
            }
        }
    }

    /// bridge: an explicit host port is bound once on the instance; a container port mapped twice in one
    /// container without two explicit host ports only gets published on another random one.
    private func checkBridge(_ view: TaskDefinitionView, findings: inout Findings) {
        var hostPorts: [String: Mapping] = [:]
        for container in view.containerViews {
            // Each bridge container has its own namespace: container ports only clash within one container.
            var containerPorts: [String: Mapping] = [:]
            for mapping in Self.mappings(of: container) {
                if let host = mapping.host {
                    if let first = hostPorts[host.key], let firstHost = first.host {
                        let owner = first.isIn(container) ? "" : " by \(first.container.label)"
                        findings.add("\(container.label) binds host port \(host.key), which is already bound\(owner); use another host port, or omit hostPort for a dynamic one",
                                     at: host.node, notes: [Note("host port \(host.key) first bound here", at: firstHost.node, in: view.resource)])
                        continue
                    }
                    hostPorts[host.key] = mapping
                }
                guard let first = containerPorts[mapping.key] else {
                    containerPorts[mapping.key] = mapping
                    continue
                }
                // Two explicit host ports publish one container port twice on purpose.
                guard first.host == nil || mapping.host == nil else { continue }
                findings.add("\(container.label) maps container port \(mapping.key) twice, publishing it on another random host port; remove the duplicate mapping",
                             at: mapping.node, severity: .warning, notes: [Note("first mapping of \(mapping.key)", at: first.node, in: view.resource)])
            }
        }
    }

    private static func mappings(of container: ContainerView) -> [Mapping] {
        container.portMappings.compactMap { mapping in
            guard let node = mapping["containerPort"], let port = node.int, let transport = transport(of: mapping) else { return nil }
            let host = mapping["hostPort"].flatMap { node in node.int.flatMap { $0 == 0 ? nil : (node, "\($0)/\(transport)") } }
            return Mapping(container: container, node: node, key: "\(port)/\(transport)", host: host)
        }
    }

    /// The mapping's protocol, tcp when omitted; nil when unknown.
    private static func transport(of mapping: YAMLNode) -> String? {
        guard let node = mapping["protocol"], !node.isNull else { return "tcp" }
        return node.knownString
    }
}
