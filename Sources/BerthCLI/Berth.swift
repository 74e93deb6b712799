import ArgumentParser
import BerthLint

/// `berth`: lint AWS container specs and plan their deploys.
public struct Berth: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "berth",
        abstract: "Lint AWS container infrastructure specs and plan their deploys: ECS task definitions, services, clusters, scaling, load balancing, scheduling.",
        discussion: """
        Specs are YAML or JSON documents whose `kind` names an AWS API call and whose other keys are that call's \
        request, with the API's own field names. Files AWS tools write (task-definition.json, describe output) are \
        recognised without `kind`.
        """,
        version: BerthVersion.current,
        subcommands: [LintCommand.self, PlanCommand.self, RulesCommand.self, InitCommand.self],
        defaultSubcommand: LintCommand.self)

    public init() {}

    /// Runs berth; long lists of files skip the argument parser (see `TrailingOperands`).
    public static func main(arguments: [String]) {
        let others = Set(configuration.subcommands.map { $0._commandName }).subtracting([LintCommand._commandName]).union(["help"])
        let (parsed, paths) = TrailingOperands.split(arguments, otherSubcommands: others)
        do {
            var command = try parseAsRoot(parsed)
            if var lint = command as? LintCommand {
                lint.paths += paths
                command = lint
            }
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
