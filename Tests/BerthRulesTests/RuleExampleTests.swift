import BerthLint
import BerthRules
import BerthSpecs
import BerthTestSupport
import Foundation
import Testing

/// One example of one rule.
struct RuleExample: CustomTestStringConvertible, Sendable {
    let ruleID: String
    let index: Int
    let triggers: Bool
    let marked: String

    /// Examples are specs of a project deploying to account 123456789012 in us-east-1.
    static let policy = LintPolicy(defaults: ProjectDefaults(accountID: "123456789012", region: "us-east-1"))

    var testDescription: String { "\(ruleID) \(triggers ? "triggering" : "non-triggering") #\(index + 1)" }

    static let all: [RuleExample] = RuleSet.builtin.descriptions.flatMap { rule in
        rule.triggering.enumerated().map { RuleExample(ruleID: rule.id, index: $0.offset, triggers: true, marked: $0.element) }
            + rule.nonTriggering.enumerated().map { RuleExample(ruleID: rule.id, index: $0.offset, triggers: false, marked: $0.element) }
    }
}

@Suite("rule examples")
struct RuleExampleTests {
    /// Every example of every rule: findings of the rule start exactly at the `↓` markers; non-triggering
    /// examples are valid AWS configurations, so they get no error from any rule.
    @Test("examples", arguments: RuleExample.all)
    func example(_ example: RuleExample) {
        let source = MarkedSource(example.marked)
        let result = Linter(ruleSet: .builtin, policy: RuleExample.policy)
            .lint([LintInput(path: "example.yaml", isExplicit: true, bytes: Array(source.text.utf8))])
        let own = result.diagnostics.filter { $0.ruleID == example.ruleID }
        let found = own.map { MarkedSource.Location(line: $0.location.range.start.line, column: $0.location.range.start.column) }.sorted()
        let report = result.diagnostics.map { "\($0.location.range.start.line):\($0.location.range.start.column) \($0.ruleID) \($0.severity) \($0.message)" }
            .joined(separator: "\n")
        if example.triggers {
            #expect(!source.markers.isEmpty, "a triggering example needs ↓ markers")
            #expect(found == source.markers.sorted(), "findings at \(found), markers at \(source.markers)\n\(report)")
        } else {
            #expect(source.markers.isEmpty, "a non-triggering example has no markers")
            #expect(own.isEmpty, "\(report)")
            #expect(!result.diagnostics.contains { $0.severity == .error }, "a valid configuration got an error:\n\(report)")
        }
    }
}

@Suite("rule catalog")
struct RuleCatalogTests {
    let descriptions = RuleSet.builtin.descriptions

    @Test("ids and names are unique and well formed")
    func unique() {
        #expect(Set(descriptions.map(\.id)).count == descriptions.count)
        #expect(Set(descriptions.map(\.name)).count == descriptions.count)
        for rule in descriptions {
            #expect(rule.id.wholeMatch(of: /[A-Z]+[0-9]{3}/) != nil, "\(rule.id)")
            #expect(rule.name.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) != nil, "\(rule.name)")
            #expect(rule.helpURI.hasPrefix("https://"), "\(rule.id) links its source")
            #expect(!rule.triggering.isEmpty, "\(rule.id) has a triggering example")
            #expect(!rule.nonTriggering.isEmpty, "\(rule.id) has a non-triggering example")
            #expect(rule.summary.first?.isUppercase == true && rule.summary.last != ".", "\(rule.id) summary style")
        }
    }

    /// Every rule id written in Sources/BerthRules is registered in `RuleSet.builtin`.
    @Test("every rule in the sources is registered")
    func registered() throws {
        let root = PackageRoot.url.appendingPathComponent("Sources/BerthRules")
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        var written = Set<String>()
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in text.matches(of: /id: "([A-Z]+[0-9]{3})"/) { written.insert(String(match.output.1)) }
        }
        #expect(written.count >= 20)
        #expect(written == Set(descriptions.map(\.id)))
    }

    @Test("lookup by id or name")
    func lookup() {
        #expect(RuleSet.builtin.description(for: "ecs201")?.name == "classic-load-balancer")
        #expect(RuleSet.builtin.description(for: "classic-load-balancer")?.id == "ECS201")
        #expect(RuleSet.builtin.description(for: "nope") == nil)
    }
}
