import BerthTestSupport
import Foundation
import Testing

/// Two containers with the image tag latest (ECS124, warning) and privileged (ECS127, warning); the second
/// container's ECS127 is silenced by a comment.
private let taskDefinition = """
kind: TaskDefinition
family: web
requiresCompatibilities: [EC2]
taskRoleArn: arn:aws:iam::123456789012:role/web
containerDefinitions:
  - {name: a, image: "nginx:latest", memory: 256, privileged: true}
  # berth:disable-next-line ECS127 -- the log agent reads the host's journal
  - {name: b, image: "nginx:latest", memory: 256, privileged: true}

"""

/// A Fargate task size that does not exist: an error (ECS104).
private let brokenTask = """
kind: TaskDefinition
family: broken
requiresCompatibilities: [FARGATE]
networkMode: awsvpc
cpu: "1024"
memory: "1024"
taskRoleArn: arn:aws:iam::123456789012:role/broken
containerDefinitions: [{name: app, image: "nginx:1.27"}]

"""

/// `ECS124@7 ECS127@6` style summaries of text output: rule ids with lines.
private func findings(_ output: String) -> [String] {
    output.split(separator: "\n").compactMap { line in
        guard let match = line.firstMatch(of: #/^[^ ]+\.yaml:([0-9]+):[0-9]+: (error|warning|info): .* \[([A-Z]+[0-9]+) /#) else { return nil }
        return "\(match.output.3)@\(match.output.1):\(match.output.2)"
    }
}

@Suite("berth lint in the developer's day, end to end")
struct LintWorkflowTests {
    @Test("precedence: built-in defaults < .berth.yaml < # berth: comments < the command line")
    func precedence() throws {
        let workspace = try Workspace()
        try workspace.write("web.yaml", taskDefinition)
        try workspace.write(".berth.yaml", "ignore: [ECS124]\nseverity: {ECS127: error}\n")

        let defaults = try workspace.berth(["lint", "--no-config", "--color", "never"])
        #expect(findings(defaults.stdout) == ["ECS124@6:warning", "ECS127@6:warning", "ECS124@8:warning"])
        #expect(defaults.status == 0)

        let configured = try workspace.berth(["lint", "--color", "never"])
        #expect(findings(configured.stdout) == ["ECS127@6:error"])
        #expect(configured.status == 1)

        let withoutComments = try workspace.berth(["lint", "--no-suppressions", "--color", "never"])
        #expect(findings(withoutComments.stdout) == ["ECS127@6:error", "ECS127@8:error"])

        let commandLine = try workspace.berth(["lint", "--select", "ECS124,ECS127", "--severity", "ECS127=info", "--color", "never"])
        #expect(findings(commandLine.stdout) == ["ECS124@6:warning", "ECS127@6:info", "ECS124@8:warning"])
        #expect(commandLine.status == 0)
    }

    @Test("the configuration is found from a subfolder, and an invalid one is exit 2 with file:line:col")
    func configurationDiscovery() throws {
        let workspace = try Workspace()
        try workspace.write("deploy/web.yaml", taskDefinition)
        try workspace.write(".berth.yaml", "ignore: [ECS1]\n")
        let nested = try workspace.berth(["lint", "--color", "never"], in: "deploy")
        #expect(nested.stdout == "no problems in 1 file\n", "\(nested.stdout)")

        try workspace.write(".berth.yaml", "ignore: [ECS1]\nselct: [ECS]\nfail-on: eror\n")
        let invalid = try workspace.berth(["lint"], in: "deploy")
        #expect(invalid.status == 2)
        #expect(invalid.stderr.contains("../.berth.yaml:2:1: error: unknown setting 'selct'; did you mean 'select'?"), "\(invalid.stderr)")
        #expect(invalid.stderr.contains("../.berth.yaml:3:10: error: fail-on is one of error, warning, info; did you mean 'error'?"))

        let missing = try workspace.berth(["lint", "--config", "missing.yaml"])
        #expect(missing.status == 2 && missing.stderr.hasPrefix("missing.yaml: error: no such file or directory\n"), "\(missing.stderr)")
        let badRegion = try workspace.berth(["lint", "--region", "Narnia"])
        #expect(badRegion.status == 64 && badRegion.stderr.contains("--region 'Narnia' is not an AWS Region code"))
    }

    @Test("fail-on in the configuration, and --strict over it")
    func failureLevel() throws {
        let workspace = try Workspace()
        try workspace.write("web.yaml", taskDefinition)
        try workspace.write(".berth.yaml", "fail-on: warning\n")
        #expect(try workspace.berth(["lint"]).status == 1)
        try workspace.write(".berth.yaml", "fail-on: error\nignore: [ECS127]\n")
        #expect(try workspace.berth(["lint"]).status == 0)
        #expect(try workspace.berth(["lint", "--strict"]).status == 1)
    }

    @Test("include, exclude and per-path ignores are relative to the configuration")
    func paths() throws {
        let workspace = try Workspace()
        try workspace.write("deploy/web.yaml", taskDefinition)
        try workspace.write("deploy/legacy/broken.yaml", brokenTask)
        try workspace.write("other/broken.yaml", brokenTask)
        try workspace.write(".berth.yaml", "include: [deploy/]\nexclude: [legacy/]\nper-path-ignores: {\"deploy/*.yaml\": [ECS124]}\n")
        let run = try workspace.berth(["lint", "--color", "never"])
        #expect(findings(run.stdout) == ["ECS127@6:warning"], "\(run.stdout)")
        #expect(run.stdout.hasSuffix("in 1 file\n"))
    }

    @Test("--output writes the report to a file; --also-text keeps the text on the terminal")
    func output() throws {
        let workspace = try Workspace()
        try workspace.write("broken.yaml", brokenTask)
        let quiet = try workspace.berth(["lint", "--format", "sarif", "--output", "berth.sarif"])
        #expect(quiet.status == 1)
        #expect(quiet.stdout.isEmpty)
        let sarif = try workspace.read("berth.sarif")
        #expect(try SchemaCheck.sarifErrors(sarif).isEmpty)
        #expect(sarif.contains("\"ruleId\": \"ECS104\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.url.path).sorted() == ["berth.sarif", "broken.yaml"])

        let both = try workspace.berth(["lint", "--format", "junit", "--output", "report.xml", "--also-text", "--color", "never"])
        #expect(findings(both.stdout) == ["ECS104@6:error"])
        #expect(try workspace.read("report.xml").contains("<failure message="))

        let unwritable = try workspace.berth(["lint", "--format", "json", "--output", "no/such/folder/report.json"])
        #expect(unwritable.status == 2 && unwritable.stderr.contains("cannot write no/such/folder/report.json"))
    }

    @Test("CI formats name files from the repository root when berth runs in a subfolder")
    func repositoryPaths() throws {
        let workspace = try Workspace()
        try workspace.write(".git/HEAD", "ref: refs/heads/main\n")
        try workspace.write("deploy/broken.yaml", brokenTask)
        let github = try workspace.berth(["lint", "--format", "github"], in: "deploy")
        #expect(github.stdout.hasPrefix("::error file=deploy/broken.yaml,line=6,col=9,endLine=6,endColumn=15,title=ECS104 fargate-task-size::"), "\(github.stdout)")
        let gitlab = try workspace.berth(["lint", "--format", "gitlab"], in: "deploy")
        #expect(gitlab.stdout.contains("\"path\": \"deploy/broken.yaml\""))
    }

    @Test("a baseline keeps known findings quiet through edits that move lines, and lets new ones through")
    func baseline() throws {
        let workspace = try Workspace()
        try workspace.write("tasks/broken.yaml", brokenTask)
        try workspace.write("tasks/web.yaml", taskDefinition)
        let written = try workspace.berth(["lint", "--write-baseline", "berth-baseline.json"])
        #expect(written.status == 0)
        #expect(written.stderr.contains("recorded 4 findings in berth-baseline.json"))
        #expect(try workspace.read("berth-baseline.json").contains("\"subject\": \"TaskDefinition broken: memory\""))

        // Move every line: comments on top, keys reordered, containers swapped.
        try workspace.write("tasks/broken.yaml", "# owned by the batch team\n\n" + brokenTask.split(separator: "\n").reversed().joined(separator: "\n") + "\n")
        try workspace.write("tasks/web.yaml", taskDefinition.replacingOccurrences(of: "family: web\n", with: "") + "family: web\n")
        let moved = try workspace.berth(["lint", "--baseline", "berth-baseline.json", "--color", "never"])
        #expect(moved.status == 0, "\(moved.stdout)")
        #expect(moved.stdout == "no problems in 3 files (baseline: 4 known, 0 new, 0 fixed)\n", "\(moved.stdout)")

        try workspace.write("tasks/other.yaml", brokenTask.replacingOccurrences(of: "family: broken", with: "family: other"))
        try workspace.write("tasks/web.yaml", taskDefinition.replacingOccurrences(of: "\"nginx:latest\", memory: 256, privileged: true}\n  #", with: "\"nginx:1.27\", memory: 256, privileged: true}\n  #"))
        let changed = try workspace.berth(["lint", "--baseline", "berth-baseline.json", "--color", "never"])
        #expect(changed.status == 1)
        #expect(findings(changed.stdout) == ["ECS104@6:error"])
        #expect(changed.stdout.hasSuffix("(baseline: 3 known, 1 new, 1 fixed)\n"), "\(changed.stdout)")

        try workspace.write("not-a-baseline.json", "{\"version\": 2}")
        let invalid = try workspace.berth(["lint", "--baseline", "not-a-baseline.json"])
        #expect(invalid.status == 2 && invalid.stderr.contains("is not a berth baseline"))
    }

    @Test("--project: a file alone resolves its references from the project, and only its findings count")
    func projectContext() throws {
        let workspace = try Workspace()
        try workspace.write("cluster.yaml", "kind: Cluster\nclusterName: prod\nsettings: [{name: containerInsights, value: enabled}]\n")
        // Registered for EC2 only, with an image tagged latest (a warning in this file).
        try workspace.write("web/task.yaml", taskDefinition)
        try workspace.write("web/service.yaml", """
            kind: Service
            cluster: prod
            serviceName: web
            taskDefinition: web
            launchType: FARGATE
            networkConfiguration: {awsvpcConfiguration: {subnets: [subnet-1]}}
            deploymentConfiguration: {deploymentCircuitBreaker: {enable: true, rollback: true}}
            """)
        try workspace.write(".github/workflows/ci.yaml", "on: push\n")
        let alone = try workspace.berth(["lint", "web/service.yaml", "--color", "never"])
        #expect(alone.status == 0 && !alone.stdout.contains("ECS203"), "alone, the service's task definition is unknown")
        let hook = try workspace.berth(["lint", "--project", ".", "web/service.yaml", ".github/workflows/ci.yaml", "--color", "never"])
        #expect(hook.status == 1)
        #expect(findings(hook.stdout) == ["ECS203@5:error"], "\(hook.stdout)")
        #expect(hook.stdout.hasSuffix("in 4 files\n"), "the project's files and the workflow are read; the workflow is skipped silently")
    }

    @Test("berth init writes a starter configuration that berth accepts, and the pre-commit configuration")
    func initialise() throws {
        let workspace = try Workspace()
        let first = try workspace.berth(["init", "--pre-commit"])
        #expect(first.status == 0)
        #expect(workspace.exists(".berth.yaml") && workspace.exists(".pre-commit-config.yaml"))
        try workspace.write("web.yaml", taskDefinition)
        let lint = try workspace.berth(["lint", "--color", "never"])
        #expect(findings(lint.stdout) == ["ECS124@6:warning", "ECS127@6:warning", "ECS124@8:warning"], "\(lint.stdout)\(lint.stderr)")
        #expect(try workspace.read(".pre-commit-config.yaml").contains("    hooks:\n      - id: berth\n"))

        let again = try workspace.berth(["init", "--pre-commit"])
        #expect(again.status == 1 && again.stderr.contains(".berth.yaml exists"))
        let forced = try workspace.berth(["init", "--pre-commit", "--force"])
        #expect(forced.status == 0 && forced.stdout.contains(".pre-commit-config.yaml exists; add this to its repos:"))
    }
}
