import BerthYAML
import Testing

@Suite("scalar resolution")
struct ScalarTests {
    @Test("YAML 1.2 core schema", arguments: [
        ("null", YAMLScalar.Value.null), ("~", .null), ("", .null), ("NULL", .null),
        ("true", .bool(true)), ("False", .bool(false)), ("yes", .string), ("on", .string),
        ("0", .int(0)), ("-17", .int(-17)), ("+3", .int(3)), ("0o17", .int(15)), ("0x1F", .int(31)),
        ("0755", .int(755)), ("1.5", .float(1.5)), ("-.5", .float(-0.5)), ("1e3", .float(1000)), ("1.", .float(1)),
        (".inf", .float(.infinity)), ("1:30", .string), ("1_000", .string), ("0b101", .string),
        ("1.2.3", .string), ("web", .string), ("-", .string), (".", .string), ("1e", .string),
        ("99999999999999999999", .float(1e20)),
    ])
    func core(text: String, expected: YAMLScalar.Value) {
        #expect(ScalarResolution.resolve(plain: text) == expected)
    }

    @Test("what YAML 1.1 readers read differently", arguments: [
        ("yes", "the boolean true"), ("Off", "the boolean false"), ("y", "the boolean true"),
        ("0755", "the octal number 493"), ("08", "a string"), ("1:30", "the number 90"),
        ("1_000", "the number 1000"), ("0b101", "a binary number"), ("0o17", "a string"), ("1e3", "a string"),
        // Past Int.max: these trapped (multiplication overflow, and a too-large head read as 0).
        ("153722867280912931:0", "a base-60 number too large for a 64-bit integer"),
        ("99999999999999999999:1", "a base-60 number too large for a 64-bit integer"),
        ("153722867280912930:7", "the number 9223372036854775807"),
        ("07777777777777777777777", "an octal number too large for a 64-bit integer"),
    ])
    func yaml11(text: String, reading: String) {
        #expect(ScalarResolution.yaml11Reading(of: text, core: ScalarResolution.resolve(plain: text)) == reading)
    }

    @Test("no warning where both versions agree", arguments: ["true", "web", "0", "10", "1.5", "0x1F", "null", "2024-01-01", "-1", "1.0e+3"])
    func agree(text: String) {
        #expect(ScalarResolution.yaml11Reading(of: text, core: ScalarResolution.resolve(plain: text)) == nil)
    }

    @Test("the warning lands on the scalar, and not on quoted or JSON scalars")
    func warningPlacement() throws {
        let file = YAMLFile.read(bytes: Array("enabled: yes\nquoted: \"yes\"\n".utf8))
        let problem = try #require(file.problems.first)
        #expect(file.problems.count == 1)
        #expect(problem.code == .yaml11Ambiguity)
        #expect(problem.range.start == SourcePosition(line: 1, column: 10, offset: 9))
        #expect(problem.range.end.column == 13)
        #expect(YAMLFile.read(bytes: Array("{\"a\": 1e3}".utf8), isJSON: true).problems.isEmpty)
    }
}
