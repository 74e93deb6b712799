import BerthLint
import BerthYAML

/// Machine-readable lint output, version 1 (DESIGN.md §5). New fields may be added; none changes meaning.
public enum JSONReporter {
    public static func render(_ result: LintResult) -> String {
        let summary = LintSummary(result)
        return JSONWriter.render(.object([
            ("version", .int(1)),
            ("diagnostics", .array(result.diagnostics.map(diagnostic))),
            ("summary", .object([
                ("files", .int(summary.files)), ("errors", .int(summary.errors)),
                ("warnings", .int(summary.warnings)), ("infos", .int(summary.infos)),
            ] + (result.baseline.map { baseline in
                [("baseline", .object([("known", .int(baseline.known)), ("new", .int(baseline.new)), ("fixed", .int(baseline.fixed))]))]
            } ?? []))),
        ]))
    }

    private static func diagnostic(_ diagnostic: Diagnostic) -> JSONWriter.Value {
        .object([
            ("ruleId", .string(diagnostic.ruleID)),
            ("ruleName", .string(diagnostic.ruleName)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("message", .string(diagnostic.message)),
            ("path", .string(diagnostic.location.path)),
            ("range", range(diagnostic.location.range)),
            ("notes", .array(diagnostic.notes.map { note in
                .object([
                    ("message", .string(note.message)),
                    ("path", .string(note.location.path)),
                    ("range", range(note.location.range)),
                ])
            })),
            ("helpUri", .string(diagnostic.helpURI)),
            ("subject", diagnostic.subject.map(JSONWriter.Value.string) ?? .null),
            ("fingerprint", .string(diagnostic.fingerprint)),
        ])
    }

    static func range(_ range: SourceRange) -> JSONWriter.Value {
        .object([
            ("start", .object([("line", .int(range.start.line)), ("column", .int(range.start.column))])),
            ("end", .object([("line", .int(range.end.line)), ("column", .int(range.end.column))])),
        ])
    }
}
