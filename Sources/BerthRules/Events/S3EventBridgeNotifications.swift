import BerthLint
import BerthSpecs
import BerthYAML

/// S3 delivers bucket events to EventBridge only from buckets that opt in; a rule on them otherwise never fires.
struct S3EventBridgeNotifications: Rule {
    static let kinds: Set<ResourceKind> = [.eventRule]

    static let description = RuleDescription(
        id: "ECS508", name: "s3-event-bridge-notifications",
        summary: "An EventBridge rule on Amazon S3 events, which need EventBridge notifications on the bucket",
        rationale: """
        Amazon S3 sends bucket events (Object Created, Object Deleted…) to EventBridge only from buckets with \
        EventBridge notifications enabled: PutBucketNotificationConfiguration with EventBridgeConfiguration, or \
        NotificationConfiguration.EventBridgeConfiguration.EventBridgeEnabled: true in CloudFormation. A rule whose \
        EventPattern matches source aws.s3 silently never fires otherwise, so berth reminds (info; S3 API calls recorded \
        by CloudTrail need no opt-in). The EventPattern itself is a JSON object whose values are non-empty arrays or \
        objects; PutRule rejects anything else, an error.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventBridge.html",
        severity: .info, category: .reliability,
        triggering: [
            """
            kind: EventRule
            Name: on-upload
            EventPattern: ↓'{"source": ["aws.s3"], "detail-type": ["Object Created"], "detail": {"bucket": {"name": ["uploads"]}}}'
            """,
            """
            kind: EventRule
            Name: on-upload
            EventPattern: ↓'{"source": "aws.s3", "detail-type": ["Object Created"]}'
            """,
            """
            kind: EventRule
            Name: on-upload
            EventPattern: ↓"{source: ['aws.s3']}"
            """,
        ],
        nonTriggering: [
            """
            kind: EventRule
            Name: bucket-policy-changes
            EventPattern: |
              {
                "source": ["aws.s3"],
                "detail-type": ["AWS API Call via CloudTrail"],
                "detail": {"eventName": ["PutBucketPolicy", "DeleteBucketPolicy"]}
              }
            """,
            """
            kind: EventRule
            Name: task-stopped
            EventPattern: '{"source":["aws.ecs"],"detail-type":["ECS Task State Change"],"detail":{"lastStatus":["STOPPED"],"exitCode":[{"numeric":[">",0]}]}}'
            """,
            """
            kind: EventRule
            Name: templated
            EventPattern: '{"source": ["${EVENT_SOURCE}"]}'
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard let node = resource.body["EventPattern"], let text = node.knownString, !text.isEmpty else { return }
        let file = YAMLFile.read(bytes: Array(text.utf8), isJSON: true, limits: YAMLLimits(maxFileBytes: 64 << 10, maxDepth: 64))
        if let problem = Self.jsonProblem(file) {
            findings.add("\(resource.label) has an EventPattern that is not valid JSON (\(problem)); PutRule rejects it", at: node, severity: .error)
            return
        }
        guard let pattern = file.documents.first?.root else { return }
        if let problem = Self.patternProblem(pattern) {
            findings.add("\(resource.label) has an invalid EventPattern: \(problem); PutRule rejects it", at: node, severity: .error)
            return
        }
        let sources = (pattern["source"]?.elements ?? .empty).compactMap(\.string)
        let detailTypes = (pattern["detail-type"]?.elements ?? .empty).compactMap(\.string)
        guard sources.contains("aws.s3"), detailTypes.isEmpty || detailTypes.contains(where: { $0 != "AWS API Call via CloudTrail" }) else { return }
        findings.add("\(resource.label) matches Amazon S3 events, which S3 sends only from buckets with EventBridge notifications enabled: enable them on the bucket (EventBridgeConfiguration in its notification configuration)",
                     at: node)
    }

    /// Why the text is not one JSON value. The YAML front end reads JSON; what it accepts beyond JSON (plain or
    /// single-quoted strings, block collections, tags) is refused here.
    private static func jsonProblem(_ file: YAMLFile) -> String? {
        // JSON leaves duplicate keys to the reader; only syntax and limits make the text unusable.
        if let problem = file.problems.first(where: { $0.code != .duplicateKey }) {
            return "\(problem.message), line \(problem.range.start.line) column \(problem.range.start.column) of the pattern"
        }
        guard file.documents.count == 1, let root = file.documents[0].root else { return "it is empty" }
        return nonJSON(root)
    }

    private static func nonJSON(_ node: YAMLNode) -> String? {
        let place = "line \(node.range.start.line) column \(node.range.start.column) of the pattern"
        if node.tag != nil { return "a YAML tag at \(place)" }
        if let scalar = node.scalar {
            switch node.style {
            case .doubleQuoted: return nil
            case .plain where scalar.text.wholeMatch(of: #/true|false|null|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/#) != nil:
                return nil
            default: return "'\(scalar.text)' at \(place) is not a JSON value: write strings in double quotes"
            }
        }
        guard node.style == .flow else { return "YAML block syntax at \(place)" }
        for pair in node.pairs {
            if pair.key.style != .doubleQuoted { return "the key '\(pair.key.text ?? "")' at line \(pair.key.range.start.line) column \(pair.key.range.start.column) of the pattern is not in double quotes" }
            if let problem = nonJSON(pair.value) { return problem }
        }
        return node.elements.lazy.compactMap(nonJSON).first
    }

    /// EventBridge takes an object whose values are objects or non-empty arrays.
    private static func patternProblem(_ node: YAMLNode) -> String? {
        guard node.isMapping else { return "it must be a JSON object" }
        for pair in node.pairs {
            let key = pair.key.text ?? ""
            if pair.value.isMapping {
                if let problem = patternProblem(pair.value) { return problem }
            } else if !pair.value.isSequence {
                return "'\(key)' must be an array of values or an object, as in \"\(key)\": [\(pair.value.text.map { "\"\($0)\"" } ?? "…")]"
            } else if pair.value.elements.isEmpty {
                return "'\(key)' is an empty array, which EventBridge does not allow"
            }
        }
        return nil
    }
}
