import BerthLint
import BerthSpecs
import BerthYAML

/// awsvpc tasks register their own network interface's IP address; bridge and host tasks register the
/// instance. The target group must expect the same.
struct TargetGroupTargetType: Rule {
    static let kinds: Set<ResourceKind> = [.service]

    static let description = RuleDescription(
        id: "ECS209", name: "target-group-target-type",
        summary: "A service's target group whose target type does not match the task network mode",
        rationale: """
        Tasks in the awsvpc network mode (all Fargate tasks) have their own elastic network interface and are \
        registered by IP address, so their target group must have TargetType ip. Tasks in bridge or host mode are \
        registered as the container instance with a port, which needs TargetType instance. CreateTargetGroup defaults \
        TargetType to instance, the wrong one for awsvpc; ECS rejects the service or fails to register its tasks.
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
            containerDefinitions: [{name: web, image: "nginx:1.27", portMappings: [{containerPort: 80}]}]
            ---
            kind: TargetGroup
            Name: web
            Protocol: HTTP
            Port: 80
            ---
            kind: Service
            serviceName: web
            taskDefinition: web
            launchType: FARGATE
            desiredCount: 2
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            loadBalancers:
              - {targetGroupArn: ↓arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef, containerName: web, containerPort: 80}
            """,
            """
            kind: TaskDefinition
            family: worker
            networkMode: bridge
            taskRoleArn: arn:aws:iam::123456789012:role/worker
            containerDefinitions: [{name: worker, image: "nginx:1.27", memory: 256, portMappings: [{containerPort: 80}]}]
            ---
            kind: TargetGroup
            Name: worker
            Protocol: HTTP
            Port: 80
            TargetType: ip
            ---
            kind: Service
            serviceName: worker
            taskDefinition: worker
            launchType: EC2
            desiredCount: 2
            loadBalancers: [{targetGroupArn: ↓worker, containerName: worker, containerPort: 80}]
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
            containerDefinitions: [{name: web, image: "nginx:1.27", portMappings: [{containerPort: 80}]}]
            ---
            kind: TargetGroup
            Name: web
            Protocol: HTTP
            Port: 80
            TargetType: ip
            ---
            kind: Service
            serviceName: web
            taskDefinition: web
            launchType: FARGATE
            desiredCount: 2
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            loadBalancers: [{targetGroupArn: web, containerName: web, containerPort: 80}]
            """,
            """
            kind: Service
            serviceName: web
            taskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/web:3
            launchType: FARGATE
            desiredCount: 2
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            loadBalancers:
              - {targetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/other/0123456789abcdef, containerName: web, containerPort: 80}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard let taskDefinition = project.taskDefinition(of: resource),
              let mode = TaskDefinitionView(taskDefinition).effectiveNetworkMode, mode != "none" else { return }
        // A Fargate task outside awsvpc is ECS105's mistake; its target group must stay `ip`.
        if mode != "awsvpc", project.launch(of: resource)?.kind == .fargate || project.targetsFargate(taskDefinition) != nil { return }
        let wanted = mode == "awsvpc" ? "ip" : "instance"
        for balancer in resource.body["loadBalancers"]?.elements ?? .empty {
            guard let arn = balancer["targetGroupArn"], let group = arn.knownString.flatMap({ project.targetGroup($0, near: resource) }) else { continue }
            let typeNode = group.body["TargetType"]
            guard typeNode?.isOpaque != true else { continue }
            let type = typeNode?.knownString ?? "instance"
            guard type != wanted, type == "ip" || type == "instance" else { continue }
            let stated = typeNode == nil ? "TargetType instance (the default)" : "TargetType \(type)"
            findings.add("\(group.label) has \(stated), but \(taskDefinition.label) uses networkMode \(mode), whose tasks register as \(wanted == "ip" ? "IP addresses" : "instances"); set TargetType \(wanted)",
                         at: arn, notes: [Note(stated, at: typeNode ?? group.anchor, in: group)])
        }
    }
}
