import BerthLint
@testable import BerthReport
import BerthRules
import BerthTestSupport
import Foundation
import Testing

private let result = Linter(ruleSet: .builtin).lint([
    ("services/web.yaml", "kind: Service\nserviceName: wéb\ntaskDefinition: web\nlaunchType: FARGATE\nnetworkConfiguration: {awsvpcConfiguration: {subnets: [subnet-1]}}\nloadBalancers: [{loadBalancerName: legacy, containerName: web, containerPort: 80}]\n"),
    ("tasks/web task.json", "{\n\t\"family\": \"web\",\n\t\"networkMode\": \"bridge\",\n\t\"requiresCompatibilities\": [\"FARGATE\"],\n\t\"cpu\": \"256\", \"memory\": \"512\",\n\t\"taskRoleArn\": \"arn:aws:iam::123456789012:role/web\",\n\t\"containerDefinitions\": [{\"name\": \"web\", \"image\": \"nginx:latest\", \"portMappings\": [{\"containerPort\": 80}]}]\n}\n"),
    ("clean.yaml", "kind: Cluster\nclusterName: prod\nsettings: [{name: containerInsights, value: enabled}]\n"),
].map { LintInput(path: $0.0, isExplicit: true, bytes: Array($0.1.utf8)) })

/// As if berth ran in `deploy/` of the repository: CI formats name files from the repository root.
private let report = LintReport(result: result, rules: RuleSet.builtin.descriptions, failureLevel: .error,
                                repositoryPaths: ["services/web.yaml": "deploy/services/web.yaml", "tasks/web task.json": "deploy/tasks/web task.json",
                                                  "clean.yaml": "deploy/clean.yaml"])

@Suite("CI reporters")
struct CIReporterTests {
    @Test("SARIF matches its golden file and the official SARIF 2.1.0 schema")
    func sarif() throws {
        let output = SARIFReporter.render(report)
        #expect(Golden.mismatch(output, file: "reporter.sarif") == nil, "\(Golden.mismatch(output, file: "reporter.sarif") ?? "")")
        let errors = try SchemaCheck.sarifErrors(output)
        #expect(errors.isEmpty, "\(errors)")
        #expect(output.contains("\"uri\": \"deploy/tasks/web%20task.json\""))
        #expect(output.contains("\"columnKind\": \"unicodeCodePoints\""))
    }

    @Test("SARIF lists every rule, and each result points into that list")
    func sarifRules() throws {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(SARIFReporter.render(report).utf8)) as? [String: Any])
        let run = try #require((document["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count == RuleSet.builtin.descriptions.count)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == result.diagnostics.count)
        for item in results {
            let index = try #require(item["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == item["ruleId"] as? String)
        }
    }

    @Test("partial fingerprints do not change when lines move")
    func fingerprintsSurviveMovedLines() {
        let original = "kind: TaskDefinition\nfamily: web\nrequiresCompatibilities: [EC2]\ntaskRoleArn: arn:aws:iam::123456789012:role/web\ncontainerDefinitions:\n  - {name: web, image: nginx:latest, memory: 256}\n"
        let moved = "# a comment\n\nkind: TaskDefinition\ntaskRoleArn: arn:aws:iam::123456789012:role/web\nrequiresCompatibilities: [EC2]\nfamily: web\ncontainerDefinitions:\n\n  - {memory: 256, name: web, image: nginx:latest}\n"
        func fingerprints(_ text: String) -> [String] {
            let result = Linter(ruleSet: .builtin).lint([LintInput(path: "web.yaml", isExplicit: true, bytes: Array(text.utf8))])
            #expect(!result.diagnostics.isEmpty)
            return result.diagnostics.map(\.fingerprint)
        }
        #expect(fingerprints(original) == fingerprints(moved))
    }

    @Test("GitHub workflow commands match their golden file")
    func github() {
        let output = GitHubReporter.render(report)
        #expect(Golden.mismatch(output, file: "reporter.github.txt") == nil, "\(Golden.mismatch(output, file: "reporter.github.txt") ?? "")")
        #expect(output.contains("::error file=deploy/services/web.yaml,line=6,col=36,endLine=6,endColumn=42,title=ECS201 classic-load-balancer::"))
    }

    @Test("GitHub escaping: data escapes % CR LF, properties also : and ,")
    func githubEscaping() {
        #expect(GitHubReporter.escapeData("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b")
        #expect(GitHubReporter.escapeProperty("a:b,c%\n") == "a%3Ab%2Cc%25%0A")
    }

    @Test("JUnit XML matches its golden file and is well-formed")
    func junit() throws {
        let output = JUnitReporter.render(report)
        #expect(Golden.mismatch(output, file: "reporter.junit.xml") == nil, "\(Golden.mismatch(output, file: "reporter.junit.xml") ?? "")")
        let check = try SchemaCheck.python("import sys, xml.etree.ElementTree as ET\nroot = ET.parse(sys.argv[1]).getroot()\nprint(root.get('tests'), root.get('failures'), len(root.findall('testsuite')))", input: output)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout == "5 2 3\n")
        #expect(JUnitReporter.escape("a<b & \"c\"\u{1}") == "a&lt;b &amp; &quot;c&quot;\u{FFFD}")
    }

    @Test("GitLab Code Quality matches its golden file, with unique fingerprints")
    func gitlab() throws {
        let output = GitLabReporter.render(report)
        #expect(Golden.mismatch(output, file: "reporter.gitlab.json") == nil, "\(Golden.mismatch(output, file: "reporter.gitlab.json") ?? "")")
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
        #expect(fingerprints.count == issues.count && Set(fingerprints).count == issues.count)
        #expect(Set(issues.compactMap { $0["severity"] as? String }).isSubset(of: ["info", "minor", "major", "critical", "blocker"]))
    }
}
