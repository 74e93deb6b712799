import BerthLint
import BerthReport
import BerthRules
import Foundation
import FuzzSupport

/// A directory of this process's own: the configuration reader takes a path, so each input is written there.
private let directory: String = {
    let path = NSTemporaryDirectory() + "berth-fuzz-config-\(ProcessInfo.processInfo.processIdentifier)"
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(atPath: directory) }
    return path
}()
private let rules = RuleSet.builtin.descriptions
/// The CLI makes one linter per run; most fuzzed configurations are invalid and share this one.
private let builtinLinter = Linter(ruleSet: .builtin, policy: LintPolicy(today: Fixtures.today, workingDirectory: directory))
/// Where the configuration ends and the spec file begins; without it, the bytes are both.
private let separator = Array("\n#8<\n".utf8)

/// `.berth.yaml` through the configuration reader, then a spec file linted under the policy it makes (or the
/// built-in one when it is invalid), so suppression comments meet configured rules, severities and path ignores.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzInput.bytes(data, size)
    let (config, spec) = split(bytes)
    try! Data(config).write(to: URL(fileURLWithPath: "\(directory)/\(Configuration.fileName)"))
    var linter = builtinLinter
    let specPath = FuzzInput.fileName("specs/fuzz", for: spec)
    switch Configuration.load(path: Configuration.fileName, workingDirectory: directory, rules: rules) {
    case .failure(let invalid):
        _ = invalid.rendered
    case .success(let configuration):
        // As `berth lint` does: include and exclude choose the files, the rest is the policy's.
        let absolute = ProjectPaths.absolute(specPath, workingDirectory: directory)
        let include = PathMatcher(patterns: configuration.include, base: configuration.directory)
        let exclude = PathMatcher(patterns: configuration.exclude, base: configuration.directory)
        guard !exclude.matches(absolute), configuration.include.isEmpty || include.matches(absolute) else { return 0 }
        var policy = LintPolicy(layers: [configuration.layer], pathIgnores: configuration.pathIgnores, today: Fixtures.today,
                                defaults: configuration.defaults, workingDirectory: directory)
        policy.sources = [configuration.path: configuration.text]
        linter = Linter(ruleSet: .builtin, policy: policy)
    }
    let result = linter.lint([LintInput(path: specPath, isExplicit: true, bytes: spec)])
    _ = TextReporter(color: false).render(result)
    return 0
}

private func split(_ bytes: [UInt8]) -> (config: [UInt8], spec: [UInt8]) {
    guard bytes.count >= separator.count,
          let start = (0...(bytes.count - separator.count)).first(where: { bytes[$0..<($0 + separator.count)].elementsEqual(separator) })
    else { return (bytes, bytes) }
    return (Array(bytes[..<start]), Array(bytes[(start + separator.count)...]))
}
