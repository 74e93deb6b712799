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
}
