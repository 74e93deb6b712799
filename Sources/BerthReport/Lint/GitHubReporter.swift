import BerthLint

/// GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff
/// (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`), followed by the summary line.
/// https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
public enum GitHubReporter {
    public static func render(_ report: LintReport) -> String {
        var output = ""
        for diagnostic in report.result.diagnostics {
            let range = diagnostic.location.range
            let properties = [
                ("file", report.repositoryPath(diagnostic.location.path)),
                ("line", String(range.start.line)), ("col", String(range.start.column)),
                ("endLine", String(range.end.line)), ("endColumn", String(range.end.column)),
                ("title", "\(diagnostic.ruleID) \(diagnostic.ruleName)"),
            ]
            var message = diagnostic.message
            for note in diagnostic.notes {
                let at = note.location
                message += "\nnote: \(report.repositoryPath(at.path)):\(at.range.start.line):\(at.range.start.column): \(note.message)"
            }
            output += "::\(command(diagnostic.severity)) "
            output += properties.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
            output += "::\(escapeData(message))\n"
        }
        output += LintSummary(report.result).sentence + "\n"
        return output
    }

    private static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// The message: `%`, CR and LF are escaped, as the runner's `escapeData` does.
    static func escapeData(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": output += "%25"
            case "\r": output += "%0D"
            case "\n": output += "%0A"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// A property value: the data escapes, and `:` and `,`, which end a property.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }
}
