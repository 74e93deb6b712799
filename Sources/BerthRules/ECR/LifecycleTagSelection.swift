import BerthLint
import BerthSpecs
import BerthYAML

/// How a lifecycle rule picks images by tag.
struct LifecycleTagSelection: Rule {
    static let kinds: Set<ResourceKind> = [.repository]

    static let description = RuleDescription(
        id: "ECR105", name: "lifecycle-tag-selection",
        summary: "A lifecycle rule's tag selection that ECR rejects",
        rationale: """
        A rule with tagStatus tagged names its tags with exactly one of tagPatternList (wildcards) or tagPrefixList; \
        untagged and any rules take neither. A tag pattern may hold at most four `*` wildcards. \
        PutLifecyclePolicy rejects a policy that breaks these.
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
                  selection: {↓tagStatus: tagged, countType: imageCountMoreThan, countNumber: 20}
                  action: {type: expire}
            """,
            """
            kind: Repository
            repositoryName: web
            imageTagMutability: IMMUTABLE
            lifecyclePolicy:
              rules:
                - rulePriority: 1
                  selection: {tagStatus: tagged, tagPatternList: [↓"*-*-*-*-*"], countType: imageCountMoreThan, countNumber: 20}
                  action: {type: expire}
                - rulePriority: 2
                  selection: {tagStatus: untagged, ↓tagPrefixList: [v], countType: imageCountMoreThan, countNumber: 20}
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
                  selection: {tagStatus: tagged, tagPatternList: ["prod-*-*"], countType: imageCountMoreThan, countNumber: 20}
                  action: {type: expire}
                - rulePriority: 2
                  selection: {tagStatus: untagged, countType: sinceImagePushed, countUnit: days, countNumber: 7}
                  action: {type: expire}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        for rule in RepositoryView(resource).lifecycleRules {
            guard let selection = rule["selection"], let status = selection.pair("tagStatus") else { continue }
            let lists = ["tagPatternList", "tagPrefixList"].compactMap { selection.pair($0) }
            switch status.value.knownString {
            case "tagged" where lists.count != 1:
                let problem = lists.isEmpty ? "names no tags" : "has both tagPatternList and tagPrefixList"
                findings.add("a tagged lifecycle rule \(problem); give exactly one of tagPatternList or tagPrefixList", at: status.key)
            case "untagged", "any":
                for list in lists {
                    findings.add("\(list.key.text ?? "") applies only to tagStatus tagged, not \(status.value.text ?? "")", at: list.key)
                }
            default: break
            }
            for pattern in selection["tagPatternList"]?.elements ?? .empty {
                guard let text = pattern.knownString else { continue }
                let wildcards = text.count { $0 == "*" }
                if wildcards > 4 {
                    findings.add("tag pattern '\(text)' has \(wildcards) wildcards; ECR allows at most 4", at: pattern)
                }
            }
        }
    }
}
