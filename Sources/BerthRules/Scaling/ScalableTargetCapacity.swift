import BerthLint
import BerthSpecs
import BerthYAML

/// A capacity range must be a range, and once a service is scaled, the range, not desiredCount, decides its task count.
struct ScalableTargetCapacity: Rule {
    static let kinds: Set<ResourceKind> = [.scalableTarget]

    static let description = RuleDescription(
        id: "ECS403", name: "scalable-target-capacity",
        summary: "A scalable target whose MinCapacity exceeds MaxCapacity, or whose range excludes the service's desiredCount",
        rationale: """
        RegisterScalableTarget rejects a MinCapacity greater than MaxCapacity (an error). When it registers a \
        service, Application Auto Scaling moves the service's current capacity into [MinCapacity, MaxCapacity] and \
        from then on owns desiredCount: a desiredCount in the service spec outside that range is replaced at once \
        (advice, so the spec says what will run).
        """,
        helpURI: "https://docs.aws.amazon.com/autoscaling/application/APIReference/API_RegisterScalableTarget.html#autoscaling-RegisterScalableTarget-request-MinCapacity",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: ScalableTarget
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            MinCapacity: ↓10
            MaxCapacity: 4
            """,
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "256"
            memory: "512"
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions: [{name: web, image: "nginx:1.27"}]
            ---
            kind: Service
            cluster: prod
            serviceName: web
            taskDefinition: web
            launchType: FARGATE
            desiredCount: 1
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            ---
            kind: ScalableTarget
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            MinCapacity: ↓2
            MaxCapacity: 10
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
            containerDefinitions: [{name: web, image: "nginx:1.27"}]
            ---
            kind: Service
            cluster: prod
            serviceName: web
            taskDefinition: web
            launchType: FARGATE
            desiredCount: 2
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            ---
            kind: ScalableTarget
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            MinCapacity: 2
            MaxCapacity: 2
            """,
            """
            kind: ScalableTarget
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            MinCapacity: 0
            MaxCapacity: ${MAX_TASKS}
            """,
            """
            kind: ScalableTarget
            ServiceNamespace: dynamodb
            ResourceId: table/orders
            ScalableDimension: dynamodb:table:ReadCapacityUnits
            MinCapacity: 100
            MaxCapacity: 5
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard ScalingView(resource).isECS else { return }
        let minimum = ScalingView.capacity("MinCapacity", in: resource.body)
        let maximum = ScalingView.capacity("MaxCapacity", in: resource.body)
        if let minimum, let maximum, minimum.value > maximum.value {
            findings.add("\(resource.label) has MinCapacity \(minimum.value) above MaxCapacity \(maximum.value); lower MinCapacity or raise MaxCapacity",
                         at: minimum.node)
            return
        }
        guard let resourceID = resource.body["ResourceId"]?.knownString, let service = project.service(resourceID: resourceID, near: resource),
              let desired = service.body["desiredCount"], let count = desired.int else { return }
        let note = Note("desiredCount \(count)", at: desired, in: service)
        if let minimum, count < minimum.value {
            findings.add("\(service.label) sets desiredCount \(count), below MinCapacity \(minimum.value): Application Auto Scaling owns desiredCount and raises it to \(minimum.value); set desiredCount within the range",
                         at: minimum.node, severity: .info, notes: [note])
        } else if let maximum, count > maximum.value {
            findings.add("\(service.label) sets desiredCount \(count), above MaxCapacity \(maximum.value): Application Auto Scaling owns desiredCount and lowers it to \(maximum.value); set desiredCount within the range",
                         at: maximum.node, severity: .info, notes: [note])
        }
    }
}
