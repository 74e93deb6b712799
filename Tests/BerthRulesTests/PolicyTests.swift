import BerthLint
import Foundation
import BerthRules
import BerthSpecs
import Testing

/// A task definition with an image tagged latest (ECS124, warning) and a privileged container (ECS127, warning).
private let taskDefinition = """
kind: TaskDefinition
family: web
requiresCompatibilities: [EC2]
taskRoleArn: arn:aws:iam::123456789012:role/web
containerDefinitions:
  - {name: web, image: "nginx:latest", memory: 256, privileged: true}
"""

private func lint(_ text: String, path: String = "web.yaml", policy: LintPolicy = .builtin) -> [Diagnostic] {
    Linter(ruleSet: .builtin, policy: policy).lint([LintInput(path: path, isExplicit: true, bytes: Array(text.utf8))]).diagnostics
}

private func ids(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.map { "\($0.ruleID):\($0.severity)" }.sorted()
}

private func layer(select: [String]? = nil, ignore: [String] = [], severities: [(String, Severity?)] = []) -> LintPolicy.Layer {
    LintPolicy.Layer(select: select?.map(RulePattern.init), ignore: ignore.map(RulePattern.init),
                     severities: severities.map { (RulePattern($0.0), $0.1) })
}

@Suite("lint policy")
struct PolicyTests {
    @Test("rule patterns: ids, prefixes, names and ALL, case-insensitive")
    func patterns() {
        let rule = RuleSet.builtin.description(for: "ECS124")!
        for text in ["ECS124", "ecs124", "ECS1", "ECS", "image-latest-tag", "ALL", "all"] { #expect(RulePattern(text).matches(rule), "\(text)") }
        for text in ["ECS125", "ECS2", "latest"] { #expect(!RulePattern(text).matches(rule), "\(text)") }
        #expect(RulePattern("ECS1240").unknownMessage(in: RuleSet.builtin.descriptions) != nil)
        #expect(RulePattern("ECS12").unknownMessage(in: RuleSet.builtin.descriptions) == nil)
    }

    @Test("select restricts, ignore removes, and the narrower pattern wins inside a layer")
    func selection() {
        #expect(ids(lint(taskDefinition)) == ["ECS124:warning", "ECS127:warning"])
        #expect(ids(lint(taskDefinition, policy: LintPolicy(layers: [layer(select: ["ECS127"])]))) == ["ECS127:warning"])
        #expect(ids(lint(taskDefinition, policy: LintPolicy(layers: [layer(ignore: ["ECS1"])]))) == [])
        #expect(ids(lint(taskDefinition, policy: LintPolicy(layers: [layer(select: ["ECS124"], ignore: ["ECS1"])]))) == ["ECS124:warning"])
        #expect(ids(lint(taskDefinition, policy: LintPolicy(layers: [layer(select: ["ECS1"], ignore: ["privileged-container"])]))) == ["ECS124:warning"])
    }

    @Test("precedence: the command line's layer wins over the configuration's")
    func layers() {
        let configuration = layer(ignore: ["ECS124"], severities: [("ECS127", .error)])
        #expect(ids(lint(taskDefinition, policy: LintPolicy(layers: [configuration]))) == ["ECS127:error"])
        let commandLine = layer(select: ["ECS124", "ECS127"], severities: [("ECS127", .info)])
        #expect(ids(lint(taskDefinition, policy: LintPolicy(layers: [configuration, commandLine]))) == ["ECS124:warning", "ECS127:info"])
        // A command line that only ignores keeps the configuration's other choices.
        #expect(ids(lint(taskDefinition, policy: LintPolicy(layers: [configuration, layer(ignore: ["ECS127"])]))) == [])
    }

    @Test("severity overrides: narrowest wins, off turns a rule off, and a rule's own levels stay unless overridden")
    func severities() {
        let policy = LintPolicy(layers: [layer(severities: [("ECS1", .info), ("ECS124", .error), ("ECS127", nil)])])
        #expect(ids(lint(taskDefinition, policy: policy)) == ["ECS124:error"])
    }

    @Test("per-path ignores use .gitignore patterns relative to the configuration's directory")
    func pathIgnores() {
        let ignore = PathIgnore(pattern: "legacy/", base: "/repo", rules: [RulePattern("ECS124")])
        let policy = LintPolicy(pathIgnores: [ignore], workingDirectory: "/repo")
        #expect(ids(lint(taskDefinition, path: "legacy/old/web.yaml", policy: policy)) == ["ECS127:warning"])
        #expect(ids(lint(taskDefinition, path: "web.yaml", policy: policy)) == ["ECS124:warning", "ECS127:warning"])
        let json = PathIgnore(pattern: "*.json", base: "/repo", rules: [RulePattern("ALL")])
        #expect(json.matches(absolutePath: "/repo/a/b/task.json") && !json.matches(absolutePath: "/other/task.json"))
    }

    @Test("inline comments win over the configuration; --no-suppressions sets them aside")
    func commentsOverConfiguration() {
        let commented = taskDefinition.replacingOccurrences(of: "  - {name", with: "  # berth:disable-next-line ECS127 -- needs the host's devices\n  - {name")
        let configuration = LintPolicy(layers: [layer(severities: [("ECS127", .error)])])
        #expect(ids(lint(commented, policy: configuration)) == ["ECS124:warning"])
        var ignoringComments = configuration
        ignoringComments.honoursSuppressions = false
        #expect(ids(lint(commented, policy: ignoringComments)) == ["ECS124:warning", "ECS127:error"])
    }

    @Test("a suppression of a rule the configuration turned off is not reported as unused")
    func unusedOfDisabledRule() {
        let commented = taskDefinition.replacingOccurrences(of: "  - {name", with: "  # berth:disable-next-line ECS127 -- needs the host's devices\n  - {name")
        #expect(ids(lint(commented, policy: LintPolicy(layers: [layer(ignore: ["ECS127"])]))) == ["ECS124:warning"])
    }

    @Test("disable and enable bracket lines; disable-file covers the file; next-line skips comment lines")
    func ranges() {
        let text = """
        kind: TaskDefinition
        family: web
        requiresCompatibilities: [EC2]
        taskRoleArn: arn:aws:iam::123456789012:role/web
        containerDefinitions:
          # berth:disable ECS124 -- old images, being replaced
          - {name: a, image: "nginx:latest", memory: 128}
          - {name: b, image: "nginx:latest", memory: 128}
          # berth:enable ECS124
          - {name: c, image: "nginx:latest", memory: 128}
          # berth:disable-next-line ECS124 -- stacked
          # berth:disable-next-line ECS127 -- stacked too
          - {name: d, image: "nginx:latest", memory: 128, privileged: true}
        """
        let found = lint(text)
        #expect(found.map { "\($0.ruleID)@\($0.location.range.start.line)" } == ["ECS124@10"])
        let whole = lint("# berth:disable-file ECS1 -- generated file\n" + taskDefinition)
        #expect(whole.isEmpty, "\(whole.map(\.message))")
    }

    @Test("a # inside quoted or block scalars is not a comment")
    func commentsInsideScalars() {
        let text = """
        kind: TaskDefinition
        family: web
        requiresCompatibilities: [EC2]
        taskRoleArn: arn:aws:iam::123456789012:role/web
        containerDefinitions:
          - name: web
            image: "nginx:latest"
            memory: 256
            command: ["echo # berth:disable-line ECS124 -- not a comment"]
            entryPoint:
              - |
                # berth:disable-file ECS124 -- not a comment either
        """
        #expect(ids(lint(text)) == ["ECS124:warning"])
    }

    @Test("an expired suppression lets its finding through, with a warning at until=")
    func expiry() {
        let text = taskDefinition.replacingOccurrences(of: "privileged: true}", with: "privileged: true} # berth:disable-line ECS1 until=2026-11-22 -- until Monday")
        var policy = LintPolicy(today: CalendarDate(year: 2026, month: 11, day: 22)!)
        #expect(ids(lint(text, policy: policy)) == [])
        policy.today = CalendarDate(year: 2026, month: 11, day: 23)!
        let found = lint(text, policy: policy)
        #expect(ids(found) == ["BERTH003:warning", "ECS124:warning", "ECS127:warning"])
        let line = text.split(separator: "\n").last!
        let column = line.distance(from: line.startIndex, to: line.firstRange(of: "until=")!.lowerBound) + 1
        #expect(found.first { $0.ruleID == "BERTH003" }?.location.range.start.column == column)
    }

    @Test("policy findings obey the policy: BERTH001 can be ignored like any rule")
    func policyFindingsAreRules() {
        let text = taskDefinition.replacingOccurrences(of: "privileged: true}", with: "privileged: true} # berth:disable-line ECS127")
        #expect(ids(lint(text)) == ["BERTH001:warning", "ECS124:warning"])
        #expect(ids(lint(text, policy: LintPolicy(layers: [layer(ignore: ["suppression-without-reason"])]))) == ["ECS124:warning"])
    }

    @Test("defaults.account-id: a short role name is a role of the project's account")
    func accountDefault() {
        let text = """
        kind: TaskDefinition
        family: web
        requiresCompatibilities: [EC2]
        taskRoleArn: web
        executionRoleArn: arn:aws:iam::222222222222:role/web
        containerDefinitions: [{name: web, image: "nginx:1.27", memory: 256}]
        """
        #expect(ids(lint(text)).contains("ECS129:warning"))
        #expect(!ids(lint(text, policy: LintPolicy(defaults: ProjectDefaults(accountID: "111111111111")))).contains("ECS129:warning"))
        #expect(ids(lint(text, policy: LintPolicy(defaults: ProjectDefaults(accountID: "222222222222")))).contains("ECS129:warning"))
    }
}
