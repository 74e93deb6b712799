import BerthLint
import BerthYAML
import Testing

private func diagnostic(_ rule: String, _ subject: String) -> Diagnostic {
    let description = RuleDescription(id: rule, name: rule.lowercased(), summary: "S", rationale: "R", helpURI: "https://example.com",
                                      severity: .warning, category: .reliability, triggering: [], nonTriggering: [])
    var diagnostic = Diagnostic(rule: description, message: "m", location: Location(path: "a.yaml", range: SourceRange(at: .start)))
    diagnostic.subject = subject
    return diagnostic
}

@Suite("baseline")
struct BaselineTests {
    @Test("known findings are matched by fingerprint and counted; the rest are new; missing ones are fixed")
    func compare() {
        let known = [diagnostic("ECS124", "web: image"), diagnostic("ECS124", "web: image"), diagnostic("ECS127", "web: privileged")]
        let baseline = Baseline(fingerprints: known.map(\.fingerprint))
        let now = [diagnostic("ECS124", "web: image"), diagnostic("ECS215", "svc: deploymentConfiguration")]
        let (new, comparison) = baseline.filter(now, fingerprint: \.fingerprint)
        #expect(new.map(\.ruleID) == ["ECS215"])
        #expect(comparison == Baseline.Comparison(known: 1, new: 1, fixed: 2))
        #expect(comparison.sentence == "1 known, 1 new, 2 fixed")
    }

    @Test("a third copy of a finding the baseline holds twice is new")
    func multiplicity() {
        let finding = diagnostic("ECS124", "web: image")
        let (new, comparison) = Baseline(fingerprints: [finding.fingerprint, finding.fingerprint]).filter([finding, finding, finding], fingerprint: \.fingerprint)
        #expect(new.count == 1 && comparison.known == 2 && comparison.fixed == 0)
    }

    @Test("a file that is not a baseline is refused with a reason")
    func invalid() {
        guard case .failure(let problem) = Baseline.read(path: "/no/such/baseline.json") else { Issue.record("expected a failure"); return }
        #expect(problem.message.contains("cannot read baseline"))
    }
}
