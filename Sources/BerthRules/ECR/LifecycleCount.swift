import BerthLint
import BerthSpecs
import BerthYAML

/// A lifecycle rule counts images or days, and says which.
struct LifecycleCount: Rule {
    static let kinds: Set<ResourceKind> = [.repository]

    static let description = RuleDescription(
        id: "ECR106", name: "lifecycle-count",
        summary: "A lifecycle rule whose countType, countUnit and countNumber do not fit together",
        rationale: """
        countType imageCountMoreThan keeps a number of images and takes no countUnit; sinceImagePushed, \
        sinceImagePulled and sinceImageTransitioned count days and need countUnit days. countNumber is a positive \
        integer in both cases. PutLifecyclePolicy rejects other combinations.
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
                  selection: {tagStatus: untagged, ↓countType: sinceImagePushed, countNumber: 14}
                  action: {type: expire}
                - rulePriority: 2
                  selection: {tagStatus: any, countType: imageCountMoreThan, ↓countUnit: days, countNumber: 100}
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
                - rulePriority: 2
                  selection: {tagStatus: any, countType: imageCountMoreThan, countNumber: 100}
                  action: {type: expire}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        for rule in RepositoryView(resource).lifecycleRules {
            guard let selection = rule["selection"], let type = selection.pair("countType"), let name = type.value.knownString else { continue }
            let unit = selection.pair("countUnit")
            if name == "imageCountMoreThan", let unit {
                findings.add("countType imageCountMoreThan counts images and takes no countUnit", at: unit.key)
            } else if name.hasPrefix("since"), unit == nil {
                findings.add("countType \(name) counts days: add countUnit: days", at: type.key)
            }
        }
    }
}
