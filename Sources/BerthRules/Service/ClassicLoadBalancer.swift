import BerthLint
import BerthSpecs
import BerthYAML

/// Classic Load Balancers register instances, not task network interfaces, so they cannot serve awsvpc
/// tasks, and so never Fargate.
struct ClassicLoadBalancer: Rule {
    static let kinds: Set<ResourceKind> = [.service]

    static let description = RuleDescription(
        id: "ECS201", name: "classic-load-balancer",
        summary: "A service behind a Classic Load Balancer",
        rationale: """
        A service names a Classic Load Balancer with loadBalancers[].loadBalancerName. Classic Load Balancers are not \
        supported for tasks in the awsvpc network mode, so never on Fargate: an error there. On the EC2 launch type with \
        bridge or host networking they still work but are not recommended (a warning): use an Application Load Balancer \
        target group (targetGroupArn), which also brings dynamic host ports and path routing.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html#ECS-CreateService-request-loadBalancers",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: Service
            serviceName: web
            taskDefinition: web
            launchType: FARGATE
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            loadBalancers:
              - {loadBalancerName: ↓legacy-elb, containerName: web, containerPort: 8080}
            """,
            """
            kind: Service
            serviceName: worker
            taskDefinition: worker
            launchType: EC2
            loadBalancers:
              - {loadBalancerName: ↓legacy-elb, containerName: worker, containerPort: 8080}
            """,
        ],
        nonTriggering: [
            """
            kind: Service
            serviceName: web
            taskDefinition: web
            launchType: FARGATE
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            loadBalancers:
              - targetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef
                containerName: web
                containerPort: 8080
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        let launch = project.launch(of: resource)
        let taskDefinition = project.taskDefinition(of: resource)
        let awsvpc = taskDefinition.flatMap { TaskDefinitionView($0).effectiveNetworkMode } == "awsvpc"
        for balancer in resource.body["loadBalancers"]?.elements ?? .empty {
            guard let name = balancer["loadBalancerName"], let text = name.text, !text.isEmpty else { continue }
            if launch?.kind == .fargate {
                findings.add("\(resource.label) runs on Fargate but uses Classic Load Balancer '\(text)'; use an Application or Network Load Balancer target group",
                             at: name, notes: launch.map { [Note($0)] } ?? [])
            } else if awsvpc, let taskDefinition {
                findings.add("\(resource.label) uses Classic Load Balancer '\(text)', which cannot serve awsvpc tasks; use an Application or Network Load Balancer target group",
                             at: name, notes: [Note("networkMode awsvpc", at: taskDefinition.body["networkMode"] ?? taskDefinition.anchor, in: taskDefinition)])
            } else {
                findings.add("\(resource.label) uses Classic Load Balancer '\(text)'; supported on the EC2 launch type but not recommended: use an Application Load Balancer target group",
                             at: name, severity: .warning)
            }
        }
    }
}
