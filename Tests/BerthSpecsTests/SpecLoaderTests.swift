import BerthSpecs
import BerthYAML
import Testing

private func load(_ text: String, path: String = "spec.yaml", explicit: Bool = true) -> SpecFile {
    SpecLoader().load(path: path, bytes: Array(text.utf8), isExplicit: explicit)
}

@Suite("documents and shapes")
struct SpecLoaderTests {
    @Test("berth kinds are read from `kind`")
    func kinds() {
        let file = load("kind: Cluster\nclusterName: prod\n---\nkind: CapacityProvider\nname: workers\nautoScalingGroupProvider: {autoScalingGroupArn: asg}\n")
        #expect(file.resources.map(\.kind) == [.cluster, .capacityProvider])
        #expect(file.resources.map(\.form) == [.spec, .spec])
        #expect(file.problems.isEmpty)
        #expect(file.isSpec)
    }

    @Test("a RegisterTaskDefinition input without kind is a task definition")
    func taskDefinitionJSON() {
        let file = load(#"{"family": "web", "containerDefinitions": [{"name": "web", "image": "nginx"}]}"#, path: "task-definition.json")
        #expect(file.resources.first?.kind == .taskDefinition)
        #expect(file.resources.first?.form == .request)
        #expect(file.problems.isEmpty)
    }

    @Test("describe-task-definition output is a described task definition; server fields are not unknown")
    func describedTaskDefinition() {
        let text = """
        {"taskDefinition": {"taskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/web:3",
          "family": "web", "revision": 3, "status": "ACTIVE", "compatibilities": ["EC2", "FARGATE"],
          "requiresAttributes": [{"name": "com.amazonaws.ecs.capability.logging-driver.awslogs"}],
          "registeredAt": "2026-01-05T10:00:00.000Z",
          "containerDefinitions": [{"name": "web", "image": "nginx", "cpu": 0, "essential": true, "mountPoints": []}]},
         "tags": [{"key": "team", "value": "web"}]}
        """
        let file = load(text, path: "web.json")
        #expect(file.resources.map(\.form) == [.described])
        #expect(file.resources.first?.name == "web")
        #expect(file.problems.isEmpty, "\(file.problems.map(\.message))")
    }

    @Test("describe-services output gives one resource per service")
    func describedServices() {
        let text = """
        {"services": [{"serviceArn": "arn:aws:ecs:us-east-1:123456789012:service/prod/web", "serviceName": "web",
                       "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/prod", "desiredCount": 2, "runningCount": 2,
                       "status": "ACTIVE", "launchType": "FARGATE"},
                      {"serviceName": "api", "desiredCount": 1}],
         "failures": []}
        """
        let file = load(text, path: "services.json")
        #expect(file.resources.map(\.name) == ["web", "api"])
        #expect(file.resources.map(\.indexInDocument) == [0, 1])
        #expect(file.problems.isEmpty, "\(file.problems.map(\.message))")
    }

    @Test("an ecspresso service definition without serviceName is a CreateService input")
    func serviceWithoutName() {
        let file = load(#"{"desiredCount": 2, "launchType": "FARGATE", "taskDefinition": "web"}"#, path: "ecs-service-def.json")
        #expect(file.resources.first?.kind == .service)
        // Its name comes from ecspresso's config.yaml, so the missing serviceName is not a problem.
        #expect(file.problems.isEmpty)
    }

    @Test("circuit-breaker fields that AWS documents but botocore 1.43.11 lacks are accepted and validated")
    func overlay() {
        let valid = load("kind: Service\nserviceName: web\ndeploymentConfiguration:\n  deploymentCircuitBreaker: {enable: true, rollback: true, resetOnHealthyTask: false, thresholdConfiguration: {type: COUNT, value: 5}}\n")
        #expect(valid.problems.isEmpty)
        let invalid = load("kind: Service\nserviceName: web\ndeploymentConfiguration:\n  deploymentCircuitBreaker: {enable: true, rollback: true, thresholdConfiguration: {type: PERCENT, value: 5}}\n")
        #expect(invalid.problems.map(\.code) == [.invalidEnumValue])
    }

    @Test("tags in describe-form task-definition.json are accepted (the deploy actions register them)")
    func describedTags() {
        let file = load(#"{"taskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/web:3", "family": "web", "revision": 3, "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 256}], "tags": [{"key": "team", "value": "web"}]}"#, path: "task-definition.json")
        #expect(file.resources.first?.form == .described)
        #expect(file.problems.isEmpty)
    }

    @Test("files that are not specs: skipped when walked, a note when named", arguments: [
        "services:\n  web:\n    image: nginx\n",
        "name: CI\non:\n  push: {}\n",
        "- just\n- a list\n",
        "{\"name\": \"package\", \"version\": \"1.0.0\"}",
    ])
    func notSpecs(text: String) {
        let walked = load(text, explicit: false)
        #expect(!walked.isSpec)
        #expect(walked.problems.isEmpty)
        #expect(walked.yamlProblems.isEmpty)
        let named = load(text, explicit: true)
        #expect(named.problems.map(\.code) == [.notASpec])
    }

    @Test("an empty file named explicitly is reported, found by walking it is not")
    func emptyFile() {
        #expect(load("", explicit: true).problems.first?.message == "file is empty: there is nothing to lint")
        #expect(load("", explicit: false).problems.isEmpty)
    }

    @Test("eksctl and the Kubernetes kinds berth checks are read by apiVersion; other Kubernetes objects are skipped")
    func foreign() throws {
        let text = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: prod, region: us-east-1}
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: settings}
        ---
        apiVersion: apps/v1beta1
        kind: Deployment
        metadata: {name: old}
        ---
        apiVersion: storage.k8s.io/v1
        kind: StorageClass
        metadata: {name: gp3}
        provisioner: ebs.csi.aws.com
        """
        let file = load(text, explicit: false)
        #expect(file.resources.map(\.kind) == [.clusterConfig, .storageClass])
        #expect(file.resources.map(\.name) == ["prod", "gp3"])
        #expect(file.problems.isEmpty)
        let missing = try #require(load("kind: StorageClass\nprovisioner: ebs.csi.aws.com\n").problems.first)
        #expect(missing.message == "'StorageClass' is a Kubernetes kind: berth reads it with its own 'apiVersion: storage.k8s.io/v1'")
    }

    @Test("a ClusterConfig is validated against eksctl's schema, every problem at once")
    func clusterConfigShape() {
        let text = "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: {name: prod}\nmanagedNodeGroups: [{name: a, instanceTyp: m7g.large}]\n"
        let problems = load(text).problems
        #expect(problems.map(\.code) == [.missingRequiredField, .unknownField])
        #expect(problems.last?.message == "unknown field 'instanceTyp' in ManagedNodeGroup; did you mean 'instanceType'?")
    }

    @Test("an unknown kind suggests the nearest")
    func unknownKind() throws {
        let problem = try #require(load("kind: service\nserviceName: web\n").problems.first)
        #expect(problem.code == .unknownKind)
        #expect(problem.message == "unknown kind 'service'; did you mean 'Service'?")
        #expect(problem.range.start == SourcePosition(line: 1, column: 7, offset: 6))
    }
}
