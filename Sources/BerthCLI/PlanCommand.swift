import ArgumentParser
import BerthLint
import BerthPlan
import BerthReport
import BerthRules
import BerthSpecs

enum PlanFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, markdown
}

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Show what a deploy of the specs would change, and what each change does.",
        discussion: """
        The specs are linted first: errors stop the plan. They are compared with the current state: the same \
        specs at a git revision (--against; the default inside a repository is HEAD), or a folder of AWS describe \
        output (--current: describe-task-definition --include TAGS, describe-services --include TAGS, \
        describe-clusters, describe-scalable-targets, describe-scaling-policies, or berth specs).

        Exit status:
          0   success (with --detailed-exitcode: no changes)
          1   error, including specs that do not lint clean and a current state that cannot be read
          2   with --detailed-exitcode: success, and there are changes
          64  usage error
        """)

    @Argument(help: "Spec files and directories (default: the working directory).")
    var paths: [String] = []

    @Option(help: "Compare with the specs at this git revision (default: HEAD, inside a git repository).")
    var against: String?

    @Option(help: "Compare with a folder of AWS describe output (or berth specs) instead of git.")
    var current: String?

    @Flag(help: "Delete resources that exist now and no spec defines (otherwise shown as not managed here).")
    var prune = false

    @Option(name: .customLong("owned-elsewhere"),
            help: "A field another process sets, never compared: 'TaskDefinition:containerDefinitions[].image' (repeatable).")
    var ownedElsewhere: [String] = []

    @Option(help: "Output format: \(PlanFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: PlanFormat = .text

    @Flag(help: "Show secret values in the plan (never in markdown).")
    var showSensitive = false

    @Flag(help: "Exit 2 when there are changes, 0 when there are none.")
    var detailedExitcode = false

    @Option(help: "Colour the text output: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    @OptionGroup var settings: PolicyOptions

    func validate() throws {
        if against != nil && current != nil { throw ValidationError("give --against or --current, not both") }
        for field in ownedElsewhere where Ownership.OwnedField(field) == nil {
            throw ValidationError("--owned-elsewhere '\(field)' is not a field path (e.g. 'TaskDefinition:containerDefinitions[].image')")
        }
    }

    func run() throws {
        let workingDirectory = Terminal.workingDirectory
        let configuration = try settings.loadConfiguration(workingDirectory: workingDirectory, invalidStatus: 1)
        let owned = try ownedFields(configuration)
        let linter = Linter(ruleSet: .builtin, policy: try settings.policy(configuration: configuration, workingDirectory: workingDirectory))
        let targets = paths.isEmpty ? ["."] : paths

        let currentState = try readCurrent(linter: linter, targets: targets, workingDirectory: workingDirectory,
                                           isSelected: LintTargets.selection(configuration, workingDirectory: workingDirectory))
        // A --current folder inside the planned paths is state, not specs.
        let excluded = current == nil ? [] : Set(currentState.files.map(\.path))
        let discovery = FileDiscovery.discover(targets, workingDirectory: workingDirectory)
        try fail(on: discovery.errors.map { ($0.path, $0.message) })
        let inputs = LintTargets.selected(discovery.files, by: configuration, workingDirectory: workingDirectory)
            .filter { !excluded.contains($0.path) }.map { LintInput(path: $0.path, isExplicit: $0.isExplicit) }
        let lint = linter.lint(inputs)
        try fail(on: lint.failures)
        var shown = lint
        shown.diagnostics.removeAll { $0.severity < .warning }
        let hasErrors = shown.diagnostics.contains { $0.severity == .error }
        // Findings go to stderr, so stdout is the plan alone, whatever the format.
        if !shown.diagnostics.isEmpty { Terminal.error(TextReporter(color: Terminal.useColor(color)).render(shown)) }
        if hasErrors {
            Terminal.error("berth: the specs have errors; fix them before planning\n")
            throw ExitCode(1)
        }

        let options = PlanOptions(prune: prune, ownership: Ownership(ownedElsewhere: owned))
        let plan = Planner.plan(desired: PlanState(files: lint.files, source: targets.joined(separator: " "), coversEveryKind: true),
                                current: currentState.state, options: options)
        switch format {
        case .text:
            let wording = PlanWording(showSensitive: showSensitive)
            Terminal.write(PlanTextReporter(color: Terminal.useColor(color), wording: wording).render(plan))
        case .json: Terminal.write(PlanJSONReporter.render(plan, wording: PlanWording(showSensitive: showSensitive)))
        case .markdown: Terminal.write(PlanMarkdownReporter.render(plan))
        }
        if detailedExitcode && plan.hasChanges { throw ExitCode(2) }
    }

    /// Fields other tools set: `plan.owned-elsewhere` in the configuration, then `--owned-elsewhere`.
    private func ownedFields(_ configuration: Configuration?) throws -> [Ownership.OwnedField] {
        var fields: [Ownership.OwnedField] = []
        for (text, range) in configuration?.ownedElsewhere ?? [] {
            guard let field = Ownership.OwnedField(text) else {
                Terminal.error("\(configuration!.path):\(range.start.line):\(range.start.column): error: '\(text)' is not a field path (e.g. 'TaskDefinition:containerDefinitions[].image')\n")
                throw ExitCode(1)
            }
            fields.append(field)
        }
        return fields + ownedElsewhere.compactMap(Ownership.OwnedField.init)
    }

    /// The current state and the files it was read from (which are not desired specs, even inside `paths`).
    private func readCurrent(linter: Linter, targets: [String], workingDirectory: String,
                             isSelected: (String) -> Bool) throws -> (state: PlanState, files: [SpecFile]) {
        let inputs: [LintInput]
        let source: String
        if let current {
            let discovery = FileDiscovery.discover([current], workingDirectory: workingDirectory)
            try fail(on: discovery.errors.map { ($0.path, $0.message) })
            // Every file of the folder is meant as state: one that is not gets a diagnostic, not silence.
            inputs = discovery.files.map { LintInput(path: $0.path, isExplicit: true) }
            source = current
        } else {
            let revision = against ?? "HEAD"
            guard against != nil || GitRevisionFiles.isInsideWorkTree(workingDirectory) else {
                Terminal.error("berth: not inside a git repository: give --against REVISION inside one, or --current DIR\n")
                throw ExitCode(1)
            }
            do {
                // The same files as the desired side: what the configuration excludes is not planned at all.
                inputs = try GitRevisionFiles.read(revision: revision, paths: targets, workingDirectory: workingDirectory)
                    .filter { isSelected($0.path) }
            } catch {
                Terminal.error("berth: \(error.message)\n")
                throw ExitCode(1)
            }
            source = "git \(revision)"
        }
        let (files, failures) = linter.load(inputs)
        try fail(on: failures)
        let problems = PlanState.problems(in: files, isDescribeFolder: current != nil)
        if !problems.isEmpty {
            for problem in problems {
                Terminal.error("\(problem.path):\(problem.range.start.line):\(problem.range.start.column): error: \(problem.message)\n")
            }
            Terminal.error("berth: cannot read the current state in \(source): nothing is planned against a state berth does not understand\n")
            throw ExitCode(1)
        }
        return (PlanState(files: files, source: source, coversEveryKind: current == nil), files)
    }

    private func fail(on failures: [(String, String)]) throws {
        guard !failures.isEmpty else { return }
        for (path, message) in failures {
            Terminal.error("berth: cannot read \(path): \(message)\n")
        }
        throw ExitCode(1)
    }
}
