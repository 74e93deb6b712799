import BerthLint
import BerthReport
import BerthRules
import BerthTestSupport
import Foundation
import Testing

private func lint(_ files: [(String, String)]) -> LintResult {
    Linter(ruleSet: .builtin).lint(files.map { LintInput(path: $0.0, isExplicit: true, bytes: Array($0.1.utf8)) })
}

/// A small project with a finding that has a note in another file, a tab-indented line and a wide character.
private let project = lint([
    ("services/web.yaml", "kind: Service\nserviceName: wéb\ntaskDefinition: web\nlaunchType: FARGATE\nnetworkConfiguration: {awsvpcConfiguration: {subnets: [subnet-1]}}\nloadBalancers: [{loadBalancerName: legacy, containerName: web, containerPort: 80}]\ndeploymentConfiguration: {deploymentCircuitBreaker: {enable: true, rollback: true}}\n"),
    ("tasks/web.json", "{\n\t\"family\": \"web\",\n\t\"networkMode\": \"bridge\",\n\t\"requiresCompatibilities\": [\"FARGATE\"],\n\t\"cpu\": \"256\", \"memory\": \"512\",\n\t\"taskRoleArn\": \"arn:aws:iam::123456789012:role/web\",\n\t\"containerDefinitions\": [{\"name\": \"web\", \"image\": \"nginx:1.27\", \"portMappings\": [{\"containerPort\": 80}]}]\n}\n"),
])

@Suite("reporters")
struct ReporterTests {
    @Test("text output, plain")
    func text() {
        let output = TextReporter(color: false).render(project)
        #expect(Golden.mismatch(output, file: "reporter-text.txt") == nil, "\(Golden.mismatch(output, file: "reporter-text.txt") ?? "")")
    }

    @Test("text output, coloured")
    func coloured() {
        let output = TextReporter(color: true).render(project)
        #expect(output.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        #expect(Golden.mismatch(output, file: "reporter-text-color.txt") == nil)
    }

    @Test("JSON output")
    func json() {
        let output = JSONReporter.render(project)
        #expect(Golden.mismatch(output, file: "reporter.json") == nil, "\(Golden.mismatch(output, file: "reporter.json") ?? "")")
    }

    @Test("a clean run says so")
    func clean() {
        let result = lint([("c.yaml", "kind: Cluster\nclusterName: prod\nsettings: [{name: containerInsights, value: enabled}]\n")])
        #expect(TextReporter(color: false).render(result) == "no problems in 1 file\n")
        #expect(JSONReporter.render(result).contains("\"diagnostics\": []"))
    }

    @Test("snippets mask every secret on the line and keep the underline on its value, after tabs and wide characters")
    func maskedSnippet() throws {
        let line = "\t\"containerDefinitions\": [{\"name\": \"wé\", \"image\": \"x:1\", \"memory\": 128, \"environment\": "
            + "[{\"name\": \"DB_PASSWORD\", \"value\": \"hunter22\"}, {\"name\": \"UPSTREAM\", \"value\": \"AKIAIOSFODNN7EXAMPLE\"}]}]"
        let result = lint([("t.json", "{\"family\": \"t\", \"requiresCompatibilities\": [\"EC2\"],\n\(line)\n}\n")])
        let output = TextReporter(color: false).render(result)
        #expect(!output.contains("hunter22") && !output.contains("AKIAIOSFODNN7EXAMPLE"), "\(output)")
        let masked = line.replacingOccurrences(of: "hunter22", with: "****").replacingOccurrences(of: "AKIAIOSFODNN7EXAMPLE", with: "****")
        let upstream = try #require(masked.range(of: "\"****\"", options: .backwards))
        let lead = "\t" + String(repeating: " ", count: masked[masked.index(after: masked.startIndex)..<upstream.lowerBound].unicodeScalars.count)
        let finding = try #require(output.components(separatedBy: "t.json:2:").first { $0.contains("'UPSTREAM'") })
        #expect(finding.contains(" 2 | \(masked)\n   | \(lead)^~~~~~\n"), "\(finding)")
    }

    @Test("JSON strings are escaped")
    func escaping() {
        let output = JSONWriter.render(.object([("a", .string("quote \" back \\ tab \t nl \n bell \u{7} é"))]))
        #expect(output == "{\n  \"a\": \"quote \\\" back \\\\ tab \\t nl \\n bell \\u0007 é\"\n}\n")
    }

    @Test("summary sentence")
    func summary() {
        #expect(LintSummary(project).sentence == "2 errors, 0 warnings and 0 infos in 2 files")
    }

    @Test("rule catalog")
    func catalog() {
        let table = RuleCatalogReporter.table(RuleSet.builtin.descriptions)
        #expect(table.split(separator: "\n").count == RuleSet.builtin.descriptions.count)
        #expect(Golden.mismatch(table, file: "rules.txt") == nil)
    }

    /// docs/rules.md is generated from the rule descriptions; regenerate it with
    /// `swift run berth rules --format markdown > docs/rules.md` (or BERTH_UPDATE_GOLDEN=1).
    @Test("docs/rules.md is current, with a section per rule")
    func rulesDocument() {
        let descriptions = RuleSet.builtin.descriptions
        let markdown = RuleCatalogReporter.markdown(descriptions)
        #expect(markdown.components(separatedBy: "\n## ").count - 1 == descriptions.count)
        let message = Golden.mismatch(markdown, file: "rules.md", in: PackageRoot.url.appendingPathComponent("docs"))
        #expect(message == nil, "\(message ?? ""); regenerate with: swift run berth rules --format markdown > docs/rules.md")
    }
}
