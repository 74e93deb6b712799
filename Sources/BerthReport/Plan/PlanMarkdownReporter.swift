import BerthPlan

/// The plan as a pull-request comment: the summary table first, each changing resource's details in a
/// collapsed section. Secret-looking values are never shown. However big the plan, the comment stays under
/// `limit` characters (GitHub takes 65,536): detail is dropped step by step, never by cutting a code block.
public enum PlanMarkdownReporter {
    /// How much detail a rendering keeps.
    private enum Detail: CaseIterable {
        case full
        /// At most `cappedLines` changed fields per resource.
        case capped
        /// The table alone.
        case table
    }

    private static let cappedLines = 20
    private static let wording = PlanWording(showSensitive: false)

    public static func render(_ plan: Plan, limit: Int = 60_000) -> String {
        for detail in Detail.allCases {
            let text = render(plan, detail: detail, rows: nil)
            if text.count < limit { return text }
        }
        // Even the table is too long: keep as many rows as fit, halving the step until none more does.
        let changing = plan.resources.count { $0.action.isChange }
        var rows = 0
        var step = max(1, changing / 2)
        while step > 0 {
            if rows + step <= changing, render(plan, detail: .table, rows: rows + step).count < limit {
                rows += step
            } else {
                step /= 2
            }
        }
        return render(plan, detail: .table, rows: rows)
    }

    private static func render(_ plan: Plan, detail: Detail, rows: Int?) -> String {
        let changing = plan.resources.filter { $0.action.isChange }
        var output = "### berth plan: \(escape(plan.desired)) against \(escape(plan.current))\n\n"
        output += "**\(escape(PlanWording.summary(plan)))**\n\n"
        if !changing.isEmpty {
            output += "| | Resource | Action | Effect |\n|---|---|---|---|\n"
            for resource in changing.prefix(rows ?? changing.count) {
                output += "| `\(PlanWording.symbol(resource.action))` | \(escape(resource.kind.noun)) **\(escape(resource.identity))** "
                output += "| \(PlanWording.title(resource.action)) | \(escape(resource.effect)) |\n"
            }
            if let rows, rows < changing.count { output += "\n… and \(changing.count - rows) more resources\n" }
            output += "\n"
        }
        output += quiet(plan)
        if detail != .table {
            for resource in changing { output += section(resource, capped: detail == .capped) }
        }
        if detail != .full { output += "_Detail was left out to fit a comment: run `berth plan` locally for the full plan._\n" }
        return output
    }

    /// Resources that do not change: counted in a line, listed in a collapsed section.
    private static func quiet(_ plan: Plan) -> String {
        let groups: [(PlanAction, String)] = [(.noChange, "no change"), (.notManaged, "not managed here"), (.notCompared, "not compared")]
        let counted = groups.map { action, name in (name, plan.resources.filter { $0.action == action }) }.filter { !$0.1.isEmpty }
        guard !counted.isEmpty else { return "" }
        var output = counted.map { "\($0.0): \($0.1.count)" }.joined(separator: " · ").capitalizedFirst + "\n\n"
        output += "<details><summary>Resources without changes</summary>\n\n"
        for (name, resources) in counted {
            for resource in resources {
                let why = resource.action == .noChange ? "" : " (\(escape(resource.effect)))"
                output += "- \(escape(resource.label)): \(name)\(why)\n"
            }
        }
        return output + "\n</details>\n\n"
    }

    private static func section(_ resource: ResourcePlan, capped: Bool) -> String {
        var output = "<details><summary><code>\(escape(PlanWording.symbol(resource.action)))</code> \(escape(resource.kind.noun)) "
        output += "<b>\(escape(resource.identity))</b>: \(PlanWording.title(resource.action))</summary>\n\n"
        let fields = capped ? Array(resource.fields.prefix(cappedLines)) : resource.fields
        if !fields.isEmpty {
            let lines = fields.flatMap(diffLines)
            let fence = String(repeating: "`", count: max(3, longestBacktickRun(in: lines) + 1))
            output += "\(fence)diff\n" + lines.joined(separator: "\n") + "\n\(fence)\n\n"
        }
        if resource.fields.count > fields.count { output += "… and \(resource.fields.count - fields.count) more changed fields\n\n" }
        for reason in resource.reasons { output += "- \(escape(reason))\n" }
        if let rollout = resource.rollout { output += "- Rollout: \(escape(PlanWording.rollout(rollout)))\n" }
        for skip in resource.skipped { output += "- Not compared: `\(skip.path)`: \(escape(skip.reason))\n" }
        for warning in resource.warnings { output += "\n> ⚠️ \(escape(warning))\n" }
        return output + "\n</details>\n\n"
    }

    private static func diffLines(_ field: PlannedField) -> [String] {
        let change = field.change
        let path = change.path.description
        if wording.hidesChange(change) { return ["! \(path): (sensitive, changed)"] }
        var lines: [String] = []
        if let before = change.before { lines.append("- \(path): \(wording.value(before, of: change))") }
        if let after = change.after { lines.append("+ \(path): \(wording.value(after, of: change))") }
        return lines
    }

    private static func longestBacktickRun(in lines: [String]) -> Int {
        var longest = 0
        for line in lines {
            var run = 0
            for character in line {
                run = character == "`" ? run + 1 : 0
                longest = max(longest, run)
            }
        }
        return longest
    }

    /// Text outside code: no HTML, no table breaks, no stray code spans.
    static func escape(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "|": output += "\\|"
            case "`": output += "\\`"
            case "*", "_": output += "\\\(character)"
            case "\n": output += " "
            default: output.append(character)
            }
        }
        return output
    }
}

extension String {
    fileprivate var capitalizedFirst: String {
        prefix(1).uppercased() + dropFirst()
    }
}
