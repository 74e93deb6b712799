import BerthLint
import BerthReport
import BerthRules
import FuzzSupport

private let linter = Linter(ruleSet: .builtin, policy: LintPolicy(today: Fixtures.today))
/// Every sample project, lint clean: beside them the fuzzed file's references resolve and cross-resource
/// rules (duplicate names, listeners and target groups, scaling, images and repositories) compare it with them.
private let project = Fixtures.inputs(["samples/ecs", "samples/eks", "samples/apprunner"])

/// Every built-in rule over the fuzzed bytes as a file of their own, then as one more file of the samples, and
/// the text reporter's snippets of what they found.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzInput.bytes(data, size)
    let alone = linter.lint([LintInput(path: FuzzInput.fileName("fuzz", for: bytes), isExplicit: true, bytes: bytes)])
    _ = TextReporter(color: true).render(alone)
    // Without resources of its own the file adds nothing to the samples' graph that linting it alone did not show.
    var diagnostics = alone.diagnostics
    if alone.files.contains(where: { !$0.resources.isEmpty }) {
        let fuzzed = LintInput(path: FuzzInput.fileName("samples/ecs/web/fuzz", for: bytes), isExplicit: true, bytes: bytes)
        diagnostics += linter.lint(project + [fuzzed]).diagnostics
    }
    for diagnostic in diagnostics {
        let range = diagnostic.location.range
        require(range.start <= range.end, "\(diagnostic.ruleID) reports a range that ends before it starts")
    }
    return 0
}
