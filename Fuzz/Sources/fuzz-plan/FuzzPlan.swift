import BerthLint
import BerthPlan
import BerthReport
import BerthRules
import BerthSpecs
import FuzzSupport

private let linter = Linter(ruleSet: .builtin, policy: LintPolicy(today: Fixtures.today))
/// samples/ecs and the describe output of its deployment in samples/current, as `berth plan` reads them.
private let specs = PlanState(files: linter.lint(Fixtures.inputs(["samples/ecs"])).files, source: "samples/ecs", coversEveryKind: true)
private let described = PlanState(files: linter.load(Fixtures.inputs(["samples/current"])).files, source: "samples/current",
                                  coversEveryKind: false)
/// As run by hand, and as in CI with `--prune` and the image left to the deploy pipeline.
private let optionSets = [
    PlanOptions(),
    PlanOptions(prune: true, ownership: Ownership(ownedElsewhere: [Ownership.OwnedField("TaskDefinition:containerDefinitions[].image")!])),
]

/// The planner both ways round, as `berth plan --current` runs it: the fuzzed bytes as a file of describe
/// output (or specs) in the --current folder against samples/ecs, then as the desired specs against
/// samples/current; each under both option sets and through the three plan reporters.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzInput.bytes(data, size)
    let (files, failures) = linter.load([LintInput(path: FuzzInput.fileName("current/fuzz", for: bytes), isExplicit: true, bytes: bytes)])
    // The CLI stops at a current-state file it cannot read, and at desired specs with errors.
    if failures.isEmpty, !files.contains(where: { $0.yaml.problems.contains(where: \.stopsReading) }) {
        let current = PlanState(files: files, source: "current", coversEveryKind: false)
        for options in optionSets { render(Planner.plan(desired: specs, current: current, options: options)) }
    }
    let lint = linter.lint([LintInput(path: FuzzInput.fileName("specs/fuzz", for: bytes), isExplicit: true, bytes: bytes)])
    if lint.failures.isEmpty, !lint.diagnostics.contains(where: { $0.severity == .error }) {
        let desired = PlanState(files: lint.files, source: "specs", coversEveryKind: true)
        for options in optionSets { render(Planner.plan(desired: desired, current: described, options: options)) }
    }
    return 0
}

private func render(_ plan: Plan) {
    _ = PlanTextReporter(color: true, wording: PlanWording()).render(plan)
    _ = PlanJSONReporter.render(plan, wording: PlanWording(showSensitive: true))
    _ = PlanMarkdownReporter.render(plan)
}
