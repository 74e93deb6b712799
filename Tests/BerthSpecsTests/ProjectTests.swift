import BerthSpecs
import BerthYAML
import Testing

private func project(_ text: String) -> Project {
    Project(resources: SpecLoader().load(path: "p.yaml", bytes: Array(text.utf8), isExplicit: true).resources)
}

@Suite("project graph")
struct ProjectTests {
    @Test("task definition references: family, family:revision, ARN", arguments: [
        ("web", "web"), ("web:42", "web"), ("arn:aws:ecs:us-east-1:123456789012:task-definition/web:42", "web"),
        ("my:app", "my:app"),
    ])
    func taskDefinitionReference(reference: String, family: String) {
        #expect(Reference.taskDefinitionFamily(reference) == family)
    }

    @Test("placeholders resolve to nothing")
    func placeholderReference() {
        #expect(Reference.taskDefinitionFamily("${FAMILY}") == nil)
        #expect(Reference.clusterName("${CLUSTER}") == nil)
        #expect(Reference.clusterName(nil) == "default")
        #expect(Reference.clusterName("arn:aws:ecs:us-east-1:123456789012:cluster/prod") == "prod")
    }

    private let text = """
    kind: TaskDefinition
    family: web
    containerDefinitions: [{name: web, image: nginx}]
    ---
    kind: Cluster
    clusterName: prod
    defaultCapacityProviderStrategy: [{capacityProvider: FARGATE_SPOT, weight: 1}]
    ---
    kind: Cluster
    clusterName: ec2
    defaultCapacityProviderStrategy: [{capacityProvider: workers, weight: 1}]
    ---
    kind: CapacityProvider
    name: workers
    autoScalingGroupProvider: {autoScalingGroupArn: asg}
    ---
    kind: Service
    serviceName: a
    cluster: arn:aws:ecs:us-east-1:123456789012:cluster/prod
    taskDefinition: web:3
    ---
    kind: Service
    serviceName: b
    cluster: ec2
    taskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/web:4
    ---
    kind: Service
    serviceName: c
    launchType: EXTERNAL
    taskDefinition: other
    """

    @Test("services resolve their task definition and cluster")
    func resolution() throws {
        let project = project(text)
        let a = try #require(project.resource(.service, named: "a"))
        #expect(project.taskDefinition(of: a)?.name == "web")
        #expect(project.cluster(of: a)?.name == "prod")
        let web = try #require(project.resource(.taskDefinition, named: "web"))
        #expect(project.services(running: web).map(\.name) == ["a", "b"])
        let c = try #require(project.resource(.service, named: "c"))
        #expect(project.taskDefinition(of: c) == nil)
    }

    @Test("where a service runs: launch type, strategy, the cluster's default strategy")
    func launch() throws {
        let project = project(text)
        let kinds = ["a", "b", "c"].map { name in project.resource(.service, named: name).flatMap { project.launch(of: $0)?.kind } }
        #expect(kinds == [.fargate, .ec2, .external])
        let a = try #require(project.resource(.service, named: "a"))
        #expect(project.launch(of: a)?.reason == "the default strategy of cluster 'prod': capacity provider FARGATE_SPOT")
        let web = try #require(project.resource(.taskDefinition, named: "web"))
        #expect(Set(project.launchKinds(of: web).map(\.kind)) == [.fargate, .ec2])
        #expect(project.targetsFargate(web)?.kind == .fargate)
    }
}
