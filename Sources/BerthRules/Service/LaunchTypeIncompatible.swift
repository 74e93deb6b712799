import BerthLint
import BerthSpecs
import BerthYAML

/// ECS runs a task definition only on the launch types it was validated for when it was registered.
struct LaunchTypeIncompatible: Rule {
    static let kinds: Set<ResourceKind> = [.service]

    static let description = RuleDescription(
        id: "ECS203", name: "launch-type-incompatible",
        summary: "A Fargate service whose task definition is not registered for Fargate",
        rationale: """
        RegisterTaskDefinition validates a task definition against the launch types in requiresCompatibilities; when \
        the field is omitted, ECS validates it for EC2 only. A service that runs on Fargate (launchType FARGATE, or a \
        FARGATE or FARGATE_SPOT capacity provider) cannot use a task definition that was not validated for Fargate: \
        CreateService and UpdateService fail with "Task definition does not support launch_type FARGATE". Add FARGATE \
        to requiresCompatibilities and register a new revision.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html#ECS-RegisterTaskDefinition-request-requiresCompatibilities",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: TaskDefinition
            family: worker
            requiresCompatibilities: [EC2]
            networkMode: awsvpc
            cpu: "256"
            memory: "512"
            taskRoleArn: arn:aws:iam::123456789012:role/worker
            containerDefinitions: [{name: worker, image: "nginx:1.27"}]
            ---
            kind: Service
            serviceName: worker
            taskDefinition: worker:3
            launchType: ↓FARGATE
            desiredCount: 1
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            """,
            """
            kind: TaskDefinition
            family: jobs
            networkMode: awsvpc
            cpu: "512"
            memory: "1024"
            taskRoleArn: arn:aws:iam::123456789012:role/jobs
            containerDefinitions: [{name: jobs, image: "nginx:1.27"}]
            ---
            kind: Service
            serviceName: jobs
            taskDefinition: jobs
            desiredCount: 2
            capacityProviderStrategy:
              - {capacityProvider: ↓FARGATE_SPOT, weight: 1}
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            """,
            """
            kind: Cluster
            clusterName: prod
            capacityProviders: [FARGATE]
            defaultCapacityProviderStrategy: [{capacityProvider: FARGATE, weight: 1}]
            ---
            kind: TaskDefinition
            family: api
            requiresCompatibilities: [EC2]
            networkMode: awsvpc
            cpu: "256"
            memory: "512"
            taskRoleArn: arn:aws:iam::123456789012:role/api
            containerDefinitions: [{name: api, image: "nginx:1.27"}]
            ---
            kind: Service
            cluster: ↓prod
            serviceName: api
            taskDefinition: api
            desiredCount: 2
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            """,
        ],
        nonTriggering: [
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [EC2, FARGATE]
            networkMode: awsvpc
            cpu: "256"
            memory: "512"
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions: [{name: web, image: "nginx:1.27"}]
            ---
            kind: Service
            serviceName: web
            taskDefinition: web
            launchType: FARGATE
            desiredCount: 2
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            """,
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
            """,
            """
            kind: Service
            serviceName: api
            taskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/api:7
            launchType: FARGATE
            desiredCount: 2
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        // A decision taken from the task definition's own requiresCompatibilities agrees with it by construction.
        guard let launch = project.launch(of: resource), launch.kind == .fargate,
              let taskDefinition = project.taskDefinition(of: resource), !launch.isWithin(taskDefinition) else { return }
        // Describe output lists what ECS validated the task definition for; a request lists what it asks for.
        let validated = taskDefinition.form == .described ? taskDefinition.body.pair("compatibilities") : nil
        let listed = validated ?? taskDefinition.body.pair("requiresCompatibilities")
        // A placeholder, or a scalar the shape validator reports: nothing to conclude.
        if let listed, listed.value.isOpaque || !(listed.value.isNull || listed.value.isSequence) { return }
        let values = listed?.value.elements ?? .empty
        let why: String
        let note: Note
        if let listed, !values.isEmpty {
            guard !values.contains(where: { $0.isOpaque || $0.knownString == "FARGATE" }) else { return }
            let field = listed.key.text ?? ""
            let list = values.compactMap(\.text).joined(separator: ", ")
            why = "its \(field) lists \(list) only"
            note = Note("\(field): \(list)", at: listed.key, in: taskDefinition)
        } else {
            why = "it sets no requiresCompatibilities, so ECS validated it for EC2 only"
            note = Note("no requiresCompatibilities: EC2 only", at: taskDefinition.anchor, in: taskDefinition)
        }
        let name = taskDefinition.name.map { "task definition '\($0)'" } ?? "its task definition"
        var notes = [note]
        let anchor: YAMLNode
        if launch.isWithin(resource) {
            anchor = launch.node
        } else {
            anchor = resource.body["cluster"] ?? resource.anchor
            notes.insert(Note(launch), at: 0)
        }
        findings.add("\(resource.label) runs on Fargate but \(name) is not registered for Fargate: \(why); add FARGATE to requiresCompatibilities",
                     at: anchor, notes: notes)
    }
}
