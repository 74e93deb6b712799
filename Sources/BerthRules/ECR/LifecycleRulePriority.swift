import BerthLint
import BerthSpecs
import BerthYAML

/// Lifecycle rules run in rulePriority order; priorities must be unique and the catch-all rule comes last.
struct LifecycleRulePriority: Rule {
    static let kinds: Set<ResourceKind> = [.repository]

    static let description = RuleDescription(
        id: "ECR104", name: "lifecycle-rule-priority",
        summary: "Lifecycle rules with the same rulePriority, or a tagStatus any rule that is not evaluated last",
        rationale: """
        ECR evaluates lifecycle rules from the lowest rulePriority to the highest, and each image is affected by at \
        most one rule. Priorities must be unique, and a rule with tagStatus any must have the highest rulePriority \
        so that it runs last; PutLifecyclePolicy rejects a policy that breaks either.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_parameters.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: Repository
            repositoryName: web
            imageTagMutability: IMMUTABLE
            lifecyclePolicy:
              rules:
                - rulePriority: 1
                  selection: {tagStatus: untagged, countType: sinceImagePushed, countUnit: days, countNumber: 14}
                  action: {type: expire}
                - rulePriority: ↓1
                  selection: {tagStatus: tagged, tagPrefixList: [v], countType: imageCountMoreThan, countNumber: 50}
                  action: {type: expire}
            """,
            """
            kind: Repository
            repositoryName: web
            imageTagMutability: IMMUTABLE
            lifecyclePolicy:
              rules:
                - rulePriority: ↓1
                  selection: {tagStatus: any, countType: imageCountMoreThan, countNumber: 500}
                  action: {type: expire}
                - rulePriority: 2
                  selection: {tagStatus: untagged, countType: sinceImagePushed, countUnit: days, countNumber: 14}
                  action: {type: expire}
            """,
        ],
        nonTriggering: [
            """
            kind: Repository
            repositoryName: web
            imageTagMutability: IMMUTABLE
            lifecyclePolicy:
              rules:
                - rulePriority: 1
                  selection: {tagStatus: untagged, countType: sinceImagePushed, countUnit: days, countNumber: 14}
                  action: {type: expire}
                - rulePriority: 10
                  selection: {tagStatus: any, countType: imageCountMoreThan, countNumber: 500}
                  action: {type: expire}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        let rules = RepositoryView(resource).lifecycleRules
        var seen: [Int: YAMLNode] = [:]
        for rule in rules {
            guard let node = rule["rulePriority"], let priority = node.int else { continue }
            if let first = seen[priority] {
                findings.add("rulePriority \(priority) is used by two lifecycle rules; each rule needs its own priority",
                             at: node, notes: [Note("first used here", at: first, in: resource)])
            } else {
                seen[priority] = node
            }
        }
        guard let highest = seen.keys.max() else { return }
        for rule in rules where rule["selection", "tagStatus"]?.knownString == "any" {
            guard let node = rule["rulePriority"], let priority = node.int, priority < highest, let last = seen[highest] else { continue }
            findings.add("the lifecycle rule with tagStatus any has rulePriority \(priority), but it must have the highest priority (above \(highest)) so that it is evaluated last",
                         at: node, notes: [Note("rulePriority \(highest)", at: last, in: resource)])
        }
    }
}
