import BerthLint
import BerthSpecs
import BerthYAML

/// awsvpc services call the load balancer API through the ECS service-linked role; a custom role is refused.
struct ServiceRoleWithAwsvpc: Rule {
    static let kinds: Set<ResourceKind> = [.service]

    static let description = RuleDescription(
        id: "ECS210", name: "service-role-with-awsvpc",
        summary: "A service role on a service whose tasks use the awsvpc network mode",
        rationale: """
        CreateService's role parameter is only permitted for a service with a load balancer whose task definition does \
        not use the awsvpc network mode. awsvpc tasks (every Fargate task) require the ECS service-linked role \
        (AWSServiceRoleForECS), which ECS uses when role is omitted. Remove role.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html#ECS-CreateService-request-role",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [EC2]
            networkMode: awsvpc
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions: [{name: web, image: "nginx:1.27", memory: 256, portMappings: [{containerPort: 8080}]}]
            ---
            kind: Service
            serviceName: web
            taskDefinition: web
            launchType: EC2
            desiredCount: 2
            ↓role: ecsServiceRole
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            loadBalancers:
              - {targetGroupArn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef", containerName: web, containerPort: 8080}
            """,
            """
            kind: Service
            serviceName: api
            taskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/api:7
            launchType: FARGATE
            desiredCount: 2
            ↓role: arn:aws:iam::123456789012:role/ecsServiceRole
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            loadBalancers:
              - {targetGroupArn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/api/0123456789abcdef", containerName: api, containerPort: 8080}
            """,
        ],
        nonTriggering: [
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions: [{name: web, image: "nginx:1.27", memory: 256, portMappings: [{containerPort: 8080}]}]
            ---
            kind: Service
            serviceName: web
            taskDefinition: web
            launchType: EC2
            desiredCount: 2
            role: ecsServiceRole
            loadBalancers:
              - {targetGroupArn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef", containerName: web, containerPort: 8080}
            """,
            """
            kind: Service
            serviceName: api
            taskDefinition: api
            launchType: FARGATE
            desiredCount: 2
            role: "${SERVICE_ROLE}"
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        // describe-services output names the role ECS used (roleArn), the service-linked one included: only the
        // request's role is a choice.
        guard let role = resource.body.pair("role"), let name = role.value.knownString, !name.isEmpty else { return }
        let note: Note
        if let taskDefinition = project.taskDefinition(of: resource), TaskDefinitionView(taskDefinition).effectiveNetworkMode == "awsvpc" {
            note = Note("networkMode awsvpc", at: taskDefinition.body["networkMode"] ?? taskDefinition.anchor, in: taskDefinition)
        } else if let launch = project.launch(of: resource), launch.kind == .fargate {
            note = Note(launch)
        } else {
            return
        }
        findings.add("\(resource.label) sets role '\(name)', but its tasks use the awsvpc network mode, which requires the ECS service-linked role; remove role",
                     at: role.key, notes: [note])
    }
}
