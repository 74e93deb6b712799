import Foundation

/// Checks output with real validators from Python: jsonschema for SARIF, the standard library's XML parser.
public enum SchemaCheck {
    /// Runs a Python script that reads `input` from the file named by `sys.argv[1]`.
    public static func python(_ script: String, input: String) throws -> Subprocess.Output {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("berth-check-\(UUID().uuidString)")
        try input.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        return try Subprocess.python(["-c", script, file.path])
    }

    /// The official SARIF 2.1.0 schema, vendored under Tests/Fixtures/sarif (see its README).
    public static var sarifSchema: URL {
        PackageRoot.url.appendingPathComponent("Tests/Fixtures/sarif/sarif-schema-2.1.0.json")
    }

    /// Every way `sarif` breaks the schema, one line each; empty when it validates.
    public static func sarifErrors(_ sarif: String) throws -> [String] {
        let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[2]))
        document = json.load(open(sys.argv[1]))
        validator = jsonschema.validators.validator_for(schema)(schema)
        for error in validator.iter_errors(document):
            print("/".join(map(str, error.path)) + ": " + error.message)
        print("checked")
        """
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("berth-sarif-\(UUID().uuidString).json")
        try sarif.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try Subprocess.python(["-c", script, file.path, sarifSchema.path])
        guard run.status == 0, run.stdout.hasSuffix("checked\n") else { return ["validator failed: \(run.stderr)"] }
        return run.stdout.split(separator: "\n").dropLast().map(String.init)
    }
}
