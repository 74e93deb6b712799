import BerthTestSupport
import Foundation
import Testing

/// The built binary, run on real files.
@Suite("berth lint, end to end")
struct LintCommandTests {
    @Test("the bundled projects lint clean")
    func samplesLintClean() throws {
        let run = try BerthBinary.run(["lint", "samples/ecs", "samples/eks", "samples/apprunner"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout == "no problems in 15 files\n")
    }

    @Test("every rule fires on the broken samples, and the text output matches its golden file")
    func brokenText() throws {
        let run = try BerthBinary.run(["lint", "samples/broken", "--region", "us-east-1", "--color", "never"])
        #expect(run.status == 1)
        #expect(Golden.mismatch(run.stdout, file: "lint-broken.txt") == nil, "\(Golden.mismatch(run.stdout, file: "lint-broken.txt") ?? "")")
    }

    @Test("JSON output matches its golden file and every rule fires")
    func brokenJSON() throws {
        let run = try BerthBinary.run(["lint", "samples/broken", "--region", "us-east-1", "--format", "json"])
        #expect(run.status == 1)
        #expect(Golden.mismatch(run.stdout, file: "lint-broken.json") == nil, "\(Golden.mismatch(run.stdout, file: "lint-broken.json") ?? "")")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(document["version"] as? Int == 1)
        let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
        let fired = Set(diagnostics.compactMap { $0["ruleId"] as? String })
        let catalog = try BerthBinary.run(["rules", "--format", "json"])
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(catalog.stdout.utf8)) as? [String: Any])
        let ids = Set((rules["rules"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
        #expect(ids.subtracting(fired).isEmpty, "rules that never fire on samples/broken: \(ids.subtracting(fired))")
    }

    @Test("an unreadable path is exit 2, and the other files are still linted")
    func unreadablePath() throws {
        let run = try BerthBinary.run(["lint", "no/such/dir", "samples/broken/fargate-task.yaml", "--color", "never"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("no/such/dir"))
        #expect(run.stdout.contains("[ECS104 fargate-task-size]"))
    }

    @Test("one broken file does not hide the findings in the others")
    func brokenFileDoesNotHideOthers() throws {
        let run = try BerthBinary.run(["lint", "samples/broken/binary.json", "samples/broken/syntax-error.yaml",
                                       "samples/broken/s3-volumes.yaml", "--color", "never"])
        #expect(run.status == 1)
        for id in ["YAML005", "YAML001", "ECS101", "ECS106"] { #expect(run.stdout.contains("[\(id) "), "\(id)") }
    }

    @Test("--strict fails on warnings")
    func strict() throws {
        let directory = try Workspace().url
        let file = directory.appendingPathComponent("worker.yaml")
        try "kind: TaskDefinition\nfamily: worker\nrequiresCompatibilities: [EC2]\ncontainerDefinitions: [{name: w, image: nginx, memory: 256}]\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let relaxed = try BerthBinary.run(["lint", file.path])
        #expect(relaxed.status == 0)
        #expect(relaxed.stdout.contains("warning:"))
        #expect(try BerthBinary.run(["lint", "--strict", file.path]).status == 1)
    }

    @Test("a file named explicitly that is not a spec gets an info and exit 0")
    func explicitNonSpec() throws {
        let directory = try Workspace().url
        let file = directory.appendingPathComponent("docker-compose.yml")
        try "services:\n  web:\n    image: nginx\n".write(to: file, atomically: true, encoding: .utf8)
        let run = try BerthBinary.run(["lint", file.path, "--color", "never"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("info: not a berth spec"))
        #expect(run.stdout.contains("[SPEC009 not-a-spec]"))
    }

    @Test("--max-file-size stops a large file before it is read")
    func maxFileSize() throws {
        let run = try BerthBinary.run(["lint", "--max-file-size", "100", "samples/ecs/web/task-definition.yaml", "--color", "never"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("over the limit of 100 bytes"))
    }

    @Test("usage errors exit 64", arguments: [["lint", "--format", "xml"], ["lint", "--max-file-size", "0"], ["rules", "NOPE999"], ["lint", "--bogus-flag"]])
    func usage(arguments: [String]) throws {
        #expect(try BerthBinary.run(arguments).status == 64)
    }

    @Test("colour: always paints, never and NO_COLOR do not")
    func color() throws {
        let file = "samples/broken/fargate-task.yaml"
        #expect(try BerthBinary.run(["lint", file, "--color", "always"]).stdout.contains("\u{1B}["))
        #expect(!(try BerthBinary.run(["lint", file, "--color", "never"]).stdout.contains("\u{1B}[")))
        #expect(!(try BerthBinary.run(["lint", file], environment: ["NO_COLOR": "1"]).stdout.contains("\u{1B}[")))
    }

}

@Suite("berth rules, end to end")
struct RulesCommandTests {
    @Test("lists every rule")
    func list() throws {
        let run = try BerthBinary.run(["rules"])
        #expect(run.status == 0)
        for id in ["ECS101", "ECS104", "ECS202", "SPEC002", "YAML001"] { #expect(run.stdout.contains(id)) }
    }

    @Test("explains one rule by id or name, with its source and examples")
    func detail() throws {
        let byID = try BerthBinary.run(["rules", "ECS104"])
        let byName = try BerthBinary.run(["rules", "fargate-task-size"])
        #expect(byID.status == 0)
        #expect(byID.stdout == byName.stdout)
        #expect(byID.stdout.contains("https://docs.aws.amazon.com/"))
        #expect(byID.stdout.contains("Triggers on"))
        #expect(byID.stdout.contains("↓"))
    }
}
