import BerthLint
import BerthSpecs
import BerthYAML

/// Archiving rules: which images a rule may select in which storage class, and what it does with them.
struct LifecycleStorageClass: Rule {
    static let kinds: Set<ResourceKind> = [.repository]

    static let description = RuleDescription(
        id: "ECR107", name: "lifecycle-storage-class",
        summary: "A lifecycle rule whose storage class, count type and action do not fit together",
        rationale: """
        Lifecycle rules can move images to the archive storage class and expire archived ones. An action of type \
        transition needs targetStorageClass archive, and expire takes none. Archived images are selected with \
        storageClass archive and countType sinceImageTransitioned, and only those: the other count types select \
        standard images. A transition rule cannot select images that are already archived.
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
                  selection: {tagStatus: any, countType: sinceImagePulled, countUnit: days, countNumber: 90}
                  action: {↓type: transition}
                - rulePriority: 2
                  selection: {tagStatus: any, ↓countType: sinceImageTransitioned, countUnit: days, countNumber: 365}
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
                  selection: {tagStatus: untagged, countType: sinceImagePulled, countUnit: days, countNumber: 90}
                  action: {type: transition, targetStorageClass: archive}
                - rulePriority: 2
                  selection: {tagStatus: any, storageClass: archive, countType: sinceImageTransitioned, countUnit: days, countNumber: 365}
                  action: {type: expire}
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        for rule in RepositoryView(resource).lifecycleRules {
            let selection = rule["selection"]
            let storage = selection?.pair("storageClass")
            let archived = storage?.value.knownString == "archive"
            if let type = selection?.pair("countType"), let name = type.value.knownString {
                if name == "sinceImageTransitioned", !archived {
                    findings.add("countType sinceImageTransitioned selects archived images: add storageClass: archive", at: type.key)
                } else if name != "sinceImageTransitioned", archived, let storage {
                    findings.add("storageClass archive is selected only with countType sinceImageTransitioned, not \(name)", at: storage.value)
                }
            }
            guard let action = rule["action"], let type = action.pair("type") else { continue }
            let target = action.pair("targetStorageClass")
            switch type.value.knownString {
            case "transition":
                if target == nil { findings.add("a transition action needs targetStorageClass: archive", at: type.key) }
                if archived, let storage { findings.add("a transition rule cannot select images that are already archived", at: storage.value) }
            case "expire":
                if let target { findings.add("targetStorageClass applies only to transition actions", at: target.key) }
            default: break
            }
        }
    }
}
