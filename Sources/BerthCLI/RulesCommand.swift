import ArgumentParser
import BerthLint
import BerthReport
import BerthRules

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the rules, or explain one with its rationale, source and examples.")

    @Argument(help: "A rule id (ECS201) or name (classic-load-balancer).")
    var rule: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let rules = RuleSet.builtin
        guard let wanted = rule else {
            Terminal.write(format == .json ? RuleCatalogReporter.json(rules.descriptions) : RuleCatalogReporter.table(rules.descriptions))
            return
        }
        guard let description = rules.description(for: wanted) else {
            throw ValidationError("no rule '\(wanted)'; `berth rules` lists them")
        }
        Terminal.write(format == .json ? RuleCatalogReporter.json([description]) : RuleCatalogReporter.detail(description))
    }
}
