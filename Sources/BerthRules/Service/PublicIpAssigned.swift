import BerthLint
import BerthSpecs
import BerthYAML

/// A public IP address puts every task directly on the internet, guarded only by its security groups.
struct PublicIpAssigned: Rule {
    static let kinds: Set<ResourceKind> = [.service]

    static let description = RuleDescription(
        id: "ECS217", name: "public-ip-assigned",
        summary: "Tasks that get a public IP address",
        rationale: """
        With networkConfiguration.awsvpcConfiguration.assignPublicIp ENABLED each task's network interface gets a \
        public IP address in a public subnet, so only its security groups stand between the containers and the \
        internet. Tasks usually belong in private subnets (assignPublicIp DISABLED, the default) behind a load \
        balancer, reaching the internet and AWS APIs through a NAT gateway or VPC endpoints.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AwsVpcConfiguration.html",
        severity: .warning, category: .security,
        triggering: [
            """
            kind: Service
            serviceName: web
            taskDefinition: web
            launchType: FARGATE
            desiredCount: 2
            networkConfiguration:
              awsvpcConfiguration:
                subnets: [subnet-0a1b2c3d]
                assignPublicIp: ↓ENABLED
            """,
            """
            {"serviceName": "api", "taskDefinition": "api:3", "launchType": "FARGATE", "desiredCount": 1,
             "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0a1b2c3d"], "assignPublicIp": ↓"ENABLED"}}}
            """,
        ],
        nonTriggering: [
            """
            kind: Service
            serviceName: web
            taskDefinition: web
            launchType: FARGATE
            desiredCount: 2
            networkConfiguration:
              awsvpcConfiguration: {subnets: [subnet-0a1b2c3d], assignPublicIp: DISABLED}
            """,
            """
            kind: Service
            serviceName: web
            taskDefinition: web
            launchType: FARGATE
            desiredCount: 2
            networkConfiguration:
              awsvpcConfiguration: {subnets: [subnet-0a1b2c3d], assignPublicIp: "${ASSIGN_PUBLIC_IP}"}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard let node = ServiceView(resource).assignPublicIp, node.knownString == "ENABLED" else { return }
        findings.add("\(resource.label) gives every task a public IP address; run tasks in private subnets with assignPublicIp DISABLED unless they must be reachable from the internet directly",
                     at: node)
    }
}
