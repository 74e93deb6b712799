import BerthLint
import BerthSpecs
import BerthYAML

/// CodeDeploy blue/green deployments shift traffic between two target groups of an ALB or NLB.
struct CodeDeployLoadBalancer: Rule {
    static let kinds: Set<ResourceKind> = [.service]

    static let description = RuleDescription(
        id: "ECS211", name: "code-deploy-load-balancer",
        summary: "A CODE_DEPLOY service without an Application or Network Load Balancer target group",
        rationale: """
        A service with the CODE_DEPLOY deployment controller is required to use an Application Load Balancer or a \
        Network Load Balancer: CodeDeploy shifts traffic between the two target groups of its deployment group, and \
        the service names one of them in loadBalancers[].targetGroupArn. Without one (or with only a Classic Load \
        Balancer) CreateService fails. ECS-native blue/green deployments (deploymentController ECS with strategy \
        BLUE_GREEN) are the alternative that needs no CodeDeploy.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html#ECS-CreateService-request-loadBalancers",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: Service
            serviceName: web
            taskDefinition: web
            launchType: FARGATE
            desiredCount: 2
            deploymentController: {type: ↓CODE_DEPLOY}
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            """,
            """
            kind: Service
            serviceName: legacy
            taskDefinition: legacy
            launchType: EC2
            desiredCount: 2
            deploymentController:
              type: ↓CODE_DEPLOY
            loadBalancers:
              - {loadBalancerName: legacy-elb, containerName: legacy, containerPort: 80}
            """,
        ],
        nonTriggering: [
            """
            kind: Service
            serviceName: web
            taskDefinition: web
            launchType: FARGATE
            desiredCount: 2
            deploymentController: {type: CODE_DEPLOY}
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            loadBalancers:
              - {targetGroupArn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-blue/0123456789abcdef", containerName: web, containerPort: 8080}
            """,
            """
            kind: Service
            serviceName: web
            taskDefinition: web
            launchType: FARGATE
            desiredCount: 2
            deploymentController: {type: CODE_DEPLOY}
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            loadBalancers: !Ref LoadBalancers
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        let view = ServiceView(resource)
        guard view.controller == .codeDeploy, let type = view.controllerNode,
              resource.body["loadBalancers"]?.isOpaque != true else { return }
        let balancers = view.loadBalancers
        // An entry that is a placeholder may well be a target group.
        if balancers.contains(where: { $0.isOpaque || $0["targetGroupArn"].map { !$0.isNull } == true }) { return }
        let classic = balancers.compactMap { $0["loadBalancerName"] }.first
        // A Classic Load Balancer in front of Fargate or awsvpc tasks is already ECS201's error.
        let awsvpc = project.taskDefinition(of: resource).flatMap { TaskDefinitionView($0).effectiveNetworkMode } == "awsvpc"
        if classic != nil, awsvpc || project.launch(of: resource)?.kind == .fargate { return }
        let what = classic.map { "only Classic Load Balancer '\($0.text ?? "")'" } ?? "no load balancer"
        findings.add("\(resource.label) uses the CODE_DEPLOY deployment controller with \(what); CodeDeploy blue/green needs an Application or Network Load Balancer target group in loadBalancers",
                     at: type, notes: classic.map { [Note("Classic Load Balancer", at: $0, in: resource)] } ?? [])
    }
}
