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
