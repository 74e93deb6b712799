import BerthLint

/// Counts by severity, shared by the reporters.
public struct LintSummary: Sendable, Equatable {
    public var files: Int
    public var errors = 0
    public var warnings = 0
    public var infos = 0

    public init(_ result: LintResult) {
        files = result.fileCount
        for diagnostic in result.diagnostics {
            switch diagnostic.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
        }
    }

    /// `2 errors, 1 warning and 0 infos in 7 files`.
    public var sentence: String {
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        if errors + warnings + infos == 0 { return "no problems in \(count(files, "file"))" }
        return "\(count(errors, "error")), \(count(warnings, "warning")) and \(count(infos, "info")) in \(count(files, "file"))"
    }
}
