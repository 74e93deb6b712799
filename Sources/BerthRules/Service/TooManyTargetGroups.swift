import BerthLint
import BerthSpecs
import BerthYAML

/// ECS attaches at most five target groups to one service.
struct TooManyTargetGroups: Rule {
    static let kinds: Set<ResourceKind> = [.service]

    static let description = RuleDescription(
        id: "ECS208", name: "too-many-target-groups",
        summary: "A service with more than five load balancer entries",
        rationale: """
        A service can register its tasks with at most five target groups (one loadBalancers entry each); \
        CreateService and UpdateService reject a sixth. Serve more ports or listeners through fewer target groups, \
        or split the service.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/register-multiple-targetgroups.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: Service
            serviceName: gateway
            taskDefinition: gateway
            launchType: EC2
            desiredCount: 2
            loadBalancers:
              - {targetGroupArn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/gw-1/0123456789abcdef", containerName: gateway, containerPort: 8001}
              - {targetGroupArn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/gw-2/0123456789abcdef", containerName: gateway, containerPort: 8002}
              - {targetGroupArn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/gw-3/0123456789abcdef", containerName: gateway, containerPort: 8003}
              - {targetGroupArn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/gw-4/0123456789abcdef", containerName: gateway, containerPort: 8004}
              - {targetGroupArn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/gw-5/0123456789abcdef", containerName: gateway, containerPort: 8005}
              - ↓{targetGroupArn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/gw-6/0123456789abcdef", containerName: gateway, containerPort: 8006}
            """,
            """
            kind: Service
            serviceName: gateway
            taskDefinition: gateway
            launchType: EC2
            desiredCount: 2
            loadBalancers:
              - targetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/a/0123456789abcdef
                containerName: gateway
                containerPort: 8001
              - targetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/b/0123456789abcdef
                containerName: gateway
                containerPort: 8002
              - targetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/c/0123456789abcdef
                containerName: gateway
                containerPort: 8003
              - targetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/d/0123456789abcdef
                containerName: gateway
                containerPort: 8004
              - targetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/e/0123456789abcdef
                containerName: gateway
                containerPort: 8005
              - ↓targetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/f/0123456789abcdef
                containerName: gateway
                containerPort: 8006
              - targetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/g/0123456789abcdef
                containerName: gateway
                containerPort: 8007
            """,
        ],
        nonTriggering: [
            """
            kind: Service
            serviceName: gateway
            taskDefinition: gateway
            launchType: EC2
            desiredCount: 2
            loadBalancers:
              - {targetGroupArn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/gw-1/0123456789abcdef", containerName: gateway, containerPort: 8001}
              - {targetGroupArn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/gw-2/0123456789abcdef", containerName: gateway, containerPort: 8002}
              - {targetGroupArn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/gw-3/0123456789abcdef", containerName: gateway, containerPort: 8003}
              - {targetGroupArn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/gw-4/0123456789abcdef", containerName: gateway, containerPort: 8004}
              - {targetGroupArn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/gw-5/0123456789abcdef", containerName: gateway, containerPort: 8005}
            """,
            """
            kind: Service
            serviceName: web
            taskDefinition: web
            launchType: EC2
            desiredCount: 2
            loadBalancers: []
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        let balancers = ServiceView(resource).loadBalancers
        guard balancers.count > 5 else { return }
        findings.add("\(resource.label) lists \(balancers.count) load balancer target groups; a service can have at most 5",
                     at: balancers[5])
    }
}
