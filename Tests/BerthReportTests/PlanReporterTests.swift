import BerthPlan
import BerthReport
import BerthSpecs
import Foundation
import Testing

/// The plan formats on plans built by hand: secrets, size limits, escaping.
@Suite struct PlanReporterTests {
    private func field(_ path: String, _ before: PlanValue?, _ after: PlanValue?) -> PlannedField {
        PlannedField(change: FieldChange(path: FieldPath(path.split(separator: ".").map { .key(String($0)) }), before: before,
                                         after: after), effect: .newRevision)
    }

    private func plan(_ resources: [ResourcePlan]) -> Plan {
        Plan(desired: "specs", current: "git HEAD", resources: resources)
    }

    private var secretPlan: Plan {
        plan([ResourcePlan(kind: .taskDefinition, identity: "web", path: "web.yaml", action: .newRevision, effect: "registers web:2",
                           fields: [field("environment.DB_PASSWORD", .string("hunter2"), .string("hunter3")),
                                    field("cpu", .number("256"), .number("512"))],
                           revision: RevisionChange(family: "web", current: 1))])
    }

    @Test func jsonHidesSecretsUnlessRevealed() throws {
        let hidden = PlanJSONReporter.render(secretPlan, wording: PlanWording())
        #expect(!hidden.contains("hunter"))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(hidden.utf8)) as? [String: Any])
        let resource = try #require((document["resources"] as? [[String: Any]])?.first)
        let changes = try #require(resource["changes"] as? [[String: Any]])
        #expect(changes.first?["before"] as? String == "(sensitive)")
        #expect(changes.last?["after"] as? Int == 512)
        #expect((resource["revision"] as? [String: Any])?["next"] as? Int == 2)
        #expect((document["summary"] as? [String: Any])?["new-revision"] as? Int == 1)
        let shown = PlanJSONReporter.render(secretPlan, wording: PlanWording(showSensitive: true))
        #expect(shown.contains("\"hunter3\""))
    }

    @Test func numbersJSONCannotSpellAreStrings() throws {
        let odd = plan([ResourcePlan(kind: .taskDefinition, identity: "web", path: "web.yaml", action: .newRevision, effect: "",
                                     fields: [field("cpu", .number("0x100"), .number("1e3"))])])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(PlanJSONReporter.render(odd, wording: PlanWording()).utf8)) as? [String: Any])
        let change = try #require(((document["resources"] as? [[String: Any]])?.first?["changes"] as? [[String: Any]])?.first)
        #expect(change["before"] as? String == "0x100")
        #expect(change["after"] as? Int == 1000)
    }

    @Test func markdownNeverShowsSecrets() {
        let markdown = PlanMarkdownReporter.render(secretPlan)
        #expect(!markdown.contains("hunter"))
        #expect(markdown.contains("! environment.DB_PASSWORD: (sensitive, changed)"))
        #expect(markdown.contains("- cpu: 256\n+ cpu: 512"))
    }

    @Test func aSecretInsideALargerValueIsMaskedAndTheRestShown() {
        let command = field("command", .list([.string("app"), .string("--password=hunter2")]),
                            .list([.string("app"), .string("--password=hunter2"), .string("--verbose")]))
        let changed = plan([ResourcePlan(kind: .taskDefinition, identity: "web", path: "web.yaml", action: .newRevision, effect: "",
                                         fields: [command])])
        let text = PlanTextReporter(color: false, wording: PlanWording()).render(changed)
        #expect(text.contains("command: [\"app\", \"--password=****\"] → [\"app\", \"--password=****\", \"--verbose\"]"), "\(text)")
        #expect(!PlanMarkdownReporter.render(changed).contains("hunter2"))
        #expect(!PlanJSONReporter.render(changed, wording: PlanWording()).contains("hunter2"))
        #expect(PlanTextReporter(color: false, wording: PlanWording(showSensitive: true)).render(changed).contains("--password=hunter2"))
    }

    @Test func markdownStaysUnderTheLimitWithBalancedFences() {
        let fields = (0..<30).map { field("containerDefinitions.app\($0).image", .string(String(repeating: "a", count: 80)), .string("b")) }
        let resources = (0..<5000).map {
            ResourcePlan(kind: .taskDefinition, identity: "family-\($0)", path: "specs/\($0).yaml", action: .newRevision,
                         effect: "registers a new revision", fields: fields)
        }
        let markdown = PlanMarkdownReporter.render(plan(resources))
        #expect(markdown.count < 60_000)
        #expect(markdown.contains("| `±` | task definition **family-0** | new revision |"))
        #expect(markdown.contains("more resources"))
        #expect(markdown.components(separatedBy: "```").count % 2 == 1)
        let small = PlanMarkdownReporter.render(plan(Array(resources.prefix(3))))
        #expect(small.contains("<details><summary><code>±</code> task definition <b>family-2</b>: new revision</summary>"))
        #expect(!small.contains("left out"))
        let middling = PlanMarkdownReporter.render(plan(Array(resources.prefix(60))))
        #expect(middling.count < 60_000)
        #expect(middling.contains("left out to fit a comment"))
    }

    @Test func valuesCannotCloseTheFenceOrBreakTheTable() {
        let tricky = plan([ResourcePlan(kind: .service, identity: "a|b", path: "s.yaml", action: .updateInPlace, effect: "x <b>|</b>",
                                        fields: [field("command", .string("```"), .string("````"))])])
        let markdown = PlanMarkdownReporter.render(tricky)
        #expect(markdown.contains("`````diff\n"))
        #expect(markdown.contains("**a\\|b**"))
        #expect(markdown.contains("x &lt;b&gt;\\|&lt;/b&gt;"))
    }

    @Test func textShowsTheRollout() {
        let service = ResourcePlan(kind: .service, identity: "prod/web", path: "s.yaml", action: .rollingDeployment, effect: "rolls",
                                   fields: [field("taskDefinition", .string("web:1"), .string("web:2"))],
                                   rollout: Rollout(desiredCount: 4, minimumHealthyPercent: 50, maximumPercent: 100))
        let text = PlanTextReporter(color: false, wording: PlanWording()).render(plan([service]))
        #expect(text.contains("rollout: 4 tasks: at least 2 healthy (50 %), at most 4 running (100 %); no room to surge: 2 old tasks stop before new ones start"))
        #expect(text.hasSuffix("Plan: 1 rolling deployment (prod/web: 4 → at most 4 tasks), 0 replacements.\n"))
    }
}
