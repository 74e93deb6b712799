import BerthTestSupport
import Foundation
import Testing

/// The built binary planning real files: the README's plan, a git repository with two commits, exit codes.
@Suite("berth plan, end to end")
struct PlanCommandTests {
    private static let samples = ["plan", "samples/ecs", "--current", "samples/current"]

    @Test("the README's plan: one new revision rolling a service, one in-place change, one replacement")
    func samplesText() throws {
        let run = try BerthBinary.run(Self.samples + ["--color", "never", "--detailed-exitcode"])
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stdout.contains("Plan: 1 new revision, 1 rolling deployment (prod/web: 4 → at most 8 tasks), 1 in-place update, 1 replacement."))
        #expect(Golden.mismatch(run.stdout, file: "plan-samples.txt") == nil, "\(Golden.mismatch(run.stdout, file: "plan-samples.txt") ?? "")")
    }

    @Test("JSON and markdown plans match their golden files")
    func samplesJSONAndMarkdown() throws {
        let json = try BerthBinary.run(Self.samples + ["--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        #expect(Golden.mismatch(json.stdout, file: "plan-samples.json") == nil, "\(Golden.mismatch(json.stdout, file: "plan-samples.json") ?? "")")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(document["version"] as? Int == 1)
        let markdown = try BerthBinary.run(Self.samples + ["--format", "markdown"])
        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(Golden.mismatch(markdown.stdout, file: "plan-samples.md") == nil, "\(Golden.mismatch(markdown.stdout, file: "plan-samples.md") ?? "")")
    }

    @Test("--against reads the specs at a revision; the default is HEAD; --detailed-exitcode says whether anything changes")
    func againstGitRevisions() throws {
        let repository = try TemporaryRepository()
        defer { repository.remove() }
        try repository.copy("samples/ecs", to: "infra")
        try repository.commit("first")
        try repository.edit("infra/web/task-definition.yaml") { $0.replacingOccurrences(of: "web:1.4.2", with: "web:1.5.0") }
        try repository.edit("infra/worker/service.yaml") { $0.replacingOccurrences(of: "desiredCount: 3", with: "desiredCount: 5") }
        try repository.commit("second")

        let clean = try BerthBinary.run(["plan", "infra", "--detailed-exitcode", "--color", "never"], in: repository.url)
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
        #expect(clean.stdout.hasPrefix("berth plan: infra against git HEAD\n"))
        #expect(clean.stdout.hasSuffix("No changes.\n"))

        let previous = try BerthBinary.run(["plan", "infra", "--against", "HEAD~1", "--detailed-exitcode", "--color", "never"], in: repository.url)
        #expect(previous.status == 2, "\(previous.stderr)")
        #expect(previous.stdout.contains("± task definition web — new revision"))
        #expect(previous.stdout.contains("⟳ service prod/web — rolling deployment"))
        #expect(previous.stdout.contains("~ service prod/worker — update in place"))
        #expect(previous.stdout.contains("desiredCount: 3 → 5"))
        #expect(previous.stdout.hasSuffix("Plan: 1 new revision, 1 rolling deployment (prod/web: 4 → at most 8 tasks), 1 in-place update, 0 replacements.\n"))

        try FileManager.default.removeItem(at: repository.url.appendingPathComponent("infra/reports"))
        let removed = try BerthBinary.run(["plan", "infra", "--color", "never", "--prune"], in: repository.url)
        #expect(removed.stdout.contains("- task definition reports — delete"), "\(removed.stdout)")
    }

    @Test(".berth.yaml: excluded files are planned on neither side, and plan.owned-elsewhere fields are not compared")
    func configuration() throws {
        let repository = try TemporaryRepository()
        defer { repository.remove() }
        try repository.copy("samples/ecs", to: "infra")
        try repository.commit("first")
        try repository.edit("infra/web/task-definition.yaml") { $0.replacingOccurrences(of: "web:1.4.2", with: "web:1.5.0") }
        try FileManager.default.removeItem(at: repository.url.appendingPathComponent("infra/reports"))
        try repository.write(".berth.yaml", "exclude: [infra/reports/]\nplan:\n  owned-elsewhere: [\"TaskDefinition:containerDefinitions[].image\"]\n")
        let run = try BerthBinary.run(["plan", "infra", "--prune", "--detailed-exitcode", "--color", "never"], in: repository.url)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(!run.stdout.contains("reports"), "\(run.stdout)")
        #expect(run.stdout.hasSuffix("No changes.\n"))

        try repository.write(".berth.yaml", "plan:\n  owned-elsewhere: [\"Taskdef:image\"]\n")
        let invalid = try BerthBinary.run(["plan", "infra"], in: repository.url)
        #expect(invalid.status == 1)
        #expect(invalid.stderr.contains(".berth.yaml:2:21: error: 'Taskdef:image' is not a field path"), "\(invalid.stderr)")
    }

    @Test("specs with errors stop the plan with exit 1; a bad option combination is a usage error")
    func errorsAndUsage() throws {
        let broken = try BerthBinary.run(["plan", "samples/broken/fargate-task.yaml", "--current", "samples/current"])
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("fix them before planning"))
        let both = try BerthBinary.run(["plan", "--against", "HEAD", "--current", "samples/current"])
        #expect(both.status == 64)
        let outside = try BerthBinary.run(["plan", PackageRoot.path("samples/ecs")], in: FileManager.default.temporaryDirectory)
        #expect(outside.status == 1)
        #expect(outside.stderr.contains("not inside a git repository"))
    }

    @Test("numbers too large for the task arithmetic and revision Int.max are stated, not a crash")
    func hugeNumbers() throws {
        let folder = try TemporaryRepository()
        defer { folder.remove() }
        try folder.copy("samples/ecs", to: "infra")
        try folder.copy("samples/current", to: "current")
        try folder.edit("infra/web/service.yaml") { $0.replacingOccurrences(of: "desiredCount: 4", with: "desiredCount: 100000000000000000") }
        try folder.edit("current/web-task-definition.json") {
            $0.replacingOccurrences(of: "\"revision\": 41", with: "\"revision\": 9223372036854775807")
        }
        let run = try BerthBinary.run(["plan", "infra", "--current", "current", "--color", "never"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("rollout: 100000000000000000 tasks: at least 100 % healthy, at most 200 % running; task bounds too large to compute"),
                "\(run.stdout)")
        #expect(run.stdout.contains("RegisterTaskDefinition cannot register a new revision: no revision number follows web:9223372036854775807"))
        let json = try BerthBinary.run(["plan", "infra", "--current", "current", "--format", "json"], in: folder.url)
        #expect(json.status == 0, "\(json.stderr)")
        #expect(json.stdout.contains(#""maximumRunning": null"#), "\(json.stdout)")
    }

    @Test("describe output berth cannot understand stops the plan with exit 1 and says where", arguments: [
        ("services.json", #"{"services": {"serviceName": "web"}}"#, "current/services.json:1:14: error: not describe output berth can read"),
        ("services.json", "[]", "current/services.json:1:1: error: not a berth spec: the document is a list"),
        ("web-task-definition.json", #"{"taskDefinition": {}}"#, "current/web-task-definition.json:1:20: error: not describe output berth can read"),
        ("services.json", #"{"services": [{"serviceName": "", "status": "ACTIVE"}], "failures": []}"#,
         "current/services.json:1:15: error: this service has no 'serviceName'"),
        ("services.json", #"{"services": [{"serviceName": "web", "desiredCount": 1e400}], "failures": []}"#,
         "current/services.json:1:54: error: 'desiredCount' must be an integer"),
        ("services.json", #"{"services": [], "failures": [{"arn": "arn:aws:ecs:us-east-1:1:service/prod/web", "reason": "ACCESS_DENIED"}]}"#,
         "current/services.json:1:31: error: the describe call failed"),
        ("services.json", "", "current/services.json:1:1: error: file is empty"),
    ])
    func malformedCurrentState(file: String, text: String, diagnostic: String) throws {
        let folder = try TemporaryRepository()
        defer { folder.remove() }
        try folder.copy("samples/ecs", to: "infra")
        try folder.copy("samples/current", to: "current")
        try folder.write("current/\(file)", text)
        let run = try BerthBinary.run(["plan", "infra", "--current", "current", "--color", "never"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty, "\(run.stdout)")
        #expect(run.stderr.contains(diagnostic), "\(run.stderr)")
        #expect(run.stderr.hasSuffix("berth: cannot read the current state in current: nothing is planned against a state berth does not understand\n"))
    }

    @Test("secret-looking values are hidden unless revealed, and never in markdown")
    func sensitiveValues() throws {
        let repository = try TemporaryRepository()
        defer { repository.remove() }
        let spec = """
            kind: TaskDefinition
            family: app
            containerDefinitions:
              - name: app
                image: app:1
                memory: 512
                environment: [{name: DB_PASSWORD, value: old-secret}]
            """
        try repository.write("app.yaml", spec)
        try repository.commit("first")
        try repository.write("app.yaml", spec.replacingOccurrences(of: "old-secret", with: "new-secret"))
        let hidden = try BerthBinary.run(["plan", "--color", "never"], in: repository.url)
        #expect(hidden.stdout.contains("environment[DB_PASSWORD].value: (sensitive, changed)"), "\(hidden.stdout)\(hidden.stderr)")
        #expect(!hidden.stdout.contains("secret"))
        let shown = try BerthBinary.run(["plan", "--color", "never", "--show-sensitive"], in: repository.url)
        #expect(shown.stdout.contains("\"old-secret\" → \"new-secret\""))
        let markdown = try BerthBinary.run(["plan", "--format", "markdown", "--show-sensitive"], in: repository.url)
        #expect(!markdown.stdout.contains("secret"), "\(markdown.stdout)")
    }
}

/// A git repository in a temporary folder, for plans against revisions.
struct TemporaryRepository {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("berth-plan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try git(["init", "-q"])
    }

    func copy(_ packagePath: String, to relative: String) throws {
        try FileManager.default.copyItem(at: PackageRoot.url.appendingPathComponent(packagePath), to: url.appendingPathComponent(relative))
    }

    func write(_ relative: String, _ text: String) throws {
        try text.write(to: url.appendingPathComponent(relative), atomically: true, encoding: .utf8)
    }

    func edit(_ relative: String, _ change: (String) -> String) throws {
        let file = url.appendingPathComponent(relative)
        try change(try String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: true, encoding: .utf8)
    }

    func commit(_ message: String) throws {
        try git(["add", "-A"])
        try git(["-c", "user.name=berth", "-c", "user.email=berth@example.com", "commit", "-q", "-m", message])
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }

    private func git(_ arguments: [String]) throws {
        let run = try Subprocess.run("/usr/bin/env", ["git"] + arguments, in: url)
        if run.status != 0 { throw GitFailure(message: run.stderr) }
    }

    struct GitFailure: Error {
        let message: String
    }
}
