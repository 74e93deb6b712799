import BerthLint
import BerthSpecs
import BerthYAML

/// An Application Load Balancer spans at least two Availability Zones.
struct ApplicationLoadBalancerSubnets: Rule {
    static let kinds: Set<ResourceKind> = [.loadBalancer]

    static let description = RuleDescription(
        id: "ECS603", name: "alb-subnets",
        summary: "An Application Load Balancer with fewer than two subnets",
        rationale: """
        CreateLoadBalancer requires an Application Load Balancer to have subnets in at least two Availability Zones \
        (Subnets or SubnetMappings; Type defaults to application); none at all is an error. The exceptions are load \
        balancers in Local Zones (one or more Local Zone subnets) and on Outposts (one Outpost subnet), so a single \
        subnet is a warning: berth cannot tell a subnet's zone from its id. Network and Gateway Load Balancers may use \
        one subnet.
        """,
        helpURI: "https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateLoadBalancer.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: LoadBalancer
            Name: public
            Subnets: ↓[subnet-0a1b2c3d]
            """,
            """
            kind: LoadBalancer
            Name: ↓public
            Type: application
            """,
        ],
        nonTriggering: [
            """
            kind: LoadBalancer
            Name: public
            SubnetMappings: [{SubnetId: subnet-0a1b2c3d}, {SubnetId: subnet-4e5f6a7b}]
            """,
            """
            kind: LoadBalancer
            Name: public
            Subnets: ["${SUBNETS}"]
            """,
            """
            kind: LoadBalancer
            Name: outpost
            Subnets: [subnet-0a1b2c3d]
            CustomerOwnedIpv4Pool: ipv4pool-coip-0123456789abcdef0
            """,
            """
            kind: LoadBalancer
            Name: edge
            Type: network
            Subnets: [subnet-0a1b2c3d]
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        let body = resource.body
        // Type defaults to application; a placeholder type could be anything.
        let type = body["Type"].map { $0.knownString } ?? "application"
        guard type == "application", body["CustomerOwnedIpv4Pool"] == nil else { return }
        let list = body["Subnets"] ?? body["SubnetMappings"]
        let subnets = list?.elements ?? .empty
        guard !subnets.contains(where: \.isOpaque), list?.isOpaque != true, subnets.count < 2 else { return }
        if subnets.count == 1 {
            // Local Zone and Outpost load balancers take one subnet, and berth cannot tell a subnet's zone.
            findings.add("\(resource.label) is an Application Load Balancer with one subnet; unless it is in a Local Zone or on an Outpost, it needs subnets in at least two Availability Zones",
                         at: list ?? resource.anchor, severity: .warning)
        } else {
            findings.add("\(resource.label) is an Application Load Balancer with no subnets; it needs subnets in at least two Availability Zones",
                         at: list ?? resource.anchor)
        }
    }
}
