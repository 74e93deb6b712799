import BerthLint
import BerthRules
import Testing

/// Numbers at the edges of what a YAML integer or float holds, in the rules that compute with them. Each
/// trapped or gave an untrue finding before its fix; now each gets a finding that says something true, or none.
@Suite("rule arithmetic")
struct RuleArithmeticTests {
    private func diagnostics(_ text: String) -> [Diagnostic] {
        Linter(ruleSet: .builtin).lint([LintInput(path: "p.yaml", isExplicit: true, bytes: Array(text.utf8))]).diagnostics
    }

    private func messages(_ text: String, rule: String) -> [String] {
        diagnostics(text).filter { $0.ruleID == rule }.map(\.message)
    }

    private static func appRunner(memory: String) -> String {
        """
        kind: AppRunnerService
        ServiceName: web
        SourceConfiguration:
          ImageRepository: {ImageIdentifier: public.ecr.aws/nginx/nginx:1.27, ImageRepositoryType: ECR_PUBLIC}
        InstanceConfiguration: {Cpu: 1 vCPU, Memory: \(memory)}
        """
    }

    @Test("an App Runner memory past Int.max is named as written in floating point")
    func appRunnerHugeMemory() {
        #expect(messages(Self.appRunner(memory: "99999999999999999999 GB"), rule: "APR101")
            == ["1 vCPU takes 2, 3 or 4 GB of memory, not 1e+20 GB"])
    }

    @Test("an App Runner memory that is not a finite number is left to the shape check", arguments: ["1e400 GB", "-1e400 GB", "nan GB"])
    func appRunnerNonFiniteMemory(memory: String) {
        let found = diagnostics(Self.appRunner(memory: memory))
        #expect(!found.contains { $0.ruleID == "APR101" })
        #expect(found.contains { $0.ruleID.hasPrefix("SPEC") && $0.message.contains("Memory") })
    }

    @Test("a log retention at either end of Int gets the nearest period", arguments: [
        ("-9223372036854775808", "1"), ("9223372036854775807", "3653"), ("-1", "1"),
    ])
    func logRetentionExtremes(days: String, nearest: String) {
        let text = """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: {name: prod, region: us-east-1}
        cloudWatch: {clusterLogging: {enableTypes: [api], logRetentionInDays: \(days)}}
        """
        #expect(messages(text, rule: "EKS106") == ["CloudWatch Logs keeps logs for set periods only, not \(days) days; the nearest is \(nearest)"])
    }

    @Test("negative container cpu and memory are not summed", arguments: ["cpu", "memory"])
    func negativeContainerResources(field: String) {
        let text = """
        kind: TaskDefinition
        family: web
        cpu: "256"
        memory: "512"
        containerDefinitions:
          - {name: a, image: "nginx:1.27", memory: 128, \(field): -9223372036854775808}
          - {name: b, image: "nginx:1.27", memory: 128, \(field): -9223372036854775808}
        """
        #expect(messages(text, rule: "ECS109").isEmpty)
    }
}
