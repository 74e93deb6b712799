import BerthLint
import BerthSpecs
import BerthYAML

/// The load balancer registers a container and one of its mapped ports; both must exist in the task definition.
struct LoadBalancerContainerPort: Rule {
    static let kinds: Set<ResourceKind> = [.service]

    static let description = RuleDescription(
        id: "ECS207", name: "load-balancer-container-port",
        summary: "A load balancer entry naming a container or port that the task definition does not have",
        rationale: """
        Each loadBalancers entry names the container (containerName, as in its container definition) and the port \
        (containerPort) that ECS registers with the target group or load balancer. The port must be a containerPort \
        of that container's portMappings. CreateService rejects a container name the task definition does not define, \
        and a port the container does not map.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LoadBalancer.html",
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
                image: "nginx:1.27"
                portMappings: [{containerPort: 8080}]
            ---
            kind: Service
            serviceName: web
            taskDefinition: web
            launchType: FARGATE
            desiredCount: 2
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            loadBalancers:
              - targetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef
                containerName: web
                containerPort: ↓80
            """,
            """
            kind: TaskDefinition
            family: api
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/api
            containerDefinitions:
              - {name: api-server, image: "nginx:1.27", memory: 256, portMappings: [{containerPort: 8080}]}
            ---
            kind: Service
            serviceName: api
            taskDefinition: api:12
            launchType: EC2
            desiredCount: 2
            loadBalancers:
              - targetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/api/0123456789abcdef
                containerName: ↓api_server
                containerPort: 8080
            """,
        ],
        nonTriggering: [
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions:
              - name: proxy
                image: "nginx:1.27"
                memory: 128
                portMappings: [{containerPort: 80, hostPort: 0}]
              - name: admin
                image: "nginx:1.27"
                memory: 128
                portMappings: [{containerPort: 9000}]
            ---
            kind: Service
            serviceName: web
            taskDefinition: web
            launchType: EC2
            desiredCount: 2
            loadBalancers:
              - {targetGroupArn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef", containerName: proxy, containerPort: 80}
              - {targetGroupArn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/admin/0123456789abcdef", containerName: admin, containerPort: 9000}
            """,
            """
            kind: Service
            serviceName: api
            taskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/api:7
            launchType: EC2
            desiredCount: 2
            loadBalancers:
              - {targetGroupArn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/api/0123456789abcdef", containerName: "${CONTAINER}", containerPort: 8080}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        let balancers = ServiceView(resource).loadBalancers
        // Without the task definition's containers (elsewhere, or a placeholder) nothing can be compared.
        guard !balancers.isEmpty, let taskDefinition = project.taskDefinition(of: resource),
              let definitions = taskDefinition.body.pair("containerDefinitions"), definitions.value.isSequence else { return }
        let containers = definitions.value.elements
        for balancer in balancers {
            guard let nameNode = balancer["containerName"], let name = nameNode.knownString else { continue }
            guard let container = containers.first(where: { $0["name"]?.knownString == name }) else {
                let names = containers.compactMap { $0["name"]?.knownString }
                // A container named by a placeholder may be the one.
                guard names.count == containers.count else { continue }
                let family = taskDefinition.name.map { "task definition '\($0)'" } ?? "its task definition"
                let hint = Suggestion.closest(to: name, in: names).map { "; did you mean '\($0)'?" }
                    ?? "; its containers are \(names.map { "'\($0)'" }.joined(separator: ", "))"
                findings.add("\(resource.label) sends load balancer traffic to container '\(name)', which \(family) does not define\(hint)",
                             at: nameNode, notes: [Note("containers of \(family)", at: definitions.key, in: taskDefinition)])
                continue
            }
            guard let portNode = balancer["containerPort"], let port = portNode.int, let mapped = Self.mappedPorts(of: container),
                  !mapped.contains(where: { $0.contains(port) }) else { continue }
            let has = mapped.isEmpty ? "it maps no ports" : "it maps \(mapped.map(Self.describe).joined(separator: ", "))"
            findings.add("\(resource.label) sends load balancer traffic to port \(port) of container '\(name)', which has no such containerPort in its portMappings (\(has)); use a mapped port or add the mapping",
                         at: portNode, notes: [Note("container '\(name)'", at: container["name"] ?? container, in: taskDefinition)])
        }
    }

    /// The container ports a container maps (single ports and `containerPortRange`s); nil when one is unknown.
    private static func mappedPorts(of container: YAMLNode) -> [ClosedRange<Int>]? {
        guard let mappings = container["portMappings"] else { return [] }
        if mappings.isOpaque { return nil }
        var ports: [ClosedRange<Int>] = []
        for mapping in mappings.elements {
            if let port = mapping["containerPort"] {
                guard let number = port.int else { return nil }
                ports.append(number...number)
            } else if let range = mapping["containerPortRange"] {
                let bounds = range.knownString?.split(separator: "-").compactMap { Int($0) } ?? []
                guard bounds.count == 2, bounds[0] <= bounds[1] else { return nil }
                ports.append(bounds[0]...bounds[1])
            }
        }
        return ports
    }

    private static func describe(_ ports: ClosedRange<Int>) -> String {
        ports.lowerBound == ports.upperBound ? "\(ports.lowerBound)" : "\(ports.lowerBound)-\(ports.upperBound)"
    }
}
