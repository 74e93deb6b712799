import BerthLint
import BerthYAML

/// SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, IDE viewers): every rule in `tool.driver.rules`,
/// results with repository-relative locations and full regions, and `partialFingerprints` keyed by rule, file
/// and resource field, not line, so an alert survives edits that move it.
public enum SARIFReporter {
    public static func render(_ report: LintReport) -> String {
        let ruleIndex = Dictionary(report.rules.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let failures = report.result.failures
        let run: JSONWriter.Value = .object([
            ("tool", .object([("driver", .object([
                ("name", .string("berth")),
                ("version", .string(BerthVersion.current)),
                ("semanticVersion", .string(BerthVersion.current)),
                ("informationUri", .string(BerthVersion.homepage)),
                ("rules", .array(report.rules.map(rule))),
            ]))])),
            ("invocations", .array([.object([
                ("executionSuccessful", .bool(failures.isEmpty)),
                ("toolExecutionNotifications", .array(failures.map { failure in
                    .object([
                        ("level", .string("error")),
                        ("message", .object([("text", .string("cannot read \(failure.path): \(failure.message)"))])),
                    ])
                })),
            ])])),
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(report.result.diagnostics.map { result($0, ruleIndex: ruleIndex[$0.ruleID], report: report) })),
        ])
        return JSONWriter.render(.object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ]))
    }

    private static func rule(_ rule: RuleDescription) -> JSONWriter.Value {
        .object([
            ("id", .string(rule.id)),
            ("name", .string(rule.name)),
            ("shortDescription", .object([("text", .string(rule.summary))])),
            ("fullDescription", .object([("text", .string(rule.rationale))])),
            ("helpUri", .string(rule.helpURI)),
            ("help", .object([("text", .string("\(rule.rationale)\n\nSource: \(rule.helpURI)"))])),
            ("defaultConfiguration", .object([("level", .string(level(rule.severity)))])),
            ("properties", .object([("tags", .array([.string(rule.category.rawValue)]))])),
        ])
    }

    private static func result(_ diagnostic: Diagnostic, ruleIndex: Int?, report: LintReport) -> JSONWriter.Value {
        var members: [(String, JSONWriter.Value)] = [("ruleId", .string(diagnostic.ruleID))]
        if let ruleIndex { members.append(("ruleIndex", .int(ruleIndex))) }
        members += [
            ("level", .string(level(diagnostic.severity))),
            ("message", .object([("text", .string(diagnostic.message))])),
            ("locations", .array([.object([("physicalLocation", physicalLocation(diagnostic.location, report: report))])])),
        ]
        if !diagnostic.notes.isEmpty {
            members.append(("relatedLocations", .array(diagnostic.notes.enumerated().map { index, note in
                .object([
                    ("id", .int(index + 1)),
                    ("physicalLocation", physicalLocation(note.location, report: report)),
                    ("message", .object([("text", .string(note.message))])),
                ])
            })))
        }
        members.append(("partialFingerprints", .object([("berthFingerprint/v1", .string(report.fingerprint(diagnostic)))])))
        return .object(members)
    }

    private static func physicalLocation(_ location: Location, report: LintReport) -> JSONWriter.Value {
        let range = location.range
        let path = report.repositoryPath(location.path)
        // A file outside the repository keeps its absolute path, as a file URI.
        let artifact: [(String, JSONWriter.Value)] = path.hasPrefix("/")
            ? [("uri", .string("file://" + uri(path)))]
            : [("uri", .string(uri(path))), ("uriBaseId", .string("%SRCROOT%"))]
        return .object([
            ("artifactLocation", .object(artifact)),
            ("region", .object([
                ("startLine", .int(range.start.line)), ("startColumn", .int(range.start.column)),
                ("endLine", .int(range.end.line)), ("endColumn", .int(range.end.column)),
            ])),
        ])
    }

    private static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// A relative path as a URI reference: bytes outside RFC 3986's unreserved set and `/` percent-encoded.
    static func uri(_ path: String) -> String {
        var output = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                output.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                output += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return output
    }
}
