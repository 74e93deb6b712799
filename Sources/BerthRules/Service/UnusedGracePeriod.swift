import BerthLint
import BerthSpecs
import BerthYAML

/// The health check grace period only delays health checks; a service without any has nothing to delay.
struct UnusedGracePeriod: Rule {
    static let kinds: Set<ResourceKind> = [.service]

    static let description = RuleDescription(
        id: "ECS219", name: "unused-grace-period",
        summary: "A health check grace period on a service without health checks",
        rationale: """
        healthCheckGracePeriodSeconds is how long the scheduler ignores failing Elastic Load Balancing, VPC Lattice and \
        container health checks after a task starts. A service with no load balancer, no service registry, no VPC \
        Lattice target and no container health check in its task definition does not use it. This is not an error \
        (older API versions rejected it without a load balancer; current ones accept it): remove the setting, or add \
        the health check it was meant for.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html#ECS-CreateService-request-healthCheckGracePeriodSeconds",
        severity: .info, category: .reliability,
        triggering: [
            """
            kind: TaskDefinition
            family: worker
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/worker
            containerDefinitions: [{name: worker, image: "nginx:1.27", memory: 256}]
            ---
            kind: Service
            serviceName: worker
            taskDefinition: worker
            launchType: EC2
            desiredCount: 2
            healthCheckGracePeriodSeconds: ↓120
            """,
            """
            kind: TaskDefinition
            family: queue
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/queue
            containerDefinitions: [{name: queue, image: "nginx:1.27", memory: 256}]
            ---
            kind: Service
            serviceName: queue
            taskDefinition: queue:2
            launchType: EC2
            desiredCount: 1
            healthCheckGracePeriodSeconds: ↓60
            loadBalancers: []
            """,
        ],
        nonTriggering: [
            """
            kind: TaskDefinition
            family: worker
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/worker
            containerDefinitions:
              - name: worker
                image: "nginx:1.27"
                memory: 256
                healthCheck: {command: [CMD-SHELL, "test -f /tmp/healthy"], startPeriod: 30}
            ---
            kind: Service
            serviceName: worker
            taskDefinition: worker
            launchType: EC2
            desiredCount: 2
            healthCheckGracePeriodSeconds: 120
            """,
            """
            kind: Service
            serviceName: api
            taskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/api:7
            launchType: EC2
            desiredCount: 2
            healthCheckGracePeriodSeconds: 60
            """,
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions: [{name: web, image: "nginx:1.27", memory: 256, portMappings: [{containerPort: 80}]}]
            ---
            kind: Service
            serviceName: web
            taskDefinition: web
            launchType: EC2
            desiredCount: 2
            healthCheckGracePeriodSeconds: 30
            loadBalancers:
              - {targetGroupArn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef", containerName: web, containerPort: 80}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        // 0 is the default (describe output always shows it).
        guard let node = resource.body["healthCheckGracePeriodSeconds"], let seconds = node.int, seconds > 0,
              !ServiceView(resource).registersTargets,
              let taskDefinition = project.taskDefinition(of: resource),
              taskDefinition.body["containerDefinitions"]?.isSequence == true,
              !TaskDefinitionView(taskDefinition).containers.contains(where: { $0["healthCheck"].map { !$0.isNull } ?? false })
        else { return }
        findings.add("\(resource.label) sets healthCheckGracePeriodSeconds \(seconds), but has no load balancer, service registry, VPC Lattice target or container health check for it to apply to; remove it or add the health check",
                     at: node)
    }
}
