import BerthLint
import BerthRules
import Testing

/// Cases where two rules could report one mistake: each mistake is reported once, by the rule that names it.
@Suite("rule interactions")
struct RuleInteractionTests {
    private func ids(_ text: String) -> [String] {
        Linter(ruleSet: .builtin).lint([LintInput(path: "p.yaml", isExplicit: true, bytes: Array(text.utf8))])
            .diagnostics.filter { $0.severity == .error }.map(\.ruleID)
    }

    @Test("a Fargate service whose task definition says bridge: the task definition is wrong, not the service")
    func fargateBridge() {
        let text = """
        kind: TaskDefinition
        family: web
        networkMode: bridge
        taskRoleArn: arn:aws:iam::123456789012:role/web
        containerDefinitions: [{name: web, image: nginx, memory: 256}]
        ---
        kind: Service
        serviceName: web
        taskDefinition: web
        launchType: FARGATE
        networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-0a1b2c3d]}}
        """
        #expect(ids(text).contains("ECS105"))
        #expect(!ids(text).contains("ECS202"))
    }

    @Test("an invented S3 volume key is explained by ECS101 instead of a bare unknown field")
    func supersession() {
        let text = """
        kind: TaskDefinition
        family: web
        taskRoleArn: arn:aws:iam::123456789012:role/web
        containerDefinitions: [{name: web, image: nginx, memory: 256}]
        volumes: [{name: data, s3Volume: {bucket: b}}]
        """
        #expect(ids(text) == ["ECS101"])
    }

    /// Numbers no AWS API accepts must not trap the rules' arithmetic: they get a structural finding at most.
    @Test("hostile numbers are reported, not crashed on")
    func hostileNumbers() {
        let text = """
        kind: TaskDefinition
        family: web
        networkMode: bridge
        memory: "1e30 GB"
        cpu: "inf vCPU"
        containerDefinitions:
          - {name: a, image: "nginx:1.27", memory: 9223372036854775807, cpu: 9223372036854775807}
          - {name: b, image: "nginx:1.27", memory: 9223372036854775807, memoryReservation: 9223372036854775807}
          - {name: c, image: "nginx:1.27", memory: 256, portMappings: [{containerPortRange: "0-9223372036854775807"}]}
        ---
        kind: Service
        serviceName: web
        taskDefinition: web
        launchType: EC2
        desiredCount: 9223372036854775807
        deploymentConfiguration: {minimumHealthyPercent: 100, maximumPercent: 9223372036854775807}
        loadBalancers: [{targetGroupArn: web, containerName: c, containerPort: -1}]
        """
        #expect(!ids(text).isEmpty)
    }

    @Test("a placeholder launch type decides nothing: no Fargate-only error on a DAEMON service")
    func placeholderLaunchType() {
        let text = """
        kind: Cluster
        clusterName: prod
        capacityProviders: [FARGATE]
        defaultCapacityProviderStrategy: [{capacityProvider: FARGATE, weight: 1}]
        settings: [{name: containerInsights, value: enabled}]
        ---
        kind: Service
        serviceName: node-exporter
        cluster: prod
        taskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/node-exporter:4
        launchType: "${LAUNCH_TYPE}"
        schedulingStrategy: DAEMON
        placementConstraints: [{type: distinctInstance}]
        """
        #expect(ids(text).isEmpty)
    }
}
