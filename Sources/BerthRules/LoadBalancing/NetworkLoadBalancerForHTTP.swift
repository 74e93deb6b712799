import BerthLint
import BerthSpecs
import BerthYAML

/// An NLB in front of an HTTP service gives up routing, HTTP health checks and header handling for features
/// the service may not need.
struct NetworkLoadBalancerForHTTP: Rule {
    static let kinds: Set<ResourceKind> = [.loadBalancer]

    static let description = RuleDescription(
        id: "ECS602", name: "nlb-for-http",
        summary: "A Network Load Balancer in front of a plain HTTP service",
        rationale: """
        AWS recommends an Application Load Balancer for HTTP services: path and host routing, HTTP health checks with \
        status matching, redirects, authentication and request-count scaling (ALBRequestCountPerTarget) only exist there. \
        A Network Load Balancer is the right choice for static or Elastic IP addresses, PrivateLink endpoint services, \
        extreme throughput or non-HTTP protocols. berth flags an NLB whose listeners take ports 80 or 443 or forward to a \
        target group health-checked over HTTP, so the choice is made on purpose.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-load-balancing.html",
        severity: .info, category: .reliability,
        triggering: [
            """
            kind: LoadBalancer
            Name: edge
            Type: ↓network
            Subnets: [subnet-0a1b2c3d, subnet-4e5f6a7b]
            ---
            kind: Listener
            LoadBalancerArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/edge/50dc6c495c0c9188
            Protocol: TCP
            Port: 80
            DefaultActions: [{Type: forward, TargetGroupArn: web}]
            """,
            """
            kind: LoadBalancer
            Name: edge
            Type: ↓network
            Subnets: [subnet-0a1b2c3d]
            ---
            kind: TargetGroup
            Name: api
            Protocol: TCP
            Port: 8080
            TargetType: ip
            HealthCheckProtocol: HTTP
            ---
            kind: Listener
            LoadBalancerArn: edge
            Protocol: TCP
            Port: 8443
            DefaultActions: [{Type: forward, TargetGroupArn: api}]
            """,
        ],
        nonTriggering: [
            """
            kind: LoadBalancer
            Name: db-proxy
            Type: network
            Subnets: [subnet-0a1b2c3d]
            ---
            kind: Listener
            LoadBalancerArn: db-proxy
            Protocol: TCP
            Port: 5432
            DefaultActions: [{Type: forward, TargetGroupArn: postgres}]
            """,
            """
            kind: LoadBalancer
            Name: public
            Subnets: [subnet-0a1b2c3d, subnet-4e5f6a7b]
            ---
            kind: Listener
            LoadBalancerArn: public
            Protocol: HTTP
            Port: 80
            DefaultActions: [{Type: forward, TargetGroupArn: web}]
            """,
        ])

    private static let webPorts: Set<Int> = [80, 443]

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard let type = resource.body["Type"], type.knownString == "network", let name = resource.name else { return }
        for listener in project.resources(of: .listener) {
            guard listener.body["LoadBalancerArn"]?.knownString.flatMap(Reference.loadBalancerName) == name,
                  let reason = httpEvidence(listener, in: project) else { continue }
            findings.add("\(resource.label) is a Network Load Balancer in front of what looks like an HTTP service; an Application Load Balancer adds routing, HTTP health checks and request-count scaling, unless you need static IPs, PrivateLink, extreme throughput or non-HTTP protocols",
                         at: type, notes: [Note(reason.message, at: reason.node, in: reason.resource)])
            return
        }
    }

    /// The listener's port, or the HTTP health check of a target group it forwards to.
    private func httpEvidence(_ listener: Resource, in project: Project) -> (message: String, node: YAMLNode, resource: Resource)? {
        if let port = listener.body["Port"], let value = port.int, Self.webPorts.contains(value) {
            return ("listener on port \(value)", port, listener)
        }
        for action in listener.body["DefaultActions"]?.elements ?? .empty {
            guard let group = action["TargetGroupArn"]?.knownString.flatMap({ project.targetGroup($0, near: listener) }),
                  let check = group.body["HealthCheckProtocol"], let text = check.knownString,
                  text == "HTTP" || text == "HTTPS" else { continue }
            return ("\(group.label) is health-checked over \(text)", check, group)
        }
        return nil
    }
}
