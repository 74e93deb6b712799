import BerthSpecs
import Testing

@Suite("project graph: load balancing, scaling, capacity")
struct ProjectLookupTests {
    @Test("ARNs and names of target groups, load balancers and Auto Scaling groups")
    func references() {
        #expect(Reference.targetGroupName("arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef") == "web")
        #expect(Reference.targetGroupName("web") == "web")
        #expect(Reference.targetGroupName("${TG}") == nil)
        #expect(Reference.loadBalancerName("arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/public/50dc6c495c0c9188") == "public")
        #expect(Reference.loadBalancerName("arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/edge/50dc6c495c0c9188") == "edge")
        #expect(Reference.loadBalancerName("arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/1") == nil)
        #expect(Reference.autoScalingGroupName("arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:0b6e1f2c-1a2b-4c3d-9e8f-0123456789ab:autoScalingGroupName/workers") == "workers")
        #expect(Reference.autoScalingGroupName("workers") == "workers")
    }

    @Test("Application Auto Scaling resource ids of ECS services", arguments: [
        ("service/prod/web", "prod", "web"), ("service/default/api", "default", "api"),
    ])
    func resourceID(id: String, cluster: String, service: String) throws {
        let parsed = try #require(Reference.ecsServiceResourceID(id))
        #expect(parsed.cluster == cluster && parsed.service == service)
    }

    @Test("malformed resource ids name no service", arguments: ["service/prod", "service//web", "table/prod/web", "service/a/b/c", "service/${C}/web"])
    func badResourceID(id: String) {
        #expect(Reference.ecsServiceResourceID(id) == nil)
    }

    private let project = Project(resources: SpecLoader().load(path: "p.yaml", bytes: Array("""
    kind: Service
    cluster: arn:aws:ecs:us-east-1:123456789012:cluster/prod
    serviceName: web
    taskDefinition: web
    ---
    kind: Service
    serviceName: web
    taskDefinition: web
    ---
    kind: ScalableTarget
    ServiceNamespace: ecs
    ResourceId: service/prod/web
    ScalableDimension: ecs:service:DesiredCount
    MinCapacity: 1
    MaxCapacity: 4
    ---
    kind: ScalingPolicy
    PolicyName: cpu
    ServiceNamespace: ecs
    ResourceId: service/prod/web
    ScalableDimension: ecs:service:DesiredCount
    ---
    kind: CapacityProvider
    name: workers
    autoScalingGroupProvider: {autoScalingGroupArn: workers-asg}
    ---
    kind: AutoScalingGroup
    AutoScalingGroupName: workers-asg
    MinSize: 0
    MaxSize: 4
    """.utf8), isExplicit: true).resources)

    @Test("a scalable target resolves to the service in its cluster, and back")
    func scalableTarget() throws {
        let target = try #require(project.resources(of: .scalableTarget).first)
        let service = try #require(project.service(resourceID: "service/prod/web"))
        #expect(service.body["cluster"]?.string?.hasSuffix("cluster/prod") == true)
        #expect(project.service(resourceID: "service/default/web")?.body["cluster"] == nil)
        #expect(project.scalableTargets(of: service).map(\.documentIndex) == [target.documentIndex])
        let policy = try #require(project.resources(of: .scalingPolicy).first)
        #expect(project.scalableTarget(of: policy)?.documentIndex == target.documentIndex)
    }

    @Test("a capacity provider resolves to its Auto Scaling group")
    func autoScalingGroup() throws {
        let provider = try #require(project.resource(.capacityProvider, named: "workers"))
        #expect(project.autoScalingGroup(of: provider)?.name == "workers-asg")
    }
}

/// One repository may define the same names for two deployments (staging and production folders): a
/// reference resolves to the nearest definition and never joins the two.
@Suite("project graph: the same name in several places")
struct ProjectNearestTests {
    private func load(_ files: [(String, String)]) -> Project {
        let loader = SpecLoader()
        return Project(resources: files.flatMap { loader.load(path: $0.0, bytes: Array($0.1.utf8), isExplicit: true).resources })
    }

    private let ec2 = "kind: TaskDefinition\nfamily: web\nrequiresCompatibilities: [EC2]\ncontainerDefinitions: [{name: web, image: nginx, memory: 256}]\n"
    private let fargate = "kind: TaskDefinition\nfamily: web\nrequiresCompatibilities: [FARGATE]\nnetworkMode: awsvpc\ncpu: \"256\"\nmemory: \"512\"\ncontainerDefinitions: [{name: web, image: nginx}]\n"
    private let service = "kind: Service\nserviceName: web\ntaskDefinition: web\nlaunchType: FARGATE\n"

    @Test("a service resolves to the task definition in its own file, not another folder's")
    func sameFile() throws {
        let project = load([("a/web.yaml", ec2), ("b/web.yaml", fargate + "---\n" + service)])
        let web = try #require(project.resources(of: .service).first)
        #expect(project.taskDefinition(of: web)?.path == "b/web.yaml")
        let other = try #require(project.resources(of: .taskDefinition).first { $0.path == "a/web.yaml" })
        #expect(project.services(running: other).isEmpty)
        #expect(project.targetsFargate(other) == nil)
    }

    @Test("the definition sharing the longest folder path wins")
    func nearestFolder() throws {
        let project = load([("prod/web/task.yaml", ec2), ("staging/web/task.yaml", fargate), ("staging/web/service.yaml", service)])
        let web = try #require(project.resources(of: .service).first)
        #expect(project.taskDefinition(of: web)?.path == "staging/web/task.yaml")
    }

    @Test("equally near definitions leave the reference unresolved; a single one resolves from anywhere")
    func tie() throws {
        let tied = load([("prod/task.yaml", ec2), ("staging/task.yaml", fargate), ("service.yaml", service)])
        #expect(tied.taskDefinition(of: try #require(tied.resources(of: .service).first)) == nil)
        #expect(tied.defines(.taskDefinition, named: "web"))
        let single = load([("prod/task.yaml", ec2), ("service.yaml", service)])
        #expect(single.taskDefinition(of: try #require(single.resources(of: .service).first))?.path == "prod/task.yaml")
    }
}
