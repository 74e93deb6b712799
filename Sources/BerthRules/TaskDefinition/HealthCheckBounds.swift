import BerthLint
import BerthSpecs
import BerthYAML

/// ECS accepts container health check timings only within fixed bounds.
struct HealthCheckBounds: Rule {
    static let kinds: Set<ResourceKind> = [.taskDefinition]

    static let bounds: [(key: String, range: ClosedRange<Int>, unit: String)] = [
        ("interval", 5...300, " seconds"), ("timeout", 2...60, " seconds"), ("retries", 1...10, ""), ("startPeriod", 0...300, " seconds"),
    ]

    static let description = RuleDescription(
        id: "ECS121", name: "health-check-bounds",
        summary: "A container health check setting outside the range ECS accepts",
        rationale: """
        A container healthCheck accepts interval 5–300 seconds (default 30), timeout 2–60 seconds (default 5), retries \
        1–10 (default 3) and startPeriod 0–300 seconds (off by default). Values outside these ranges are rejected.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions:
              - name: web
                image: nginx:1.27
                memory: 256
                healthCheck:
                  command: [CMD-SHELL, "curl -fsS http://localhost/ || exit 1"]
                  interval: ↓600
                  timeout: ↓1
                  retries: 3
                  startPeriod: ↓900
            """,
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions:
              - {name: web, image: nginx:1.27, memory: 256, healthCheck: {command: [CMD, /healthcheck], retries: ↓0}}
            """,
        ],
        nonTriggering: [
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions:
              - name: web
                image: nginx:1.27
                memory: 256
                healthCheck:
                  command: [CMD-SHELL, "curl -fsS http://localhost/ || exit 1"]
                  interval: 5
                  timeout: 60
                  retries: 10
                  startPeriod: 0
            """,
            """
            kind: TaskDefinition
            family: web
            requiresCompatibilities: [EC2]
            taskRoleArn: arn:aws:iam::123456789012:role/web
            containerDefinitions:
              - {name: web, image: nginx:1.27, memory: 256, healthCheck: {command: [CMD, /healthcheck], interval: "${HC_INTERVAL}"}}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        for container in TaskDefinitionView(resource).containerViews {
            guard let check = container.healthCheck else { continue }
            for bound in Self.bounds {
                guard let node = check[bound.key], let value = node.int, !bound.range.contains(value) else { continue }
                findings.add("\(container.label) has a health check \(bound.key) of \(value)\(bound.unit); ECS accepts \(bound.range.lowerBound)–\(bound.range.upperBound)\(bound.unit)",
                             at: node)
            }
        }
    }
}
