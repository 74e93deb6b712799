import BerthLint
import BerthYAML

/// Human output: `path:line:col: severity: message [id name]`, the source line with the range underlined,
/// notes the same way, and a summary line.
public struct TextReporter: Sendable {
    public var color: Bool

    public init(color: Bool) {
        self.color = color
    }

    public func render(_ result: LintResult) -> String {
        var output = ""
        for diagnostic in result.diagnostics {
            let location = diagnostic.location
            output += paint("\(location.path):\(location.range.start.line):\(location.range.start.column):", .bold)
            output += " " + paint("\(diagnostic.severity.rawValue):", style(for: diagnostic.severity))
            output += " " + diagnostic.message + " " + paint("[\(diagnostic.ruleID) \(diagnostic.ruleName)]", .dim) + "\n"
            output += snippet(location, in: result)
            for note in diagnostic.notes {
                let at = note.location
                output += paint("\(at.path):\(at.range.start.line):\(at.range.start.column):", .bold)
                output += " " + paint("note:", .cyan) + " " + note.message + "\n"
                output += snippet(at, in: result)
            }
        }
        let summary = LintSummary(result)
        let worst: Painter.Style = summary.errors > 0 ? .red : summary.warnings > 0 ? .yellow : .green
        output += paint(summary.sentence, worst)
        if let baseline = result.baseline { output += " (baseline: \(baseline.sentence))" }
        output += "\n"
        return output
    }

    /// The start line of the range with the range underlined (to the end of the line when it spans lines),
    /// secrets masked.
    private func snippet(_ location: Location, in result: LintResult) -> String {
        guard let text = result.sources[location.path], !text.bytes.isEmpty else { return "" }
        let range = location.range
        let line = MaskedLine(text, line: range.start.line, secrets: result.secrets[location.path] ?? [])
        guard range.start.column - 1 <= line.sourceWidth else { return "" }
        let number = String(range.start.line)
        let gutter = String(repeating: " ", count: number.count)
        let startIndex = line.column(range.start.column - 1)
        let endIndex = range.end.line == range.start.line ? line.column(range.end.column - 1) : line.width
        // Keep tabs in the indentation so the marks line up under the text.
        var lead = ""
        for scalar in line.text.unicodeScalars.prefix(startIndex) { lead.unicodeScalars.append(scalar == "\t" ? "\t" : " ") }
        let width = max(1, endIndex - startIndex)
        let marks = "^" + String(repeating: "~", count: width - 1)
        return " \(number) | \(line.text)\n \(gutter) | \(lead)\(paint(marks, .green))\n"
    }

    private func style(for severity: Severity) -> Painter.Style {
        switch severity {
        case .error: .red
        case .warning: .yellow
        case .info: .blue
        }
    }

    private var paint: Painter { Painter(color: color) }
}
