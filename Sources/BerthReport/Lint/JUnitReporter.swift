import BerthLint

/// JUnit XML, as Jenkins, GitLab, Azure DevOps and CircleCI read test reports: a test suite per file, a test
/// case per rule that found something there (failed when a finding is at or above the failure level, passed
/// with the findings as output otherwise), a passing `lint` case for a clean file, and an error case for a file
/// that could not be read.
public enum JUnitReporter {
    public static func render(_ report: LintReport) -> String {
        let result = report.result
        let byPath = Dictionary(grouping: result.diagnostics, by: \.location.path)
        let unreadable = Dictionary(result.failures.map { ($0.path, $0.message) }, uniquingKeysWith: { first, _ in first })
        let paths = Set(result.files.map(\.path)).union(byPath.keys).union(unreadable.keys)
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }

        var suites = ""
        var totals = (tests: 0, failures: 0, errors: 0)
        for displayPath in paths {
            let path = report.repositoryPath(displayPath)
            var cases: [String] = []
            var failures = 0
            if let message = unreadable[displayPath] {
                cases.append(testCase("read", path: path, body: "<error message=\"\(escape(message))\" type=\"unreadable\"/>"))
            }
            let byRule = Dictionary(grouping: byPath[displayPath] ?? [], by: \.ruleID)
            for ruleID in byRule.keys.sorted() {
                let findings = byRule[ruleID]!
                let text = escape(findings.map { line($0, report: report) }.joined(separator: "\n"))
                let name = "\(ruleID) \(findings[0].ruleName)"
                if let worst = findings.map(\.severity).max(), worst >= report.failureLevel {
                    failures += 1
                    let summary = findings.count == 1 ? findings[0].message : "\(findings.count) findings"
                    cases.append(testCase(name, path: path, body: "<failure message=\"\(escape(summary))\" type=\"\(worst.rawValue)\">\(text)</failure>"))
                } else {
                    cases.append(testCase(name, path: path, body: "<system-out>\(text)</system-out>"))
                }
            }
            if cases.isEmpty { cases.append(testCase("lint", path: path, body: nil)) }
            let errors = unreadable[displayPath] == nil ? 0 : 1
            totals.tests += cases.count
            totals.failures += failures
            totals.errors += errors
            suites += "  <testsuite name=\"\(escape(path))\" tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"0\">\n"
            suites += cases.joined()
            suites += "  </testsuite>\n"
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"berth lint\" tests=\"\(totals.tests)\" failures=\"\(totals.failures)\" errors=\"\(totals.errors)\">\n"
            + suites + "</testsuites>\n"
    }

    private static func testCase(_ name: String, path: String, body: String?) -> String {
        let open = "    <testcase name=\"\(escape(name))\" classname=\"\(escape(path))\" file=\"\(escape(path))\""
        guard let body else { return open + "/>\n" }
        return open + ">\n      " + body + "\n    </testcase>\n"
    }

    /// `path:line:col: severity: message`, with the notes on their own lines.
    private static func line(_ diagnostic: Diagnostic, report: LintReport) -> String {
        func place(_ location: Location) -> String {
            "\(report.repositoryPath(location.path)):\(location.range.start.line):\(location.range.start.column)"
        }
        var text = "\(place(diagnostic.location)): \(diagnostic.severity.rawValue): \(diagnostic.message)"
        for note in diagnostic.notes { text += "\n  \(place(note.location)): note: \(note.message)" }
        return text
    }

    /// Text for an attribute or element: the five markup characters as entities, and the control characters
    /// XML 1.0 cannot hold as U+FFFD.
    static func escape(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&apos;"
            case "\n", "\t", "\r": output.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                output += "\u{FFFD}"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
