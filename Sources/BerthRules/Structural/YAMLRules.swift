import BerthLint
import BerthYAML

/// Descriptions of the YAML front end's checks, so every diagnostic has a stable id, a page in
/// `berth rules`, and examples that are tests.
enum YAMLRules {
    static let all: [YAMLProblem.Code: RuleDescription] = [
        .syntax: syntax, .duplicateKey: duplicateKey, .yaml11Ambiguity: yaml11, .limitExceeded: limit,
        .notText: notText, .invalidReference: invalidReference,
    ]

    static let syntax = RuleDescription(
        id: "YAML001", name: "yaml-syntax-error",
        summary: "The file is not valid YAML (or JSON)",
        rationale: "Nothing after the error can be read. berth reports libyaml's message at the place it gave up, with the construct it was reading as a note, and keeps linting the other files.",
        helpURI: "https://yaml.org/spec/1.2.2/",
        severity: .error, category: .correctness,
        triggering: ["kind: TaskDefinition\nfamily: web\ncontainerDefinitions: [{name: web, image: nginx}\n↓"],
        nonTriggering: ["kind: TaskDefinition\nfamily: web\ncontainerDefinitions: [{name: web, image: nginx, memory: 256}]\n"])

    static let duplicateKey = RuleDescription(
        id: "YAML002", name: "duplicate-key",
        summary: "A mapping repeats a key",
        rationale: "YAML forbids duplicate keys, yet most readers silently keep the last value and some the first, so the file means different things to different tools. The second key is reported, with the first as a note.",
        helpURI: "https://yaml.org/spec/1.2.2/#mapping",
        severity: .error, category: .correctness,
        triggering: ["kind: TaskDefinition\nfamily: web\ncontainerDefinitions: [{name: web, image: nginx}]\n↓family: api\n"],
        nonTriggering: ["kind: TaskDefinition\nfamily: web\ncontainerDefinitions: [{name: web, image: nginx, memory: 256}]\n"])

    static let yaml11 = RuleDescription(
        id: "YAML003", name: "yaml11-ambiguous-value",
        summary: "A plain value that YAML 1.1 readers read differently",
        rationale: "berth reads YAML 1.2, but PyYAML, the AWS CLI v1 and many other tools read YAML 1.1, where yes/no/on/off are booleans, 0755 is octal and 1:30 is the number 90. Quoting the value makes every reader agree.",
        helpURI: "https://yaml.org/spec/1.2.2/ext/changes/",
        severity: .warning, category: .correctness,
        triggering: ["kind: TaskDefinition\nfamily: web\ncontainerDefinitions:\n  - name: web\n    image: nginx\n    environment:\n      - {name: DEBUG, value: ↓yes}\n"],
        nonTriggering: ["kind: TaskDefinition\nfamily: web\ncontainerDefinitions:\n  - name: web\n    image: nginx\n    memory: 256\n    environment:\n      - {name: DEBUG, value: \"yes\"}\n"])

    static let limit = RuleDescription(
        id: "YAML004", name: "input-limit-exceeded",
        summary: "A file too large, too deeply nested or expanding too many aliases",
        rationale: "Hostile or accidental documents (a 'billion laughs' of nested aliases, thousands of nested brackets, a huge generated file) must not exhaust memory or the stack. berth stops reading such a file, says why, and lints the others. The size limit is set with --max-file-size.",
        helpURI: "https://en.wikipedia.org/wiki/Billion_laughs_attack",
        severity: .error, category: .reliability,
        triggering: ["kind: TaskDefinition\nfamily: " + String(repeating: "[", count: 255) + "↓[]\n"],
        nonTriggering: ["kind: TaskDefinition\nfamily: web\ncontainerDefinitions: [{name: web, image: nginx, memory: 256}]\n"])

    static let notText = RuleDescription(
        id: "YAML005", name: "not-utf8-text",
        summary: "The file is binary, UTF-16 or not valid UTF-8",
        rationale: "YAML and JSON files are UTF-8 text; a NUL byte means a binary file, and invalid UTF-8 cannot be mapped to lines and columns. The first bad byte is reported.",
        helpURI: "https://yaml.org/spec/1.2.2/#52-character-encodings",
        severity: .error, category: .correctness,
        triggering: ["kind: TaskDefinition\nfamily: web↓\u{0}\n"],
        nonTriggering: ["kind: TaskDefinition\nfamily: wéb\ncontainerDefinitions: [{name: web, image: nginx, memory: 256}]\n"])

    static let invalidReference = RuleDescription(
        id: "YAML006", name: "invalid-alias-or-merge",
        summary: "An alias names no anchor, or a merge key merges something that is not a mapping",
        rationale: "An alias must follow its anchor in the same document, and `<<` merges mappings only. Readers reject both.",
        helpURI: "https://yaml.org/type/merge.html",
        severity: .error, category: .correctness,
        triggering: ["kind: TaskDefinition\nfamily: web\ncontainerDefinitions: [↓*web]\n"],
        nonTriggering: ["kind: TaskDefinition\nfamily: web\ncontainerDefinitions:\n  - &web {name: web, image: nginx, memory: 256}\n  - <<: *web\n    name: sidecar\n"])
}
