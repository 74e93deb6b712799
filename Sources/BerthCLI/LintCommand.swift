import ArgumentParser
import BerthLint
import BerthReport
import BerthRules
import BerthYAML

enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json
}

extension ColorChoice: ExpressibleByArgument {}

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check spec files for misconfigurations.",
        discussion: """
        Directories are walked for .yaml, .yml and .json files, skipping hidden folders and .build and honouring \
        .gitignore; files there that are not specs are skipped silently. Files named explicitly are always read.

        Exit status:
          0   no finding at or above the failure level (error; warning with --strict)
          1   findings at or above it (YAML syntax errors included)
          2   berth could not run: an unreadable path or an internal error
          64  usage error
        """)

    @Argument(help: "Files and directories to lint (default: the working directory).")
    var paths: [String] = []

    @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .text

    @Option(help: "Colour the text output: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    @Flag(help: "Fail on warnings too, not only on errors.")
    var strict = false

    @Option(help: "Largest file to read, in bytes; larger files get one diagnostic and are not parsed.")
    var maxFileSize: Int = YAMLLimits().maxFileBytes

    func validate() throws {
        guard maxFileSize > 0 else { throw ValidationError("--max-file-size must be a positive number of bytes") }
    }

    func run() throws {
        let discovery = FileDiscovery.discover(paths.isEmpty ? ["."] : paths, workingDirectory: Terminal.workingDirectory)
        let inputs = discovery.files.map { LintInput(path: $0.path, isExplicit: $0.isExplicit) }
        let linter = Linter(ruleSet: .builtin, limits: YAMLLimits(maxFileBytes: maxFileSize))
        let result = linter.lint(inputs)

        switch format {
        case .text: Terminal.write(TextReporter(color: Terminal.useColor(color)).render(result))
        case .json: Terminal.write(JSONReporter.render(result))
        }
        let failures = discovery.errors.map { ($0.path, $0.message) } + result.failures.map { ($0.path, $0.message) }
        for (path, message) in failures {
            Terminal.error("berth: cannot read \(path): \(message)\n")
        }
        if !failures.isEmpty { throw ExitCode(2) }
        let threshold: Severity = strict ? .warning : .error
        if result.diagnostics.contains(where: { $0.severity >= threshold }) { throw ExitCode(1) }
    }
}
