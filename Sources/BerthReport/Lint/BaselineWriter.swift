import BerthLint

/// The file `--write-baseline` writes: every finding with its fingerprint (what `--baseline` matches on) and,
/// for people reading the diff of a baseline, its rule, path, subject and message. Sorted by path, rule and
/// fingerprint, never line, so rewriting a baseline after edits that only move findings changes nothing.
public enum BaselineWriter {
    public static func render(_ report: LintReport) -> String {
        let findings = report.result.diagnostics.map { diagnostic in
            (key: [report.repositoryPath(diagnostic.location.path), diagnostic.ruleID, report.fingerprint(diagnostic)], value: JSONWriter.Value.object([
                ("ruleId", .string(diagnostic.ruleID)),
                ("path", .string(report.repositoryPath(diagnostic.location.path))),
                ("subject", diagnostic.subject.map(JSONWriter.Value.string) ?? .null),
                ("message", .string(diagnostic.message)),
                ("fingerprint", .string(report.fingerprint(diagnostic))),
            ]))
        }
        return JSONWriter.render(.object([
            ("version", .int(1)),
            ("findings", .array(findings.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map(\.value))),
        ]))
    }
}
