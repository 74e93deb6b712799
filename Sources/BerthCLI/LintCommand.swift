import ArgumentParser
import BerthLint
import BerthReport
import BerthRules
import BerthYAML

enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, sarif, github, junit, gitlab
}

extension ColorChoice: ExpressibleByArgument {}

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check spec files for misconfigurations.",
        discussion: """
        Directories are walked for .yaml, .yml and .json files, skipping hidden folders and .build and honouring \
        .gitignore; files there that are not specs are skipped silently. Files named explicitly are always read.

        Settings, from weakest to strongest: built-in defaults, .berth.yaml, # berth: comments in the specs, the \
        command line.

        Exit status:
          0   no new finding at or above the failure level (error; warning with --strict; fail-on in .berth.yaml)
          1   findings at or above it (YAML syntax errors included)
          2   berth could not run: an unreadable path, an invalid configuration or baseline, an internal error
          64  usage error
        """)

    @Argument(help: "Files and directories to lint (default: the working directory).")
    var paths: [String] = []

    @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .text

    @Option(help: "Write the report to this file (replaced atomically) instead of standard output.")
    var output: String?

    @Flag(help: "With --output, also print the text report on standard output.")
    var alsoText = false

    @Option(help: "Colour the text output: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    @Flag(help: "Fail on warnings too, not only on errors.")
    var strict = false

    @Option(help: "Read every spec under this directory for cross-references, but report only findings in the named paths (the pre-commit hook).")
    var project: String?

    @Option(help: "Report only findings that this baseline file does not hold.")
    var baseline: String?

    @Option(help: "Record the current findings in this baseline file, and exit 0.")
    var writeBaseline: String?

    @Option(help: "Largest file to read, in bytes; larger files get one diagnostic and are not parsed.")
    var maxFileSize: Int = YAMLLimits().maxFileBytes

    @OptionGroup var settings: PolicyOptions

    func validate() throws {
        // Positions inside a file are 32-bit, and the reader adds to the limit: Int.max would overflow.
        guard (1...Int(Int32.max)).contains(maxFileSize) else {
            throw ValidationError("--max-file-size must be a number of bytes from 1 to \(Int32.max)")
        }
        if alsoText && output == nil { throw ValidationError("--also-text goes with --output") }
        if baseline != nil && writeBaseline != nil { throw ValidationError("give --baseline or --write-baseline, not both") }
    }

    func run() throws {
        let workingDirectory = Terminal.workingDirectory
        let configuration = try settings.loadConfiguration(workingDirectory: workingDirectory, invalidStatus: 2)
        let policy = try settings.policy(configuration: configuration, workingDirectory: workingDirectory)
        let targets = LintTargets.collect(paths: paths, project: project, configuration: configuration, workingDirectory: workingDirectory)
        let linter = Linter(ruleSet: .builtin, limits: YAMLLimits(maxFileBytes: maxFileSize), policy: policy)
        var result = linter.lint(targets.inputs)
        if let focus = targets.focus { result.diagnostics.removeAll { !focus.contains($0.location.path) } }

        let failureLevel: Severity = strict ? .warning : configuration?.failOn ?? .error
        // Only CI formats and baselines name files from the repository root; text and JSON keep display paths.
        let needsRepositoryPaths = ![.text, .json].contains(format) || baseline != nil || writeBaseline != nil
        var report = LintReport(result: result, rules: RuleSet.builtin.descriptions, failureLevel: failureLevel,
                                repositoryPaths: needsRepositoryPaths ? LintTargets.repositoryPaths(of: result, workingDirectory: workingDirectory) : [:])
        let failures = targets.errors.map { ($0.path, $0.message) } + result.failures.map { ($0.path, $0.message) }

        if let writeBaseline {
            try Terminal.writeFile(BaselineWriter.render(report), to: writeBaseline)
            Terminal.error("berth: recorded \(result.diagnostics.count) finding\(result.diagnostics.count == 1 ? "" : "s") in \(writeBaseline)\n")
            try exitForUnreadable(failures)
            return
        }
        if let baseline {
            switch Baseline.read(path: baseline) {
            case .success(let known):
                let (new, comparison) = known.filter(report.result.diagnostics, fingerprint: report.fingerprint)
                report.result.diagnostics = new
                report.result.baseline = comparison
            case .failure(let invalid):
                Terminal.error("berth: \(invalid.message)\n")
                throw ExitCode(2)
            }
        }

        let rendered = render(report)
        if let output {
            try Terminal.writeFile(rendered, to: output)
            if alsoText { Terminal.write(TextReporter(color: Terminal.useColor(color)).render(report.result)) }
        } else {
            Terminal.write(rendered)
        }
        if format != .text && format != .json, let comparison = report.result.baseline {
            Terminal.error("berth: baseline \(baseline ?? ""): \(comparison.sentence)\n")
        }
        try exitForUnreadable(failures)
        if report.result.diagnostics.contains(where: { $0.severity >= failureLevel }) { throw ExitCode(1) }
    }

    private func render(_ report: LintReport) -> String {
        switch format {
        case .text: TextReporter(color: output == nil && Terminal.useColor(color)).render(report.result)
        case .json: JSONReporter.render(report.result)
        case .sarif: SARIFReporter.render(report)
        case .github: GitHubReporter.render(report)
        case .junit: JUnitReporter.render(report)
        case .gitlab: GitLabReporter.render(report)
        }
    }


    private func exitForUnreadable(_ failures: [(String, String)]) throws {
        for (path, message) in failures {
            Terminal.error("berth: cannot read \(path): \(message)\n")
        }
        if !failures.isEmpty { throw ExitCode(2) }
    }
}
