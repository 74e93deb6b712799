import BerthLint

/// `berth rules`: the catalog as a table, one rule in full, or JSON.
public enum RuleCatalogReporter {
    public static func table(_ rules: [RuleDescription]) -> String {
        let nameWidth = rules.map(\.name.count).max() ?? 0
        var output = ""
        for rule in rules {
            let name = rule.name + String(repeating: " ", count: nameWidth - rule.name.count)
            let severity = rule.severity.rawValue + String(repeating: " ", count: 7 - rule.severity.rawValue.count)
            output += "\(rule.id)  \(name)  \(severity)  \(rule.summary)\n"
        }
        return output
    }

    public static func detail(_ rule: RuleDescription) -> String {
        var output = "\(rule.id) \(rule.name)\n\n\(rule.summary)\n\n"
        output += "severity: \(rule.severity.rawValue)\ncategory: \(rule.category.rawValue)\nsource:   \(rule.helpURI)\n\n"
        output += wrap(rule.rationale, width: 100) + "\n"
        for (title, examples) in [("Triggers on", rule.triggering), ("Does not trigger on", rule.nonTriggering)] {
            for example in examples {
                output += "\n\(title) (↓ marks each finding):\n\n"
                output += example.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { $0.isEmpty ? "" : "    \($0)" }.joined(separator: "\n")
                if !example.hasSuffix("\n") { output += "\n" }
            }
        }
        return output
    }

    public static func json(_ rules: [RuleDescription]) -> String {
        JSONWriter.render(.object([
            ("version", .int(1)),
            ("rules", .array(rules.map { rule in
                .object([
                    ("id", .string(rule.id)), ("name", .string(rule.name)), ("summary", .string(rule.summary)),
                    ("severity", .string(rule.severity.rawValue)), ("category", .string(rule.category.rawValue)),
                    ("helpUri", .string(rule.helpURI)), ("rationale", .string(rule.rationale)),
                ])
            })),
        ]))
    }

    private static func wrap(_ text: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}
