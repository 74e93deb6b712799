import BerthPlan
import BerthSpecs
import Foundation
import Testing

@Suite struct PlannerTests {
    private static let taskDefinition = """
        kind: TaskDefinition
        family: web
        networkMode: awsvpc
        requiresCompatibilities: [FARGATE]
        cpu: "256"
        memory: "512"
        containerDefinitions:
          - name: web
            image: web:1
            environment:
              - {name: A, value: "1"}
              - {name: DB_PASSWORD, value: hunter2}
          - name: sidecar
            image: envoy:1
        tags: [{key: team, value: web}]
        """

    private static let service = """
        kind: Service
        cluster: prod
        serviceName: web
        taskDefinition: web
        desiredCount: 4
        launchType: FARGATE
        networkConfiguration:
          awsvpcConfiguration: {subnets: [subnet-a]}
        """

    private func plan(_ desired: [String: String], _ current: [String: String], options: PlanOptions = PlanOptions()) -> Plan {
        PlanFixtures.plan(desired: desired, current: current, options: options)
    }

    @Test func reorderingKeyedListsIsNoChange() {
        let reordered = Self.taskDefinition
            .replacingOccurrences(of: "  - {name: A, value: \"1\"}\n      - {name: DB_PASSWORD, value: hunter2}",
                                  with: "  - {name: DB_PASSWORD, value: hunter2}\n      - {name: A, value: \"1\"}")
        #expect(reordered != Self.taskDefinition)
        let result = plan(["t.yaml": reordered], ["t.yaml": Self.taskDefinition])
        #expect(result.resource(.taskDefinition, "web")?.action == .noChange)
    }

    @Test func orderedListsKeepTheirOrder() {
        let before = Self.taskDefinition.replacingOccurrences(of: "image: envoy:1", with: "image: envoy:1\n    command: [a, b]")
        let after = Self.taskDefinition.replacingOccurrences(of: "image: envoy:1", with: "image: envoy:1\n    command: [b, a]")
        let web = plan(["t.yaml": after], ["t.yaml": before]).resource(.taskDefinition, "web")
        #expect(web?.changedPaths == ["containerDefinitions[sidecar].command"])
    }

    @Test func anyTaskDefinitionChangeIsANewRevisionButTags() {
        let image = plan(["t.yaml": Self.taskDefinition.replacingOccurrences(of: "web:1", with: "web:2")], ["t.yaml": Self.taskDefinition])
        #expect(image.resource(.taskDefinition, "web")?.action == .newRevision)
        #expect(image.resource(.taskDefinition, "web")?.changedPaths == ["containerDefinitions[web].image"])
        let tags = plan(["t.yaml": Self.taskDefinition.replacingOccurrences(of: "team, value: web", with: "team, value: edge")],
                        ["t.yaml": Self.taskDefinition])
        #expect(tags.resource(.taskDefinition, "web")?.action == .updateInPlace)
        #expect(tags.resource(.taskDefinition, "web")?.changedPaths == ["tags[team].value"])
    }

    @Test func secretLookingVariablesAreSensitive() {
        let changed = plan(["t.yaml": Self.taskDefinition.replacingOccurrences(of: "hunter2", with: "hunter3")], ["t.yaml": Self.taskDefinition])
        let field = changed.resource(.taskDefinition, "web")?.fields.first
        #expect(field?.change.path.description == "containerDefinitions[web].environment[DB_PASSWORD].value")
        #expect(field?.change.isSensitive == true)
        let plain = plan(["t.yaml": Self.taskDefinition.replacingOccurrences(of: "value: \"1\"", with: "value: \"2\"")], ["t.yaml": Self.taskDefinition])
        #expect(plain.resource(.taskDefinition, "web")?.fields.first?.change.isSensitive == false)
    }

    @Test func secretValuesAreSensitiveWhateverTheirName() throws {
        let secrets = [("value: \"1\"", "value: AKIAIOSFODNN7EXAMPLE"), ("image: envoy:1", "image: envoy:1\n    command: [envoy, --token, s3cr3t]")]
        for (old, new) in secrets {
            let changed = plan(["t.yaml": Self.taskDefinition.replacingOccurrences(of: old, with: new)], ["t.yaml": Self.taskDefinition])
            let field = try #require(changed.resource(.taskDefinition, "web")?.fields.first)
            #expect(field.change.isSensitive, "\(field.change.path)")
        }
        let label = plan(["t.yaml": Self.taskDefinition.replacingOccurrences(of: "image: envoy:1", with: "image: envoy:1\n    dockerLabels: {api-token: a}")],
                         ["t.yaml": Self.taskDefinition.replacingOccurrences(of: "image: envoy:1", with: "image: envoy:1\n    dockerLabels: {api-token: b}")])
        #expect(label.resource(.taskDefinition, "web")?.fields.first?.change.isSensitive == true)
    }

    @Test func aCreatedResourceHidesItsSecretsAndShowsTheRest() throws {
        let created = plan(["t.yaml": Self.taskDefinition], [:])
        let containers = try #require(created.resource(.taskDefinition, "web")?.fields.first { $0.change.path.description == "containerDefinitions" })
        #expect(containers.change.isSensitive)
        let shown = containers.change.redacted(try #require(containers.change.after)).rendered
        #expect(!shown.contains("hunter2"))
        #expect(shown.contains("{name: \"DB_PASSWORD\", value: \"(sensitive)\"}"), "\(shown)")
        #expect(shown.contains("image: \"web:1\""))
    }

    @Test(arguments: [
        ("desiredCount: 4", "desiredCount: 6", PlanAction.updateInPlace),
        ("subnets: [subnet-a]", "subnets: [subnet-b]", .rollingDeployment),
        ("launchType: FARGATE", "launchType: EC2", .replace),
        ("cluster: prod", "cluster: prod\nplatformVersion: 1.4.0", .rollingDeployment),
        ("cluster: prod", "cluster: prod\nhealthCheckGracePeriodSeconds: 60", .updateInPlace),
        ("cluster: prod", "cluster: prod\nschedulingStrategy: DAEMON", .replace),
        ("cluster: prod", "cluster: prod\ndeploymentController: {type: CODE_DEPLOY}", .updateInPlace),
    ])
    func serviceFieldsHaveTheirEffect(from: String, to: String, expected: PlanAction) {
        let result = plan(["s.yaml": Self.service.replacingOccurrences(of: from, with: to)], ["s.yaml": Self.service])
        #expect(result.resource(.service, "prod/web")?.action == expected)
    }

    @Test func codeDeployAndExternalServicesNeedTheirOwnDeployments() {
        for (controller, action) in [("CODE_DEPLOY", PlanAction.codeDeployDeployment), ("EXTERNAL", .taskSetDeployment)] {
            let current = Self.service + "\ndeploymentController: {type: \(controller)}"
            let desired = current.replacingOccurrences(of: "subnet-a", with: "subnet-b")
            let service = plan(["s.yaml": desired], ["s.yaml": current]).resource(.service, "prod/web")
            #expect(service?.action == action)
            #expect(service?.rollout == nil)
        }
    }

    @Test func replacingAServiceWarnsOfDowntime() {
        let service = plan(["s.yaml": Self.service.replacingOccurrences(of: "FARGATE", with: "EC2")], ["s.yaml": Self.service])
            .resource(.service, "prod/web")
        #expect(service?.action == .replace)
        #expect(service?.warnings.contains { $0.contains("downtime") } == true)
    }

    @Test func movingFromALaunchTypeToACapacityProviderIsADeployment() {
        let desired = Self.service.replacingOccurrences(
            of: "launchType: FARGATE", with: "capacityProviderStrategy: [{capacityProvider: FARGATE_SPOT, weight: 1}]")
        let service = plan(["s.yaml": desired], ["s.yaml": Self.service]).resource(.service, "prod/web")
        #expect(service?.action == .rollingDeployment)
    }

    @Test func aNewRevisionRollsTheServicesOfItsFamily() {
        let desired = ["t.yaml": Self.taskDefinition.replacingOccurrences(of: "web:1", with: "web:2"), "s.yaml": Self.service]
        let result = plan(desired, ["t.yaml": Self.taskDefinition, "s.yaml": Self.service])
        let service = result.resource(.service, "prod/web")
        #expect(service?.action == .rollingDeployment)
        #expect(service?.changedPaths == ["taskDefinition"])
        #expect(service?.rollout == Rollout(desiredCount: 4, minimumHealthyPercent: 100, maximumPercent: 200))
        #expect(result.resource(.taskDefinition, "web")?.reasons == ["service prod/web runs the family: it rolls to the new revision"])
    }

    @Test func aServicePinnedToARevisionKeepsRunningIt() {
        let pinned = Self.service.replacingOccurrences(of: "taskDefinition: web", with: "taskDefinition: web:7")
        let desired = ["t.yaml": Self.taskDefinition.replacingOccurrences(of: "web:1", with: "web:2"), "s.yaml": pinned]
        let result = plan(desired, ["t.yaml": Self.taskDefinition, "s.yaml": pinned])
        #expect(result.resource(.service, "prod/web")?.action == .noChange)
        #expect(result.resource(.taskDefinition, "web")?.reasons.first?.contains("pins web:7") == true)
    }

    @Test func desiredCountOwnedByAScalableTargetIsSkipped() {
        let target = """
            kind: ScalableTarget
            ServiceNamespace: ecs
            ResourceId: service/prod/web
            ScalableDimension: ecs:service:DesiredCount
            MinCapacity: 2
            MaxCapacity: 10
            """
        let unset = Self.service.replacingOccurrences(of: "desiredCount: 4\n", with: "")
        let result = plan(["s.yaml": unset, "a.yaml": target], ["s.yaml": Self.service, "a.yaml": target])
        let service = result.resource(.service, "prod/web")
        #expect(service?.action == .noChange)
        #expect(service?.skipped.map(\.path) == ["desiredCount"])
        #expect(service?.skipped.first?.reason == "managed by scalable target service/prod/web (ecs:service:DesiredCount)")
        let set = plan(["s.yaml": Self.service.replacingOccurrences(of: "desiredCount: 4", with: "desiredCount: 2"), "a.yaml": target],
                       ["s.yaml": Self.service, "a.yaml": target]).resource(.service, "prod/web")
        #expect(set?.action == .updateInPlace)
        #expect(set?.warnings.first?.contains("managed by scalable target") == true)
    }

    @Test func fieldsOwnedElsewhereAreNotCompared() {
        let options = PlanOptions(ownership: Ownership(ownedElsewhere: [Ownership.OwnedField("TaskDefinition:containerDefinitions[].image")!]))
        let web = plan(["t.yaml": Self.taskDefinition.replacingOccurrences(of: "web:1", with: "web:2")], ["t.yaml": Self.taskDefinition],
                       options: options).resource(.taskDefinition, "web")
        #expect(web?.action == .noChange)
        #expect(web?.skipped.map(\.path) == ["containerDefinitions[].image"])
    }

    @Test func placeholdersAreKnownAtDeployTimeOnly() {
        let web = plan(["t.yaml": Self.taskDefinition.replacingOccurrences(of: "web:1", with: "web:${TAG}")], ["t.yaml": Self.taskDefinition])
            .resource(.taskDefinition, "web")
        #expect(web?.action == .noChange)
        #expect(web?.skipped.map(\.path) == ["containerDefinitions[web].image"])
    }

    @Test func tagsOfADescribeWithoutTagsAreUnknown() {
        let described = """
            {"taskDefinition": {"family": "web", "revision": 3, "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"],
             "cpu": "256", "memory": "512",
             "containerDefinitions": [{"name": "web", "image": "web:1", "environment": [{"name": "A", "value": "1"},
               {"name": "DB_PASSWORD", "value": "hunter2"}]}, {"name": "sidecar", "image": "envoy:1"}]}}
            """
        let web = PlanFixtures.plan(desired: ["t.yaml": Self.taskDefinition], current: ["d.json": described], coversEveryKind: false)
            .resource(.taskDefinition, "web")
        #expect(web?.action == .noChange)
        #expect(web?.skipped.map(\.path) == ["tags"])
    }

    @Test func resourcesOnOneSideAreCreatedOrNotManaged() {
        let other = Self.service.replacingOccurrences(of: "serviceName: web", with: "serviceName: api")
        let current = ["s.yaml": other]
        let result = plan(["s.yaml": Self.service], current)
        #expect(result.actions == ["Service prod/web": .create, "Service prod/api": .notManaged])
        let pruned = plan(["s.yaml": Self.service], current, options: PlanOptions(prune: true))
        #expect(pruned.actions["Service prod/api"] == .delete)
    }

    @Test func kindsTheCurrentStateDoesNotDescribeAreNotCompared() {
        let result = PlanFixtures.plan(desired: ["s.yaml": Self.service, "t.yaml": Self.taskDefinition],
                                       current: ["t.yaml": Self.taskDefinition], coversEveryKind: false)
        #expect(result.actions == ["Service prod/web": .notCompared, "TaskDefinition web": .noChange])
    }

    @Test func aMissingServiceInDescribeOutputIsCreated() {
        let missing = #"{"services": [], "failures": [{"arn": "arn:aws:ecs:us-east-1:1:service/prod/web", "reason": "MISSING"}]}"#
        let result = PlanFixtures.plan(desired: ["s.yaml": Self.service], current: ["d.json": missing], coversEveryKind: false)
        #expect(result.actions == ["Service prod/web": .create])
    }

    @Test func statedValuesThatAreNoIntLeaveTheRolloutUnknown() {
        let moved = Self.service.replacingOccurrences(of: "subnet-a", with: "subnet-b")
        let percent = moved + "\ndeploymentConfiguration: {maximumPercent: \"${MAX_PERCENT}\"}"
        #expect(plan(["s.yaml": percent], ["s.yaml": Self.service]).resource(.service, "prod/web")?.rollout == nil)
        let count = moved.replacingOccurrences(of: "desiredCount: 4", with: "desiredCount: \"${COUNT}\"")
        let rollout = plan(["s.yaml": count], ["s.yaml": Self.service]).resource(.service, "prod/web")?.rollout
        #expect(rollout == Rollout(desiredCount: nil, minimumHealthyPercent: 100, maximumPercent: 200))
        let unset = moved.replacingOccurrences(of: "desiredCount: 4\n", with: "")
        #expect(plan(["s.yaml": unset], ["s.yaml": Self.service]).resource(.service, "prod/web")?.rollout?.desiredCount == 4)
    }

    @Test func noRevisionFollowsIntMax() {
        let described = #"{"taskDefinition": {"family": "web", "revision": 9223372036854775807, "containerDefinitions": [{"name": "web", "image": "web:1"}]}}"#
        let running = Self.service.replacingOccurrences(of: "taskDefinition: web", with: "taskDefinition: arn:aws:ecs:us-east-1:1:task-definition/web:9223372036854775807")
        let desired = ["t.yaml": "kind: TaskDefinition\nfamily: web\ncontainerDefinitions: [{name: web, image: web:2}]", "s.yaml": Self.service]
        let result = PlanFixtures.plan(desired: desired, current: ["t.json": described, "s.yaml": running], coversEveryKind: false)
        let web = result.resource(.taskDefinition, "web")
        #expect(web?.action == .newRevision)
        #expect(web?.revision == RevisionChange(family: "web", current: Int.max))
        #expect(web?.revision?.next == nil)
        #expect(web?.effect == "RegisterTaskDefinition cannot register a new revision: no revision number follows web:9223372036854775807")
        #expect(result.resource(.service, "prod/web")?.fields.first?.change.after == .string("web (new revision)"))
    }

    @Test("a revision that is not a positive Int is unknown", arguments: ["0", "-3", "18446744073709551616", "4.5", "1e400", "\"x\""])
    func revisionsThatAreNoRevision(_ revision: String) {
        let described = #"{"taskDefinition": {"family": "web", "revision": \#(revision), "containerDefinitions": [{"name": "web", "image": "web:1"}]}}"#
        let desired = ["t.yaml": "kind: TaskDefinition\nfamily: web\ncontainerDefinitions: [{name: web, image: web:2}]"]
        let web = PlanFixtures.plan(desired: desired, current: ["t.json": described], coversEveryKind: false).resource(.taskDefinition, "web")
        #expect(web?.revision == RevisionChange(family: "web", current: nil))
        #expect(web?.effect == "RegisterTaskDefinition registers a new revision of web; services pick it up when they are updated to it")
    }

    @Test func aFamilyReferenceFollowsTheLatestRevision() {
        func described(_ revision: Int) -> String {
            #"{"taskDefinition": {"family": "web", "revision": \#(revision), "containerDefinitions": [{"name": "web", "image": "web:1"}]}}"#
        }
        let running = Self.service.replacingOccurrences(of: "taskDefinition: web", with: "taskDefinition: arn:aws:ecs:us-east-1:1:task-definition/web:40")
        let desired = ["t.yaml": "kind: TaskDefinition\nfamily: web\ncontainerDefinitions: [{name: web, image: web:1}]", "s.yaml": Self.service]
        let behind = PlanFixtures.plan(desired: desired, current: ["t.json": described(41), "s.yaml": running], coversEveryKind: false)
        #expect(behind.resource(.service, "prod/web")?.action == .rollingDeployment)
        #expect(behind.resource(.service, "prod/web")?.fields.first?.change.after == .string("web:41"))
        let current = PlanFixtures.plan(desired: desired, current: ["t.json": described(40), "s.yaml": running], coversEveryKind: false)
        #expect(current.resource(.service, "prod/web")?.action == .noChange)
    }
}
