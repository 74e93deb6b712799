import BerthTestSupport
import Foundation
import Testing

/// Secrets never leave berth: not in lint snippets or messages of any format, not in plan output or the lint
/// warnings plan prints on stderr, whatever the variable is called.
@Suite("secrets, end to end")
struct SecretRedactionTests {
    /// Secrets under neutral names and in other places than environment, each with a distinct value.
    private static func spec(_ version: String) -> String {
        """
        kind: TaskDefinition
        family: app
        requiresCompatibilities: [EC2]
        taskRoleArn: arn:aws:iam::123456789012:role/app
        containerDefinitions:
          - name: app
            image: app:1
            memory: 512
            command: [app, "--password=cmdpass\(version)", --token, cmdtoken\(version)]
            dockerLabels: {com.acme.api-token: labeltoken\(version)}
            logConfiguration: {logDriver: "ghp_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG\(version)"}
            environment:
              - {name: UPSTREAM, value: AKIAIOSFODNN7EXAMPL\(version)}
              - {name: DATABASE_URL, value: "postgres://api:dbpass\(version)@db.internal:5432/api"}
              - {name: BILLING, value: sk_live_4eC39HqLyjWDarjtT1zdp7d\(version)}
              - {name: credentials, value: creds\(version)}
              - {name: LOG_LEVEL, value: info\(version)}
        """
    }

    private static func secrets(_ version: String) -> [String] {
        ["cmdpass", "cmdtoken", "labeltoken", "ghp_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG", "AKIAIOSFODNN7EXAMPL", "dbpass",
         "sk_live_4eC39HqLyjWDarjtT1zdp7d", "creds"].map { $0 + version }
    }

    @Test("lint masks secrets in every format's snippets and messages, and keeps the key and the place")
    func lint() throws {
        let workspace = try Workspace()
        try workspace.write("app.yaml", Self.spec("1"))
        let path = workspace.url.appendingPathComponent("app.yaml").path
        for format in ["text", "json", "sarif", "github", "junit", "gitlab"] {
            let run = try BerthBinary.run(["lint", path, "--format", format, "--color", "never"])
            #expect(run.status == 1, "\(format): \(run.stderr)")
            for secret in Self.secrets("1") { #expect(!run.stdout.contains(secret), "\(format) prints \(secret)") }
        }
        let text = try BerthBinary.run(["lint", path, "--color", "never"]).stdout
        #expect(text.contains("environment variable 'UPSTREAM' of container 'app' in task definition 'app' holds an AWS access key ID in plain text"))
        #expect(text.contains(" 13 |       - {name: UPSTREAM, value: ****}\n    |                                 ^~~~\n"), "\(text)")
        #expect(text.contains(" 14 |       - {name: DATABASE_URL, value: \"postgres://api:****@db.internal:5432/api\"}\n"))
        #expect(text.contains("'****' is not a valid logDriver"))
        #expect(text.contains("command: [app, \"--password=****\", --token, ****]"))
    }

    @Test("plan hides secret values in every format and in the lint warnings on stderr, unless revealed")
    func plan() throws {
        let repository = try TemporaryRepository()
        defer { repository.remove() }
        // The log driver stays valid here: plan stops on errors.
        let spec = { (version: String) in Self.spec(version).replacingOccurrences(of: "logDriver: \"ghp_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG\(version)\"", with: "logDriver: awslogs, options: {awslogs-group: app, awslogs-region: us-east-1, awslogs-stream-prefix: app}") }
        try repository.write("app.yaml", spec("1"))
        try repository.commit("first")
        try repository.write("app.yaml", spec("2"))
        // A task definition the plan creates shows its fields whole: its secrets must not come with them.
        try repository.write("new.yaml", spec("3").replacingOccurrences(of: "family: app", with: "family: new"))
        let secrets = (Self.secrets("1") + Self.secrets("2") + Self.secrets("3")).filter { !$0.hasPrefix("ghp_") }
        for format in ["text", "json", "markdown"] {
            let run = try BerthBinary.run(["plan", "--format", format, "--color", "never"], in: repository.url)
            #expect(run.status == 0, "\(format): \(run.stderr)")
            for secret in secrets {
                #expect(!run.stdout.contains(secret), "\(format) prints \(secret)")
                #expect(!run.stderr.contains(secret), "\(format) prints \(secret) on stderr")
            }
            #expect(run.stdout.contains("info2"), "\(run.stdout)")
        }
        let text = try BerthBinary.run(["plan", "--color", "never"], in: repository.url).stdout
        #expect(text.contains("environment[UPSTREAM].value: (sensitive, changed)"), "\(text)")
        #expect(text.contains("dockerLabels.com.acme.api-token: (sensitive, changed)"))
        #expect(text.contains("containerDefinitions[app].command: (sensitive, changed)"))
        #expect(text.contains("\"--password=****\", \"--token\", \"(sensitive)\""), "\(text)")
        let shown = try BerthBinary.run(["plan", "--color", "never", "--show-sensitive"], in: repository.url).stdout
        #expect(shown.contains("\"AKIAIOSFODNN7EXAMPL1\" → \"AKIAIOSFODNN7EXAMPL2\""), "\(shown)")
        let markdown = try BerthBinary.run(["plan", "--format", "markdown", "--show-sensitive"], in: repository.url).stdout
        for secret in secrets { #expect(!markdown.contains(secret), "markdown prints \(secret)") }
    }
}
