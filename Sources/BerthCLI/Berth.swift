import ArgumentParser

/// `berth`: lint AWS container specs (and, later, plan deploys).
public struct Berth: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "berth",
        abstract: "Lint AWS container infrastructure specs: ECS task definitions, services, clusters, capacity providers.",
        discussion: """
        Specs are YAML or JSON documents whose `kind` names an AWS API call and whose other keys are that call's \
        request, with the API's own field names. Files AWS tools write (task-definition.json, describe output) are \
        recognised without `kind`.
        """,
        version: BerthVersion.current,
        subcommands: [LintCommand.self, RulesCommand.self],
        defaultSubcommand: LintCommand.self)

    public init() {}
}

public enum BerthVersion {
    public static let current = "0.1.0"
}
