import ArgumentParser
import BerthLint

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented starter .berth.yaml, and with --pre-commit the pre-commit configuration.",
        discussion: """
        An existing .berth.yaml is left alone unless --force is given. With --pre-commit, a missing \
        .pre-commit-config.yaml is written; an existing one is left alone and the lines to add are printed.

        Exit status:
          0   written
          1   .berth.yaml exists (use --force)
          2   a file could not be written
        """)

    @Flag(help: "Also set up the pre-commit hook.")
    var preCommit = false

    @Flag(help: "Replace an existing .berth.yaml.")
    var force = false

    func run() throws {
        let configurationPath = Configuration.fileName
        if ProjectPaths.exists(configurationPath) && !force {
            Terminal.error("berth: \(configurationPath) exists; use --force to replace it\n")
            throw ExitCode(1)
        }
        try Terminal.writeFile(StarterFiles.configuration, to: configurationPath)
        Terminal.write("wrote \(configurationPath)\n")
        guard preCommit else { return }
        if ProjectPaths.exists(StarterFiles.preCommitPath) {
            Terminal.write("\(StarterFiles.preCommitPath) exists; add this to its repos:\n\n\(StarterFiles.preCommitRepository)")
        } else {
            try Terminal.writeFile("repos:\n" + StarterFiles.preCommitRepository, to: StarterFiles.preCommitPath)
            Terminal.write("wrote \(StarterFiles.preCommitPath); run `pre-commit install` to lint on every commit\n")
        }
    }

}

/// What `berth init` writes.
enum StarterFiles {
    static let preCommitPath = ".pre-commit-config.yaml"

    static let preCommitRepository = """
      - repo: \(BerthVersion.homepage)
        rev: v\(BerthVersion.current)
        hooks:
          - id: berth
          # - id: berth-plan   # manual stage: pre-commit run --hook-stage manual berth-plan

    """

    static let configuration = """
    # berth configuration: \(BerthVersion.homepage)#configuration
    # Settings, from weakest to strongest: berth's defaults, this file, `# berth:` comments in specs, the
    # command line. Path patterns use .gitignore syntax and are relative to this file's folder.

    # Lint only these files (default: every YAML and JSON file that is a spec).
    # include: ["deploy/"]

    # Never lint these.
    exclude: []

    # Rules to run, and rules to skip: ids (ECS215), id prefixes (ECS2 = services) or names
    # (circuit-breaker-disabled). The narrower entry wins when select and ignore overlap.
    select: [ALL]
    ignore: []

    # Change a rule's level: error, warning, info, or off.
    severity: {}
    #   ECS215: warning

    # Rules that do not apply to some files. JSON has no comments, so this is how to silence a JSON file.
    per-path-ignores: {}
    #   "legacy/": [ECS201]

    # Where the specs deploy, for rules that compare accounts and Regions.
    # defaults:
    #   account-id: "123456789012"
    #   region: us-east-1

    # The level that fails `berth lint` (error, warning or info); --strict means warning.
    fail-on: error

    # berth plan: fields another process sets (a pipeline that writes image tags), never compared.
    # plan:
    #   owned-elsewhere:
    #     - "TaskDefinition:containerDefinitions[].image"

    """
}
