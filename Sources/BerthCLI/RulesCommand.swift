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

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case text, json, markdown
    }

    @Option(help: "Output format: text, json, or markdown (the text of docs/rules.md).")
    var format: Format = .text

    func run() throws {
        let rules = RuleSet.builtin
        guard let wanted = rule else {
            Terminal.write(render(rules.descriptions, single: false))
            return
        }
        guard let description = rules.description(for: wanted) else {
            throw ValidationError("no rule '\(wanted)'; `berth rules` lists them")
        }
        Terminal.write(render([description], single: true))
    }

    private func render(_ descriptions: [RuleDescription], single: Bool) -> String {
        switch format {
        case .text: single ? RuleCatalogReporter.detail(descriptions[0]) : RuleCatalogReporter.table(descriptions)
        case .json: RuleCatalogReporter.json(descriptions)
        case .markdown: RuleCatalogReporter.markdown(descriptions)
        }
    }
}
