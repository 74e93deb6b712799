import BerthLint
import BerthSpecs
import BerthYAML

/// Classic Load Balancers still work, but they are previous-generation and cannot serve awsvpc tasks.
struct ClassicLoadBalancerKind: Rule {
    static let kinds: Set<ResourceKind> = [.classicLoadBalancer]

    static let description = RuleDescription(
        id: "ECS601", name: "classic-load-balancer-kind",
        summary: "A Classic Load Balancer",
        rationale: """
        Classic Load Balancers are supported but are the previous generation: they register instances, not IP \
        addresses, so they cannot serve awsvpc tasks and therefore nothing on Fargate; they lack path and host routing, \
        HTTP/2, gRPC and dynamic host-port mapping for many containers per instance. AWS recommends an Application Load \
        Balancer for HTTP services and a Network Load Balancer for TCP, UDP and TLS.
        """,
        helpURI: "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/migrate-classic-load-balancer.html",
        severity: .warning, category: .reliability,
        triggering: [
            """
            kind: ClassicLoadBalancer
            LoadBalancerName: ↓legacy
            Listeners: [{Protocol: HTTP, LoadBalancerPort: 80, InstancePort: 8080}]
            Subnets: [subnet-0a1b2c3d, subnet-4e5f6a7b]
            """,
            """
            kind: ClassicLoadBalancer
            LoadBalancerName: ↓"${NAME}"
            Listeners: [{Protocol: TCP, LoadBalancerPort: 5432, InstancePort: 5432}]
            AvailabilityZones: [us-east-1a]
            """,
        ],
        nonTriggering: [
            """
            kind: LoadBalancer
            Name: public
            Type: application
            Subnets: [subnet-0a1b2c3d, subnet-4e5f6a7b]
            """,
            """
            kind: LoadBalancer
            Name: edge
            Type: network
            Subnets: [subnet-0a1b2c3d]
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        findings.add("\(resource.label) is supported but previous-generation, and unusable with awsvpc tasks; use an Application Load Balancer (HTTP) or Network Load Balancer (TCP/UDP/TLS)",
                     at: resource.anchor)
    }
}
