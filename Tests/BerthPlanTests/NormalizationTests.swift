import BerthPlan
import BerthSpecs
import Foundation
import Testing

/// Applying a spec, then planning against what AWS returns for it, shows no change.
@Suite struct NormalizationTests {
    @Test func specsAgainstWhatMotoReturnedForThemShowNoChange() throws {
        let plan = PlanFixtures.plan(desired: try PlanFixtures.folder("Tests/Fixtures/plan/applied"),
                                     current: try PlanFixtures.folder("Tests/Fixtures/plan/moto"), coversEveryKind: false)
        #expect(plan.actions == ["TaskDefinition web": .noChange, "Service demo/web": .noChange, "Cluster demo": .noChange])
        #expect(!plan.hasChanges)
    }

    /// samples/current holds describe output shaped like real AWS (requiresAttributes, registeredAt, empty lists,
    /// hostPort echoed, memory "1024" for "1 GB"); with the image the spec names, the task definition is unchanged.
    @Test func specsAgainstRealDescribeOutputShowNoChange() throws {
        var current = try PlanFixtures.folder("samples/current")
        current["samples/current/web-task-definition.json"] = current["samples/current/web-task-definition.json"]!
            .replacingOccurrences(of: "web:1.4.1", with: "web:1.4.2")
        let plan = PlanFixtures.plan(desired: try PlanFixtures.folder("samples/ecs"), current: current, coversEveryKind: false)
        #expect(plan.resource(.taskDefinition, "web")?.action == .noChange)
        #expect(plan.resource(.taskDefinition, "worker")?.action == .noChange)
        #expect(plan.resource(.taskDefinition, "reports")?.action == .noChange)
        #expect(plan.resource(.cluster, "prod")?.action == .noChange)
        #expect(plan.resource(.service, "prod/web")?.action == .noChange)
        #expect(plan.resource(.scalingPolicy, "web-requests-per-task on service/prod/web")?.action == .noChange)
    }

    @Test("numbers mean the same when they are the same number", arguments: [
        ("30", "30.0", true), ("-0", "0", true), ("1e2", "100", true), ("9007199254740993", "9007199254740992", false),
        ("1e400", "1e401", false), ("18446744073709551616", "18446744073709551617", true), (".nan", ".nan", true), (".nan", ".NaN", false),
    ])
    func numbers(_ a: String, _ b: String, same: Bool) {
        #expect(PlanValue.number(a).means(.number(b)) == same)
        #expect(PlanValue.number(a).means(.string(b)) == same)
    }

    @Test func taskSizesInEitherFormAreTheSame() {
        let plan = PlanFixtures.plan(
            desired: ["a.yaml": taskDefinition(size: "cpu: 0.25 vCPU\nmemory: 0.5 GB")],
            current: ["a.yaml": taskDefinition(size: "cpu: \"256\"\nmemory: \"512\"")])
        #expect(plan.resource(.taskDefinition, "app")?.action == .noChange)
    }

    @Test func filledInContainerDefaultsAreNoChange() {
        let plan = PlanFixtures.plan(
            desired: ["a.yaml": taskDefinition(container: "portMappings: [{containerPort: 80}]\n    healthCheck: {command: [CMD, true]}")],
            current: ["a.yaml": taskDefinition(container: """
                portMappings: [{containerPort: 80, hostPort: 80, protocol: tcp}]
                    healthCheck: {command: [CMD, true], interval: 30, timeout: 5, retries: 3}
                    essential: true
                    cpu: 0
                    mountPoints: []
                    volumesFrom: []
                """)])
        #expect(plan.resource(.taskDefinition, "app")?.action == .noChange)
    }

    @Test func hostPortDefaultsToContainerPortOnlyUnderAwsvpc() {
        let bridge = PlanFixtures.plan(
            desired: ["a.yaml": taskDefinition(networkMode: "bridge", container: "portMappings: [{containerPort: 80}]")],
            current: ["a.yaml": taskDefinition(networkMode: "bridge", container: "portMappings: [{containerPort: 80, hostPort: 80}]")])
        #expect(bridge.resource(.taskDefinition, "app")?.changedPaths == ["containerDefinitions[app].portMappings[80].hostPort"])
        let dynamic = PlanFixtures.plan(
            desired: ["a.yaml": taskDefinition(networkMode: "bridge", container: "portMappings: [{containerPort: 80}]")],
            current: ["a.yaml": taskDefinition(networkMode: "bridge", container: "portMappings: [{containerPort: 80, hostPort: 0}]")])
        #expect(dynamic.resource(.taskDefinition, "app")?.action == .noChange)
    }

    @Test func serviceDefaultsAreNoChange() {
        let current = """
            kind: Service
            cluster: arn:aws:ecs:us-east-1:123456789012:cluster/prod
            serviceName: api
            taskDefinition: api
            schedulingStrategy: REPLICA
            platformVersion: LATEST
            propagateTags: NONE
            enableECSManagedTags: false
            enableExecuteCommand: false
            healthCheckGracePeriodSeconds: 0
            deploymentController: {type: ECS}
            deploymentConfiguration:
              maximumPercent: 200
              minimumHealthyPercent: 100
              deploymentCircuitBreaker: {enable: false, rollback: false}
              strategy: ROLLING
            networkConfiguration:
              awsvpcConfiguration: {subnets: [subnet-b, subnet-a], assignPublicIp: DISABLED}
            loadBalancers: []
            """
        let desired = """
            kind: Service
            cluster: prod
            serviceName: api
            taskDefinition: api
            networkConfiguration:
              awsvpcConfiguration: {subnets: [subnet-a, subnet-b]}
            """
        let plan = PlanFixtures.plan(desired: ["s.yaml": desired], current: ["s.yaml": current])
        #expect(plan.resource(.service, "prod/api")?.action == .noChange)
    }

    @Test func daemonDeploymentDefaultsDifferFromReplica() {
        func service(_ body: String) -> String {
            "kind: Service\ncluster: prod\nserviceName: agent\ntaskDefinition: agent\nschedulingStrategy: DAEMON\n" + body
        }
        let plan = PlanFixtures.plan(
            desired: ["s.yaml": service("")],
            current: ["s.yaml": service("deploymentConfiguration: {maximumPercent: 100, minimumHealthyPercent: 0}")])
        #expect(plan.resource(.service, "prod/agent")?.action == .noChange)
        let changed = PlanFixtures.plan(
            desired: ["s.yaml": service("")],
            current: ["s.yaml": service("deploymentConfiguration: {maximumPercent: 200, minimumHealthyPercent: 100}")])
        // Daemon defaults leave nothing of the spec's side; the replica defaults stand out.
        #expect(changed.resource(.service, "prod/agent")?.changedPaths == ["deploymentConfiguration"])
    }

    private func taskDefinition(networkMode: String = "awsvpc", size: String = "", container: String = "") -> String {
        """
        kind: TaskDefinition
        family: app
        networkMode: \(networkMode)
        \(size)
        containerDefinitions:
          - name: app
            image: nginx:1.27
            \(container)
        """
    }
}
