import BerthLint
import BerthTestSupport
import Foundation
import Testing

private let rules = [
    RuleDescription(id: "ECS124", name: "image-latest-tag", summary: "S", rationale: "R", helpURI: "https://example.com",
                    severity: .warning, category: .reliability, triggering: [], nonTriggering: []),
    RuleDescription(id: "ECS215", name: "circuit-breaker-disabled", summary: "S", rationale: "R", helpURI: "https://example.com",
                    severity: .info, category: .reliability, triggering: [], nonTriggering: []),
]

/// Writes `text` as `.berth.yaml` in a new directory and reads it.
private func load(_ text: String) throws -> Result<Configuration, Configuration.Invalid> {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("berth-config-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try text.write(to: directory.appendingPathComponent(".berth.yaml"), atomically: true, encoding: .utf8)
    return Configuration.load(path: ".berth.yaml", workingDirectory: directory.path, rules: rules)
}

@Suite("configuration")
struct ConfigurationTests {
    @Test("every setting is read")
    func complete() throws {
        let configuration = try load("""
            include: ["ecs/"]
            exclude: ["ecs/legacy/"]
            select: [ECS]
            ignore: [circuit-breaker-disabled]
            severity: {ECS124: error, ECS215: off}
            per-path-ignores: {"**/*.json": [ECS124]}
            defaults: {account-id: "123456789012", region: eu-west-1}
            fail-on: warning
            plan:
              owned-elsewhere: ["TaskDefinition:containerDefinitions[].image"]
            """).get()
        #expect(configuration.include == ["ecs/"] && configuration.exclude == ["ecs/legacy/"])
        #expect(configuration.layer.select?.map(\.text) == ["ECS"] && configuration.layer.ignore.map(\.text) == ["circuit-breaker-disabled"])
        #expect(configuration.layer.severities.map { "\($0.pattern)=\($0.severity?.rawValue ?? "off")" } == ["ECS124=error", "ECS215=off"])
        #expect(configuration.pathIgnores.map(\.pattern) == ["**/*.json"])
        #expect(configuration.defaults.accountID == "123456789012" && configuration.defaults.region == "eu-west-1")
        #expect(configuration.failOn == .warning)
        #expect(configuration.ownedElsewhere.map(\.field) == ["TaskDefinition:containerDefinitions[].image"])
    }

    @Test("an empty file is an empty configuration")
    func empty() throws {
        let configuration = try load("# nothing yet\n").get()
        #expect(configuration.layer.select == nil && configuration.include.isEmpty)
    }

    @Test("every problem is reported in one pass, at its line and column, with did-you-mean")
    func problems() throws {
        let result = try load("""
            exclud: [a]
            severity: {ECS124: eror}
            defaults: {account-id: 1234, regin: us-east-1}
            fail-on: off
            select: ECS
            """)
        guard case .failure(let invalid) = result else { Issue.record("expected an invalid configuration"); return }
        #expect(invalid.rendered == """
            .berth.yaml:1:1: error: unknown setting 'exclud'; did you mean 'exclude'?
            .berth.yaml:2:20: error: severity of 'ECS124' is one of error, warning, info, off; did you mean 'error'?
            .berth.yaml:3:24: error: account-id is 12 digits (quote it so YAML keeps leading zeros)
            .berth.yaml:3:30: error: unknown setting 'regin'; did you mean 'region'?
            .berth.yaml:4:10: error: fail-on is one of error, warning, info
            .berth.yaml:5:9: error: select is a list of rule ids, id prefixes or names

            """)
    }

    @Test("broken YAML is an invalid configuration")
    func brokenYAML() throws {
        guard case .failure(let invalid) = try load("select: [ECS\n") else { Issue.record("expected a failure"); return }
        #expect(invalid.problems.count == 1 && invalid.rendered.hasPrefix(".berth.yaml:2:1: error: "))
    }

    @Test("unknown rule names are errors with the nearest id (a typo in select turned every rule off)", arguments: [
        "ignore: [ECS1240, circuit-breaker]\n", "select: [ECS1240, circuit-breaker]\n",
    ])
    func unknownRules(text: String) throws {
        guard case .failure(let invalid) = try load(text) else { Issue.record("expected a failure"); return }
        let key = String(text.prefix(6))
        #expect(invalid.problems.map(\.message) == ["\(key): 'ECS1240' names no rule; did you mean 'ECS124'?", "\(key): 'circuit-breaker' names no rule"])
        #expect(invalid.problems.map { $0.range?.start.column } == [10, 19])
    }

    @Test("unknown rules in severity and per-path-ignores are errors too")
    func unknownRulesElsewhere() throws {
        guard case .failure(let invalid) = try load("severity: {ECS9999: off}\nper-path-ignores: {'a/*': [nope]}\n") else {
            Issue.record("expected a failure"); return
        }
        #expect(invalid.problems.count == 2)
    }

    @Test("found by walking up from the working directory")
    func find() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("berth-find-\(UUID().uuidString)")
        let nested = root.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        #expect(Configuration.find(from: nested.path) == nil)
        try "".write(to: root.appendingPathComponent(".berth.yaml"), atomically: true, encoding: .utf8)
        #expect(Configuration.find(from: nested.path) == "../../.berth.yaml")
        #expect(Configuration.find(from: root.path) == ".berth.yaml")
    }
}
