import BerthLint
import BerthSpecs
import BerthYAML

/// Ephemeral storage can be raised from the 20 GiB default to at most 200 GiB, and never set below 21.
struct EphemeralStorageSize: Rule {
    static let kinds: Set<ResourceKind> = [.taskDefinition]
    static let range = 21...200

    static let description = RuleDescription(
        id: "ECS113", name: "ephemeral-storage-size",
        summary: "An ephemeralStorage size outside 21–200 GiB",
        rationale: """
        Fargate tasks get 20 GiB of ephemeral storage by default. ephemeralStorage.sizeInGiB raises it, and accepts only \
        21 to 200 GiB; other values are rejected. To keep the default, omit ephemeralStorage; for more than 200 GiB, \
        mount an EFS or EBS volume.
        """,
        helpURI: "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EphemeralStorage.html",
        severity: .error, category: .correctness,
        triggering: [
            """
            kind: TaskDefinition
            family: etl
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "1024"
            memory: "4096"
            taskRoleArn: arn:aws:iam::123456789012:role/etl
            ephemeralStorage: {sizeInGiB: ↓500}
            containerDefinitions: [{name: etl, image: nginx:1.27}]
            """,
            """
            kind: TaskDefinition
            family: etl
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "1024"
            memory: "4096"
            taskRoleArn: arn:aws:iam::123456789012:role/etl
            ephemeralStorage:
              sizeInGiB: ↓20
            containerDefinitions: [{name: etl, image: nginx:1.27}]
            """,
        ],
        nonTriggering: [
            """
            kind: TaskDefinition
            family: etl
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "1024"
            memory: "4096"
            taskRoleArn: arn:aws:iam::123456789012:role/etl
            ephemeralStorage: {sizeInGiB: 200}
            containerDefinitions: [{name: etl, image: nginx:1.27}]
            """,
            """
            kind: TaskDefinition
            family: etl
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "1024"
            memory: "4096"
            taskRoleArn: arn:aws:iam::123456789012:role/etl
            ephemeralStorage: {sizeInGiB: "${SCRATCH_GIB}"}
            containerDefinitions: [{name: etl, image: nginx:1.27}]
            """,
        ])

    func check(_ resource: Resource, in project: Project, findings: inout Findings) {
        guard let node = resource.body["ephemeralStorage", "sizeInGiB"], let size = node.int, !Self.range.contains(size) else { return }
        let fix = size < Self.range.lowerBound
            ? "omit ephemeralStorage for the default 20 GiB"
            : "mount an EFS or EBS volume for more"
        findings.add("ephemeral storage of \(size) GiB is outside the \(Self.range.lowerBound)–\(Self.range.upperBound) GiB that ECS accepts; \(fix)", at: node)
    }
}
