import BerthLint
import BerthSpecs

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
        by CloudTrail need no opt-in). A pattern PutRule rejects is ECS509's.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventBridge.html",
        severity: .info, category: .reliability,
        triggering: [
            """
            kind: EventRule
            Name: on-upload
            EventPattern: ↓'{"source": ["aws.s3"], "detail-type": ["Object Created"], "detail": {"bucket": {"name": ["uploads"]}}}'
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
        guard case .pattern(let pattern) = EventPatternText.read(resource), let node = resource.body["EventPattern"] else { return }
        let sources = (pattern["source"]?.elements ?? .empty).compactMap(\.string)
        let detailTypes = (pattern["detail-type"]?.elements ?? .empty).compactMap(\.string)
        guard sources.contains("aws.s3"), detailTypes.isEmpty || detailTypes.contains(where: { $0 != "AWS API Call via CloudTrail" }) else { return }
        findings.add("\(resource.label) matches Amazon S3 events, which S3 sends only from buckets with EventBridge notifications enabled: enable them on the bucket (EventBridgeConfiguration in its notification configuration)",
                     at: node)
    }
}
